<?php

use App\Http\Controllers\AdminController;
use App\Http\Controllers\Auth\LoginController;
use App\Http\Controllers\CertificateController;
use App\Http\Controllers\CourseController;
use App\Http\Controllers\PracticeController;
use Illuminate\Support\Facades\Route;

/*
|--------------------------------------------------------------------------
| Web Routes
|--------------------------------------------------------------------------
*/

Route::redirect('/', '/login');

Route::get('/login', [LoginController::class, 'show'])->name('login');
Route::post('/login', [LoginController::class, 'login']);
Route::post('/logout', [LoginController::class, 'logout'])->name('logout');

Route::get('/practices', [PracticeController::class, 'index'])->name('practices.index');
Route::get('/certificates', [CertificateController::class, 'index'])->name('certificates.index');
Route::get('/admins', [AdminController::class, 'index'])->name('admins.index');
Route::get('/courses', [CourseController::class, 'index'])->name('courses.index');

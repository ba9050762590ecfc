<?php

namespace App\Http\Controllers;

use App\Models\User;

class AdminController extends Controller
{
    /**
     * Users with the admin role.
     *
     * The audit's third critical query, the one that passed: users.role
     * is indexed.
     *
     * @return \Illuminate\Contracts\View\View
     */
    public function index()
    {
        $admins = User::where('role', 'admin')->get();

        return view('admins.index', ['admins' => $admins]);
    }
}

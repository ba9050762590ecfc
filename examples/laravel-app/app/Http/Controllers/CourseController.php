<?php

namespace App\Http\Controllers;

use App\Models\Course;

class CourseController extends Controller
{
    /**
     * The course catalogue with each course's chapters and lessons.
     *
     * The view walks $course->chapters and $chapter->lessons without eager
     * loading them: one query per course and one per chapter (an N+1). Each
     * of those queries looks up a foreign key, which is indexed.
     *
     * @return \Illuminate\Contracts\View\View
     */
    public function index()
    {
        $courses = Course::orderBy('id')->take(20)->get();

        return view('courses.index', ['courses' => $courses]);
    }
}

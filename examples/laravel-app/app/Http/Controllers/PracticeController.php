<?php

namespace App\Http\Controllers;

use App\Models\DiscordPractice;

class PracticeController extends Controller
{
    /**
     * Upcoming Discord practices, soonest first.
     *
     * The audit's first critical query: start_at has no index, so at
     * production size this is a full table scan plus a filesort.
     *
     * @return \Illuminate\Contracts\View\View
     */
    public function index()
    {
        $practices = DiscordPractice::where('start_at', '>', now())->orderBy('start_at')->get();

        return view('practices.index', ['practices' => $practices]);
    }
}

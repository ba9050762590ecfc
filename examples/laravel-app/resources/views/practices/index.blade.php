@extends('layouts.app')

@section('title', 'Upcoming practices')

@section('content')
    <h1>Upcoming practices</h1>
    <ul>
        @forelse ($practices as $practice)
            <li class="practice">{{ $practice->title }} — {{ $practice->start_at->format('Y-m-d H:i') }}</li>
        @empty
            <li>No upcoming practices.</li>
        @endforelse
    </ul>
@endsection

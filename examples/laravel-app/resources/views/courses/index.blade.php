@extends('layouts.app')

@section('title', 'Courses')

@section('content')
    <h1>Courses</h1>
    {{-- No eager loading: each course's chapters, and each chapter's lessons, are queried one by one (N+1). --}}
    @foreach ($courses as $course)
        <section class="course">
            <h2>{{ $course->title }}</h2>
            <ol>
                @foreach ($course->chapters as $chapter)
                    <li class="chapter">{{ $chapter->title }} ({{ $chapter->lessons->count() }} lessons)</li>
                @endforeach
            </ol>
        </section>
    @endforeach
@endsection

@extends('layouts.app')

@section('title', 'Recent certificates')

@section('content')
    <h1>Recent certificates</h1>
    <ul>
        @forelse ($certificates as $certificate)
            <li class="certificate">{{ $certificate->code }} — {{ $certificate->created_at->format('Y-m-d') }}</li>
        @empty
            <li>No certificates yet.</li>
        @endforelse
    </ul>
@endsection

@extends('layouts.app')

@section('title', 'Administrators')

@section('content')
    <h1>Administrators</h1>
    <ul>
        @forelse ($admins as $admin)
            <li class="admin">{{ $admin->name }} &lt;{{ $admin->email }}&gt;</li>
        @empty
            <li>No administrators.</li>
        @endforelse
    </ul>
@endsection

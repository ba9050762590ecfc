@extends('layouts.app')

@section('title', 'Login')

@section('content')
    <h1>Login</h1>
    <form method="POST" action="{{ url('/login') }}">
        @csrf
        <label>Email <input type="email" name="email" value="{{ old('email') }}" required autofocus></label>
        @error('email')
            <p class="error">{{ $message }}</p>
        @enderror
        <label>Password <input type="password" name="password" required></label>
        <label><input type="checkbox" name="remember"> Remember me</label>
        <button type="submit">Sign in</button>
    </form>
@endsection

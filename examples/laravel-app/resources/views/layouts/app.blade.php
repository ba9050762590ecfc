<!DOCTYPE html>
<html lang="{{ str_replace('_', '-', app()->getLocale()) }}">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="csrf-token" content="{{ csrf_token() }}">
    <title>@yield('title') · {{ config('app.name') }}</title>
</head>
<body>
    <nav>
        <a href="{{ route('courses.index') }}">Courses</a>
        <a href="{{ route('practices.index') }}">Practices</a>
        <a href="{{ route('certificates.index') }}">Certificates</a>
        <a href="{{ route('admins.index') }}">Admins</a>
        <a href="{{ route('login') }}">Login</a>
    </nav>
    <main>
        @yield('content')
    </main>
</body>
</html>

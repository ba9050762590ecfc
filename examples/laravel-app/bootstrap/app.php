<?php

/*
|--------------------------------------------------------------------------
| Create The Application
|--------------------------------------------------------------------------
*/

$app = new Illuminate\Foundation\Application(
    $_ENV['APP_BASE_PATH'] ?? dirname(__DIR__)
);

/*
|--------------------------------------------------------------------------
| Environment file
|--------------------------------------------------------------------------
|
| A checkout has no .env (it is git-ignored), so the example reads
| .env.example instead. Variables already set in the process environment
| (or passed by PHP-FPM / the web server) always win: Laravel's dotenv
| repository never overwrites them, which is how tests point the app at a
| scratch database without writing a file.
|
*/

if (! is_file($app->basePath('.env'))) {
    $app->loadEnvironmentFrom('.env.example');
}

/*
|--------------------------------------------------------------------------
| Bind Important Interfaces
|--------------------------------------------------------------------------
*/

$app->singleton(
    Illuminate\Contracts\Http\Kernel::class,
    App\Http\Kernel::class
);

$app->singleton(
    Illuminate\Contracts\Console\Kernel::class,
    App\Console\Kernel::class
);

$app->singleton(
    Illuminate\Contracts\Debug\ExceptionHandler::class,
    App\Exceptions\Handler::class
);

return $app;

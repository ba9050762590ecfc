<?php

/*
|--------------------------------------------------------------------------
| Autoloading without Composer
|--------------------------------------------------------------------------
|
| Debian's php-laravel-framework package (Laravel 8.83) installs the
| framework and its dependencies under /usr/share/php with their own
| autoloaders. The app's classes follow PSR-4 as composer.json declares
| them, so a few lines replace vendor/autoload.php.
|
*/

require_once '/usr/share/php/Illuminate/autoload.php';

spl_autoload_register(function (string $class): void {
    $roots = [
        'App\\' => __DIR__.'/../app/',
        'Database\\Seeders\\' => __DIR__.'/../database/seeders/',
    ];

    foreach ($roots as $prefix => $dir) {
        if (strncmp($class, $prefix, strlen($prefix)) !== 0) {
            continue;
        }

        $file = $dir.str_replace('\\', '/', substr($class, strlen($prefix))).'.php';

        if (is_file($file)) {
            require $file;
        }

        return;
    }
});

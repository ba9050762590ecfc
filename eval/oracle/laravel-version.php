<?php
/**
 * Which Laravel the app runs (composer.lock, else the composer.json constraint) and which connection its env
 * file names: Laravel 11 changed float/double and what change() keeps, and its mariadb driver makes uuid native.
 */

/** [major, minor] of laravel/framework, or null when neither file names it. */
function oracle_laravel_version(string $appDir): ?array
{
    $lock = json_decode((string) @file_get_contents("$appDir/composer.lock"), true);
    foreach ($lock['packages'] ?? [] as $p) {
        if (($p['name'] ?? '') === 'laravel/framework' && preg_match('/(\d+)\.(\d+)/', (string) $p['version'], $m)) {
            return [(int) $m[1], (int) $m[2]];
        }
    }
    $json = json_decode((string) @file_get_contents("$appDir/composer.json"), true);
    $constraint = $json['require']['laravel/framework'] ?? null;
    if (is_string($constraint) && preg_match('/(\d+)(?:\.(\d+))?/', $constraint, $m)) {
        return [(int) $m[1], (int) ($m[2] ?? 0)];
    }
    return null;
}

/** DB_CONNECTION as the app's env file sets it (.env, else .env.example), parsed with phpdotenv. */
function oracle_env_connection(string $appDir): ?string
{
    foreach (['.env', '.env.example'] as $name) {
        $file = "$appDir/$name";
        if (!is_file($file)) {
            continue;
        }
        try {
            $values = Dotenv\Dotenv::parse((string) file_get_contents($file));
        } catch (Throwable $e) {
            continue;
        }
        if (!empty($values['DB_CONNECTION'])) {
            return (string) $values['DB_CONNECTION'];
        }
    }
    return null;
}

<?php
/**
 * The app's own configuration, read the way Laravel reads it (each config/*.php required, env() falling back
 * to its defaults), and the Schema::defaultStringLength(N) its service providers call, found with PHP's tokenizer.
 */

/**
 * Fills $config from the app's config files in Laravel's order (by name), each one seeing the ones before
 * through config(); returns the items and the problems of files that could not be read.
 */
function oracle_load_config(string $appDir, Illuminate\Config\Repository $config): array
{
    $problems = [];
    // BookStack and a few others keep it in app/Config (bootstrap/app.php points there).
    $dir = is_dir("$appDir/config") || !is_dir("$appDir/app/Config") ? "$appDir/config" : "$appDir/app/Config";
    $files = glob($dir . '/*.php') ?: [];
    sort($files);
    foreach ($files as $file) {
        $name = basename($file, '.php');
        try {
            $value = (static fn () => require $file)();
            if (is_array($value)) {
                $config->set($name, $value);
            }
        } catch (Throwable $e) {
            $problems[] = "config/$name.php: " . $e->getMessage();
        }
    }
    return [$config->all(), $problems];
}

/** The mysql connection options of the app's database config, or Laravel's own defaults. */
function oracle_connection_options(array $config, ?string $envConnection = null): array
{
    $db = $config['database'] ?? [];
    $connections = is_array($db['connections'] ?? null) ? $db['connections'] : [];
    $default = is_string($db['default'] ?? null) ? $db['default'] : 'mysql';
    $chosen = null;
    foreach (array_filter([$envConnection, $default, 'mysql', 'mariadb']) as $name) {
        $c = $connections[$name] ?? null;
        if (is_array($c) && in_array($c['driver'] ?? '', ['mysql', 'mariadb'], true)) {
            $chosen = $name;
            break;
        }
    }
    $options = $chosen ? $connections[$chosen] : [];
    $names = [];
    foreach ($connections as $name => $c) {
        if (is_array($c) && in_array($c['driver'] ?? '', ['mysql', 'mariadb'], true)) {
            $names[] = (string) $name;
        }
    }
    return [
        'name' => $chosen ?? 'mysql',
        // Every MySQL-family connection the migrations might name points at the scratch database.
        'names' => $names ?: ['mysql'],
        'charset' => $options['charset'] ?? 'utf8mb4',
        'collation' => $options['collation'] ?? 'utf8mb4_unicode_ci',
        'prefix' => $options['prefix'] ?? '',
        'strict' => $options['strict'] ?? true,
        'engine' => $options['engine'] ?? null,
        'modes' => $options['modes'] ?? null,
        'driver' => $options['driver'] ?? 'mysql',
    ];
}

/** The files that may register service providers: app/Providers and any other *ServiceProvider.php under app/. */
function oracle_provider_files(string $appDir): array
{
    $files = [];
    foreach (['app', 'src', 'packages'] as $top) {
        $root = $appDir . '/' . $top;
        if (!is_dir($root)) {
            continue;
        }
        $it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($root, FilesystemIterator::SKIP_DOTS));
        foreach ($it as $f) {
            $path = $f->getPathname();
            if (str_ends_with($path, '.php') && (str_contains($path, '/Providers/') || str_ends_with($path, 'ServiceProvider.php'))) {
                $files[] = $path;
            }
        }
    }
    sort($files);
    return $files;
}

/**
 * N of the first `Schema::defaultStringLength(N)` (or Builder::) call in the given files, by tokens, or of the
 * instance form `$schema->defaultStringLength(N)` (a Builder injected into boot(): the setter is static, so it
 * sets the length for every connection just the same).
 */
function oracle_default_string_length(array $files): ?int
{
    foreach ($files as $file) {
        $tokens = array_values(array_filter(
            token_get_all((string) file_get_contents($file)),
            fn ($t) => !is_array($t) || !in_array($t[0], [T_WHITESPACE, T_COMMENT, T_DOC_COMMENT], true)
        ));
        $n = count($tokens);
        for ($i = 0; $i + 4 < $n; $i++) {
            $t = $tokens[$i];
            if (is_array($t) && $t[0] === T_VARIABLE && is_array($tokens[$i + 1]) && $tokens[$i + 1][0] === T_OBJECT_OPERATOR
                && is_array($tokens[$i + 2]) && $tokens[$i + 2][1] === 'defaultStringLength' && $tokens[$i + 3] === '('
                && is_array($tokens[$i + 4]) && $tokens[$i + 4][0] === T_LNUMBER) {
                return (int) $tokens[$i + 4][1];
            }
            if (!is_array($t) || !in_array($t[0], [T_STRING, T_NAME_QUALIFIED, T_NAME_FULLY_QUALIFIED], true)) {
                continue;
            }
            $class = ltrim($t[1], '\\');
            $short = substr($class, (int) strrpos('\\' . $class, '\\'));
            if (!in_array($short, ['Schema', 'Builder'], true)) {
                continue;
            }
            $op = $tokens[$i + 1];
            $method = $tokens[$i + 2];
            $paren = $tokens[$i + 3];
            $arg = $tokens[$i + 4];
            if (is_array($op) && $op[0] === T_DOUBLE_COLON && is_array($method) && $method[1] === 'defaultStringLength'
                && $paren === '(' && is_array($arg) && $arg[0] === T_LNUMBER) {
                return (int) $arg[1];
            }
        }
    }
    return null;
}

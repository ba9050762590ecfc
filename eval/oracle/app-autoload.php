<?php
/**
 * Class loading for the app's own code without its vendor/ folder: the PSR-4 namespaces of its
 * composer.json (autoload and autoload-dev), so migrations that use the app's models, enums or helpers load.
 */

/** Namespaces the oracle takes from the system's Laravel 8.83 install only. */
const ORACLE_FRAMEWORK_PREFIXES = ['Illuminate\\', 'Doctrine\\', 'Symfony\\', 'Carbon\\', 'Psr\\', 'Ramsey\\',
    'League\\', 'Monolog\\', 'Dotenv\\', 'Laravel\\SerializableClosure\\', 'Opis\\', 'Composer\\'];

function oracle_is_framework_class(string $name): bool
{
    foreach (ORACLE_FRAMEWORK_PREFIXES as $prefix) {
        if (str_starts_with(ltrim($name, '\\'), $prefix)) {
            return true;
        }
    }
    return false;
}

function oracle_register_app_autoload(string $appDir): array
{
    $composer = $appDir . '/composer.json';
    if (!is_file($composer)) {
        return [];
    }
    $json = json_decode((string) file_get_contents($composer), true);
    if (!is_array($json)) {
        return [];
    }
    $prefixes = [];
    foreach (['autoload', 'autoload-dev'] as $section) {
        foreach ($json[$section]['psr-4'] ?? [] as $prefix => $dirs) {
            // Apps that patch the framework (freescout's overrides/) would mix its old copies into Debian's 8.83.
            if (oracle_is_framework_class($prefix)) {
                continue;
            }
            foreach ((array) $dirs as $dir) {
                $prefixes[] = [$prefix, rtrim($appDir . '/' . $dir, '/') . '/'];
            }
        }
    }
    // Longest prefix first, as Composer does, so App\Models\ wins over App\.
    usort($prefixes, fn ($a, $b) => strlen($b[0]) <=> strlen($a[0]));
    spl_autoload_register(function (string $class) use ($prefixes): void {
        foreach ($prefixes as [$prefix, $dir]) {
            if ($prefix !== '' && strncmp($class, $prefix, strlen($prefix)) !== 0) {
                continue;
            }
            $file = $dir . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            if (is_file($file)) {
                require_once $file;
                return;
            }
        }
    });
    // Files Composer would always load (helpers the migrations may call); a broken one is skipped.
    foreach ($json['autoload']['files'] ?? [] as $file) {
        $path = $appDir . '/' . $file;
        if (is_file($path)) {
            try {
                require_once $path;
            } catch (Throwable $e) {
                // The helper needs the app's vendor code: the migrations that call it will fail and say so.
            }
        }
    }
    return array_map(fn ($p) => $p[0], $prefixes);
}

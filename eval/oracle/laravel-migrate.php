<?php
/**
 * The schema-fidelity oracle: what `php artisan migrate` builds for an app, using Debian's Laravel 8.83 with
 * the app's own database options, default string length, service providers, classes and schema dump, and the
 * DDL of the app's own Laravel version where it differs (modern-grammar.php). The migrations run in order in a
 * forked child (as artisan runs them, in one process); a file that fails is recorded, and so is one that ends
 * the process (fatal error, time limit), a new child going on from the next file.
 *
 * Usage: php laravel-migrate.php <app-dir> [--path DIR]... [--file-timeout SECONDS]
 * --path: more migration folders, relative to the app or absolute; a glob pattern stands for every folder it matches;
 * the folders the app's providers register with loadMigrationsFrom() are added as artisan adds them.
 * Database from the environment: ORACLE_DB_HOST, ORACLE_DB_PORT, ORACLE_DB_DATABASE, ORACLE_DB_USERNAME,
 * ORACLE_DB_PASSWORD. Prints one JSON line (the last line of stdout):
 * {ran, failed, inDump, ms, dump: {file, error}|null, connection, defaultStringLength, laravelVersion, providers,
 *  autoload, configProblems, paths, missingPaths, providerPaths, files: [{file, status: ok|failed|in-dump, ms, sql[], error?,
 *  failedSql?, tables?, complete?}], error?} (complete: the touched tables a failed file finished before failing)
 */

require '/usr/share/php/Illuminate/autoload.php';
if (is_file('/usr/share/php/Doctrine/DBAL/autoload.php')) {
    require_once '/usr/share/php/Doctrine/DBAL/autoload.php';
}
require_once __DIR__ . '/app-autoload.php';
require_once __DIR__ . '/app-config.php';
require_once __DIR__ . '/blueprint-macros.php';
require_once __DIR__ . '/laravel-version.php';
require_once __DIR__ . '/modern-grammar.php';
require_once __DIR__ . '/schema-builder.php';
require_once __DIR__ . '/app-services.php';
require_once __DIR__ . '/app-providers.php';
require_once __DIR__ . '/vendor-shims.php';
require_once __DIR__ . '/vendor-stubs.php';
require_once __DIR__ . '/class-kinds.php';
require_once __DIR__ . '/schema-dump.php';
require_once __DIR__ . '/touched-tables.php';

use Illuminate\Config\Repository;
use Illuminate\Database\Capsule\Manager as Capsule;
use Illuminate\Database\Events\QueryExecuted;
use Illuminate\Database\Migrations\DatabaseMigrationRepository;
use Illuminate\Database\Migrations\Migrator;
use Illuminate\Database\QueryException;
use Illuminate\Database\Schema\Builder;
use Illuminate\Filesystem\Filesystem;
use Illuminate\Foundation\Application;
use Illuminate\Support\Facades\Facade;

ini_set('display_errors', 'stderr');
ini_set('memory_limit', '1G');

function oracle_args(array $argv): array
{
    $app = null;
    $paths = [];
    $timeout = 120;
    for ($i = 1; $i < count($argv); $i++) {
        if ($argv[$i] === '--path' && isset($argv[$i + 1])) {
            $paths[] = $argv[++$i];
        } elseif ($argv[$i] === '--file-timeout' && isset($argv[$i + 1])) {
            $timeout = max(1, (int) $argv[++$i]);
        } elseif ($app === null) {
            $app = $argv[$i];
        }
    }
    return [$app, $paths, $timeout];
}

function oracle_emit(array $result): void
{
    echo "\n", json_encode($result, JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE | JSON_PARTIAL_OUTPUT_ON_ERROR), "\n";
}

function oracle_relative(string $appDir, string $file): string
{
    return str_starts_with($file, $appDir . '/') ? substr($file, strlen($appDir) + 1) : $file;
}

[$appDir, $extraPaths, $fileTimeout] = oracle_args($argv);
if ($appDir === null || !is_dir($appDir)) {
    fwrite(STDERR, "usage: php laravel-migrate.php <app-dir> [--path DIR]... [--file-timeout SECONDS]\n");
    oracle_emit(['error' => 'app directory missing or not a directory: ' . ($appDir ?? '(none)')]);
    exit(2);
}
$appDir = rtrim((string) realpath($appDir), '/');
$started = microtime(true);

$db = [
    'host' => getenv('ORACLE_DB_HOST') ?: '127.0.0.1',
    'port' => getenv('ORACLE_DB_PORT') ?: '3306',
    'database' => (string) getenv('ORACLE_DB_DATABASE'),
    'username' => getenv('ORACLE_DB_USERNAME') ?: 'root',
    'password' => (string) getenv('ORACLE_DB_PASSWORD'),
];

// An Application (never bootstrapped) as the container, so config files and migrations can call
// base_path(), storage_path(), config() and app() as they would under artisan.
$app = new Application($appDir);
$prefixes = oracle_register_app_autoload($appDir);
oracle_register_vendor_stubs($prefixes, oracle_scan_class_kinds(oracle_app_source_dirs($appDir)));
$app->instance('config', $config = new Repository());
[$configItems, $configProblems] = oracle_load_config($appDir, $config);
$conn = oracle_connection_options($configItems, oracle_env_connection($appDir));
// app()->environment() as under artisan without an .env: config/app.php's default.
$app->instance('env', is_string($configItems['app']['env'] ?? null) ? $configItems['app']['env'] : 'production');
oracle_register_services($app, (array) ($configItems['app']['aliases'] ?? []));
oracle_define_unique_id_traits();
$laravelVersion = oracle_laravel_version($appDir);
oracle_use_connection($laravelVersion, $conn['driver'] === 'mariadb');

$capsule = new Capsule($app);
foreach ($conn['names'] as $name) {
    $capsule->addConnection([
        'driver' => 'mysql',
        'host' => $db['host'],
        'port' => $db['port'],
        'database' => $db['database'],
        'username' => $db['username'],
        'password' => $db['password'],
        'unix_socket' => '',
        'charset' => $conn['charset'],
        'collation' => $conn['collation'],
        'prefix' => $conn['prefix'],
        'prefix_indexes' => true,
        'strict' => $conn['strict'],
        'engine' => $conn['engine'],
        'modes' => $conn['modes'],
    ], $name);
}
$manager = $capsule->getDatabaseManager();
$manager->setDefaultConnection($conn['name']);
$capsule->setAsGlobal();
$capsule->bootEloquent();
$app->instance('db', $manager);
Facade::clearResolvedInstances();
Facade::setFacadeApplication($app);
oracle_register_blueprint_macros();

$providerFiles = oracle_provider_files($appDir);
$stringLength = oracle_default_string_length($providerFiles);
if ($stringLength !== null) {
    Builder::defaultStringLength($stringLength);
}

$paths = [];
$missingPaths = [];
foreach (array_merge(['database/migrations'], $extraPaths) as $p) {
    $full = str_starts_with($p, '/') ? $p : "$appDir/$p";
    // A pattern (packages/Webkul/*/src/Database/Migrations) stands for every folder it matches.
    $found = str_contains($full, '*') ? (glob($full, GLOB_ONLYDIR) ?: []) : (is_dir($full) ? [$full] : []);
    foreach ($found as $dir) {
        $paths[] = rtrim($dir, '/');
    }
    if (!$found && $p !== 'database/migrations') {
        $missingPaths[] = $p;
    }
}

$migrationsTable = $configItems['database']['migrations'] ?? 'migrations';
if (is_array($migrationsTable)) {
    $migrationsTable = $migrationsTable['table'] ?? 'migrations';
}
$repository = new DatabaseMigrationRepository($manager, (string) $migrationsTable);
$repository->setSource($conn['name']);
$migrator = new Migrator($repository, $manager, new Filesystem());
// Providers' loadMigrationsFrom() adds folders when 'migrator' resolves, as artisan's migrate resolves it.
$app->singleton('migrator', fn () => $migrator);
$providers = oracle_boot_app_providers($app, oracle_provider_classes($providerFiles, $configItems, $appDir));
$providerPaths = [];
foreach ($app->make('migrator')->paths() as $p) {
    if (is_dir($p) && !in_array(realpath($p), array_map('realpath', $paths), true)) {
        $paths[] = rtrim($p, '/');
        $providerPaths[] = oracle_relative($appDir, rtrim((string) realpath($p), '/'));
    }
}

$result = [
    'ran' => 0,
    'failed' => 0,
    'inDump' => 0,
    'ms' => 0,
    'dump' => null,
    'connection' => array_intersect_key($conn, array_flip(['name', 'driver', 'charset', 'collation', 'prefix', 'strict', 'engine', 'modes'])),
    'defaultStringLength' => $stringLength,
    'laravelVersion' => $laravelVersion ? implode('.', $laravelVersion) : null,
    'providers' => $providers,
    'autoload' => $prefixes,
    'configProblems' => $configProblems,
    'paths' => array_map(fn ($p) => oracle_relative($appDir, $p), $paths),
    'missingPaths' => $missingPaths,
    'providerPaths' => $providerPaths,
    'files' => [],
];

try {
    // Like `php artisan migrate` on an empty database: the schema dump first, then what it has not recorded.
    $dumpPath = oracle_schema_dump_path($appDir, $conn['name']);
    if ($dumpPath !== null && !$repository->repositoryExists()) {
        $result['dump'] = ['file' => oracle_relative($appDir, $dumpPath), 'error' => oracle_load_schema_dump($dumpPath, $db)];
    }
    if (!$repository->repositoryExists()) {
        $repository->createRepository();
    }
    $files = $migrator->getMigrationFiles($paths);
    $ran = $repository->getRan();
} catch (Throwable $e) {
    $result['error'] = get_class($e) . ': ' . $e->getMessage();
    $result['ms'] = round((microtime(true) - $started) * 1000, 1);
    oracle_emit($result);
    exit(1);
}

foreach ($conn['names'] as $name) {
    // A child must never share the parent's socket: each one connects on its own.
    $manager->purge($name);
}

$pending = [];
foreach ($files as $name => $file) {
    if (!in_array($name, $ran, true)) {
        $pending[] = $file;
    }
}
$records = oracle_run_pending($app, $migrator, $pending, $fileTimeout, $conn['prefix'] . $migrationsTable);
foreach ($files as $name => $file) {
    $entry = ['file' => oracle_relative($appDir, $file), 'status' => 'ok', 'ms' => 0, 'sql' => []];
    if (in_array($name, $ran, true)) {
        $entry['status'] = 'in-dump';
        $result['inDump']++;
        $result['files'][] = $entry;
        continue;
    }
    $entry = array_merge($entry, array_shift($records));
    if ($entry['status'] === 'failed') {
        $result['failed']++;
        $sqlTables = oracle_tables_from_sql(array_merge($entry['sql'], isset($entry['failedSql']) ? [$entry['failedSql']] : []));
        // Schema:: names are before the connection's prefix; the database holds prefixed ones.
        $named = array_map(
            fn ($t) => $conn['prefix'] !== '' && !str_starts_with($t, $conn['prefix']) ? $conn['prefix'] . $t : $t,
            oracle_tables_from_tokens((string) file_get_contents($file))
        );
        $entry['tables'] = array_values(array_unique(array_merge($named, $sqlTables)));
        $entry['complete'] = oracle_complete_tables((string) file_get_contents($file), $entry['sql'], $entry['failedSql'] ?? null, $conn['prefix']);
    } else {
        $result['ran']++;
    }
    $result['files'][] = $entry;
}

$result['ms'] = round((microtime(true) - $started) * 1000, 1);
oracle_emit($result);
exit(0);

/**
 * Runs the pending files in order in one forked child, as artisan runs them in one process (so what one
 * migration sets up, later ones see). A child that dies (fatal error, time limit) is replaced by a new one
 * from the next file on. One record per file: {status, ms, sql, error?, failedSql?}.
 */
function oracle_run_pending(Application $app, Migrator $migrator, array $pending, int $timeout, string $bookkeeping): array
{
    $records = [];
    while (count($records) < count($pending)) {
        $from = count($records);
        $out = tempnam(sys_get_temp_dir(), 'oracle-');
        $pid = pcntl_fork();
        if ($pid === 0) {
            oracle_child(array_slice($pending, $from), $app, $migrator, $out, $timeout, $bookkeeping);
        }
        pcntl_waitpid($pid, $status);
        foreach (file($out, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) ?: [] as $line) {
            $record = json_decode($line, true);
            if (is_array($record)) {
                $records[] = $record;
            }
        }
        @unlink($out);
        // Killed without a word (time limit, signal), or gone without writing: the file it was on failed.
        if (count($records) < count($pending) && (pcntl_wifsignaled($status) || count($records) === $from)) {
            $why = pcntl_wifsignaled($status)
                ? (pcntl_wtermsig($status) === SIGALRM ? "timed out after {$timeout} s" : 'killed by signal ' . pcntl_wtermsig($status))
                : 'the PHP process ended with exit code ' . pcntl_wexitstatus($status);
            $records[] = ['status' => 'failed', 'ms' => 0, 'error' => $why, 'sql' => []];
        }
    }
    return $records;
}

/** The forked child: runs $files, appending one JSON line per file to $out; never returns. */
function oracle_child(array $files, Application $app, Migrator $migrator, string $out, int $timeout, string $bookkeeping): void
{
    // What a migration echoes must not mix with the JSON line.
    ob_start(fn () => '');
    $current = null;
    $started = 0.0;
    $emit = function (array $record) use ($out, &$started): void {
        $record['ms'] = round((microtime(true) - $started) * 1000, 1);
        file_put_contents($out, json_encode($record, JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE | JSON_PARTIAL_OUTPUT_ON_ERROR) . "\n", FILE_APPEND);
    };
    register_shutdown_function(function () use (&$current, $emit): void {
        if ($current === null) {
            return;
        }
        $e = error_get_last();
        $current['status'] = 'failed';
        $current['error'] = $e ? 'PHP fatal error: ' . $e['message'] . ' (' . basename($e['file']) . ':' . $e['line'] . ')' : 'the migration ended the PHP process';
        $emit($current);
    });
    $own = '/^(insert into|select .* from) `?' . preg_quote($bookkeeping, '/') . '`?(\\s|$)/i';
    $app['events']->listen(QueryExecuted::class, function (QueryExecuted $q) use (&$current, $own): void {
        // The migrator's own bookkeeping is not the migration's SQL.
        if ($current !== null && !preg_match($own, $q->sql)) {
            $current['sql'][] = $q->sql;
        }
    });
    foreach ($files as $file) {
        pcntl_alarm($timeout);
        $started = microtime(true);
        $current = ['status' => 'failed', 'ms' => 0, 'sql' => []];
        try {
            $migrator->run([$file]);
            $current['status'] = 'ok';
        } catch (Throwable $e) {
            $current['error'] = mb_substr(get_class($e) . ': ' . $e->getMessage(), 0, 2000);
            if ($e instanceof QueryException) {
                $current['failedSql'] = $e->getSql();
            }
        }
        $emit($current);
        $current = null;
    }
    pcntl_alarm(0);
    exit(0);
}

<?php
/**
 * Runs a folder of Laravel migrations through Laravel's own Migrator and schema builder (Debian's
 * php-laravel-framework 8.83 + doctrine/dbal) against a given database: the reference for what Laravel
 * creates. Usage: php laravel-schema-runner.php <migrations-dir>
 * Connection from the environment: DB_HOST, DB_PORT, DB_DATABASE, DB_USERNAME, DB_PASSWORD.
 * Prints one JSON line: {"ran": n, "ms": elapsed, "queries": [...] (with --queries)}.
 */

require '/usr/share/php/Illuminate/autoload.php';
$dbal = '/usr/share/php/Doctrine/DBAL/autoload.php';
if (is_file($dbal)) {
    require_once $dbal;
}

use Illuminate\Container\Container;
use Illuminate\Database\Capsule\Manager as Capsule;
use Illuminate\Database\Migrations\DatabaseMigrationRepository;
use Illuminate\Database\Migrations\Migrator;
use Illuminate\Filesystem\Filesystem;
use Illuminate\Support\Facades\Facade;

// foreignIdFor(User::class) instantiates the model to learn its key.
eval('namespace App\\Models; class User extends \\Illuminate\\Database\\Eloquent\\Model {}');

$dir = $argv[1] ?? null;
if (!$dir || !is_dir($dir)) {
    fwrite(STDERR, "usage: php laravel-schema-runner.php <migrations-dir> [--queries]\n");
    exit(2);
}
$withQueries = in_array('--queries', $argv, true);
// App classes the migrations use (models for foreignIdFor): the folder's PHP files that are not migrations.
foreach (glob($dir . '/*.php') as $file) {
    if (!str_contains(basename($file), '_')) {
        require_once $file;
    }
}

$container = new Container();
Container::setInstance($container);
$capsule = new Capsule($container);
$capsule->addConnection([
    'driver' => 'mysql',
    'host' => getenv('DB_HOST') ?: '127.0.0.1',
    'port' => getenv('DB_PORT') ?: '3306',
    'database' => getenv('DB_DATABASE'),
    'username' => getenv('DB_USERNAME') ?: 'root',
    'password' => getenv('DB_PASSWORD') ?: '',
    'charset' => 'utf8mb4',
    'collation' => 'utf8mb4_unicode_ci',
    'prefix' => '',
    'strict' => true,
    'engine' => null,
], 'mysql');
$capsule->getDatabaseManager()->setDefaultConnection('mysql');
$capsule->setAsGlobal();
$container->instance('db', $capsule->getDatabaseManager());
Facade::setFacadeApplication($container);

$queries = [];
$connection = $capsule->getConnection();
if ($withQueries) {
    $connection->listen(function ($q) use (&$queries) {
        $queries[] = $q->sql;
    });
}

$start = microtime(true);
$repository = new DatabaseMigrationRepository($capsule->getDatabaseManager(), 'migrations');
$repository->createRepository();
$migrator = new Migrator($repository, $capsule->getDatabaseManager(), new Filesystem());
$errors = [];
try {
    $ran = $migrator->run([$dir]);
} catch (Throwable $e) {
    $ran = [];
    $errors[] = get_class($e) . ': ' . $e->getMessage();
}
$ms = (microtime(true) - $start) * 1000;
echo json_encode(['ran' => count($ran), 'ms' => round($ms, 1), 'errors' => $errors, 'queries' => $queries]), "\n";
exit($errors ? 1 : 0);

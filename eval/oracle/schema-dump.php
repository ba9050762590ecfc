<?php
/**
 * The schema dump `php artisan migrate` loads into an empty database before the migrations
 * (database/schema/{connection}-schema.dump, else .sql), loaded with the mariadb client as Laravel does.
 */

function oracle_schema_dump_path(string $appDir, string $connection): ?string
{
    foreach (['dump', 'sql'] as $ext) {
        $path = "$appDir/database/schema/$connection-schema.$ext";
        if (is_file($path)) {
            return $path;
        }
    }
    return null;
}

/** Loads the dump; returns null on success or the client's error. */
function oracle_load_schema_dump(string $path, array $db): ?string
{
    $client = is_executable('/usr/bin/mariadb') ? '/usr/bin/mariadb' : 'mysql';
    $cmd = [$client, '--host=' . $db['host'], '--port=' . $db['port'], '--user=' . $db['username'], $db['database']];
    $env = getenv();
    // The password goes by environment, never on the command line.
    $env['MYSQL_PWD'] = $db['password'];
    $proc = proc_open($cmd, [0 => ['file', $path, 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $env);
    if (!is_resource($proc)) {
        return "could not start $client";
    }
    stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    fclose($pipes[1]);
    fclose($pipes[2]);
    $code = proc_close($proc);
    return $code === 0 ? null : (trim($err) ?: "$client exited with $code");
}

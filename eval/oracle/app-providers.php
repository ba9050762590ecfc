<?php
/**
 * The app's own service providers (app/Providers), registered and booted as far as they go without the app's
 * vendor code, for the macros, morph maps and defaults they set that migrations rely on (DB::macro, Blueprint
 * macros, Schema::defaultStringLength). Each provider is first tried in a forked child: one whose class cannot
 * even load (a missing vendor trait is a fatal error) is left out instead of ending the run.
 */

use Illuminate\Foundation\Application;

/**
 * The providers to start: those the app registers (config/app.php 'providers', bootstrap/providers.php of
 * Laravel 11+) and those declared in the provider files (by their tokens), which covers a config/app.php
 * that 8.83 cannot read.
 */
function oracle_provider_classes(array $files, array $config, string $appDir): array
{
    $classes = [];
    $registered = $config['app']['providers'] ?? [];
    if (is_file("$appDir/bootstrap/providers.php")) {
        try {
            $listed = (static fn () => require "$appDir/bootstrap/providers.php")();
            $registered = array_merge(is_array($registered) ? $registered : [], is_array($listed) ? $listed : []);
        } catch (Throwable $e) {
            // Unreadable: the scanned provider files still count.
        }
    }
    foreach (is_array($registered) ? $registered : [] as $class) {
        if (is_string($class) && !oracle_is_framework_class($class)) {
            $classes[] = ltrim($class, '\\');
        }
    }
    foreach ($files as $file) {
        $tokens = token_get_all((string) file_get_contents($file));
        $namespace = '';
        foreach ($tokens as $i => $t) {
            if (!is_array($t)) {
                continue;
            }
            if ($t[0] === T_NAMESPACE) {
                for ($j = $i + 1; isset($tokens[$j]) && $tokens[$j] !== ';' && $tokens[$j] !== '{'; $j++) {
                    if (is_array($tokens[$j]) && in_array($tokens[$j][0], [T_STRING, T_NAME_QUALIFIED], true)) {
                        $namespace = $tokens[$j][1];
                    }
                }
            }
            if ($t[0] === T_CLASS && ($tokens[$i - 1][0] ?? null) !== T_DOUBLE_COLON) {
                for ($j = $i + 1; isset($tokens[$j]) && is_array($tokens[$j]) && $tokens[$j][0] === T_WHITESPACE; $j++);
                if (is_array($tokens[$j] ?? null) && $tokens[$j][0] === T_STRING && str_ends_with($tokens[$j][1], 'Provider')) {
                    $classes[] = ltrim("$namespace\\{$tokens[$j][1]}", '\\');
                }
            }
        }
    }
    return array_values(array_unique($classes));
}

function oracle_start_provider(Application $app, string $class): ?string
{
    try {
        // A vendor package's provider is only a stand-in here (vendor-stubs.php).
        if (!class_exists($class) || !is_subclass_of($class, Illuminate\Support\ServiceProvider::class)) {
            return 'not a service provider here (its package is not installed)';
        }
        $provider = new $class($app);
        if (method_exists($provider, 'register')) {
            $provider->register();
        }
        if (method_exists($provider, 'boot')) {
            $app->call([$provider, 'boot']);
        }
        return null;
    } catch (Throwable $e) {
        return get_class($e) . ': ' . mb_substr($e->getMessage(), 0, 300);
    }
}

/** Starts each provider that survives a trial run; returns class => null (started) or the problem. */
function oracle_boot_app_providers(Application $app, array $classes): array
{
    $outcome = [];
    foreach ($classes as $class) {
        $pid = pcntl_fork();
        if ($pid === 0) {
            // A provider that waits on the network at boot is left out rather than waited for.
            pcntl_alarm(20);
            ob_start(fn () => '');
            oracle_start_provider($app, $class);
            // Skip destructors and shutdown functions inherited from the parent.
            posix_kill(getmypid(), SIGKILL);
        }
        pcntl_waitpid($pid, $status);
        if (pcntl_wifsignaled($status) && pcntl_wtermsig($status) === SIGKILL) {
            ob_start(fn () => '');
            $outcome[$class] = oracle_start_provider($app, $class);
            ob_end_clean();
        } else {
            $outcome[$class] = pcntl_wifsignaled($status) && pcntl_wtermsig($status) === SIGALRM
                ? 'did not start within 20 s'
                : 'loading the provider ended PHP (a class or trait it needs is missing)';
        }
    }
    return $outcome;
}

<?php
/**
 * How the app's own code uses names it does not define: `use X;` inside a class body makes X a trait,
 * `implements X` an interface, `extends X` a class (an interface's `extends` an interface). Read from PHP's
 * tokens over the app's PSR-4 folders, so a vendor stand-in gets the kind PHP will demand of it.
 */

function oracle_app_source_dirs(string $appDir): array
{
    $json = json_decode((string) @file_get_contents("$appDir/composer.json"), true);
    $dirs = [];
    foreach ($json['autoload']['psr-4'] ?? [] as $prefix => $paths) {
        if (oracle_is_framework_class((string) $prefix)) {
            continue;
        }
        foreach ((array) $paths as $p) {
            $full = rtrim("$appDir/$p", '/');
            if (is_dir($full) && realpath($full) !== realpath($appDir)) {
                $dirs[] = $full;
            }
        }
    }
    return array_values(array_unique($dirs));
}

/** Lower-cased fully qualified name => 'trait' | 'interface' | 'class'. */
function oracle_scan_class_kinds(array $dirs): array
{
    $kinds = [];
    foreach ($dirs as $dir) {
        $it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($dir, FilesystemIterator::SKIP_DOTS));
        foreach ($it as $f) {
            if (str_ends_with($f->getPathname(), '.php') && !str_contains($f->getPathname(), '/vendor/')) {
                oracle_scan_file_kinds((string) file_get_contents($f->getPathname()), $kinds);
            }
        }
    }
    return $kinds;
}

function oracle_scan_file_kinds(string $code, array &$kinds): void
{
    $names = [T_STRING, T_NAME_QUALIFIED, T_NAME_FULLY_QUALIFIED, T_NAME_RELATIVE];
    $tokens = array_values(array_filter(
        @token_get_all($code),
        fn ($t) => !is_array($t) || !in_array($t[0], [T_WHITESPACE, T_COMMENT, T_DOC_COMMENT], true)
    ));
    $ns = '';
    $imports = [];
    $depth = 0;
    $bodyDepth = null;
    $declaring = null;
    $clause = null;
    $resolve = function (string $name) use (&$ns, &$imports): string {
        if ($name[0] === '\\') {
            return strtolower(ltrim($name, '\\'));
        }
        $first = strtolower(explode('\\', $name)[0]);
        if (isset($imports[$first])) {
            $rest = substr($name, strlen($first));
            return strtolower($imports[$first] . $rest);
        }
        return strtolower(ltrim("$ns\\$name", '\\'));
    };
    $n = count($tokens);
    for ($i = 0; $i < $n; $i++) {
        $t = $tokens[$i];
        $id = is_array($t) ? $t[0] : $t;
        if ($id === T_NAMESPACE && is_array($tokens[$i + 1] ?? null) && in_array($tokens[$i + 1][0], $names, true)) {
            $ns = $tokens[$i + 1][1];
        } elseif ($id === T_USE && $depth === 0) {
            // Imports: use A\B [as C], D\E;
            for ($j = $i + 1; $j < $n && $tokens[$j] !== ';' && $tokens[$j] !== '{'; $j++) {
                $tj = $tokens[$j];
                if (is_array($tj) && in_array($tj[0], $names, true)) {
                    $full = ltrim($tj[1], '\\');
                    $alias = substr($full, (int) strrpos('\\' . $full, '\\'));
                    if (is_array($tokens[$j + 1] ?? null) && $tokens[$j + 1][0] === T_AS && is_array($tokens[$j + 2] ?? null)) {
                        $alias = $tokens[$j + 2][1];
                        $j += 2;
                    }
                    $imports[strtolower($alias)] = $full;
                }
            }
            $i = $j;
        } elseif ($id === T_USE && $bodyDepth !== null && $depth === $bodyDepth) {
            for ($j = $i + 1; $j < $n && $tokens[$j] !== ';' && $tokens[$j] !== '{'; $j++) {
                if (is_array($tokens[$j]) && in_array($tokens[$j][0], $names, true)) {
                    $kinds[$resolve($tokens[$j][1])] = 'trait';
                }
            }
            $i = $j - 1;
        } elseif (in_array($id, [T_CLASS, T_INTERFACE, T_TRAIT, T_ENUM], true) && ($tokens[$i - 1][0] ?? null) !== T_DOUBLE_COLON) {
            $declaring = $id;
            $clause = null;
        } elseif ($declaring !== null && in_array($id, [T_EXTENDS, T_IMPLEMENTS], true)) {
            $clause = $id === T_IMPLEMENTS || $declaring === T_INTERFACE ? 'interface' : 'class';
        } elseif ($declaring !== null && $clause !== null && is_array($t) && in_array($id, $names, true)) {
            $kinds[$resolve($t[1])] ??= $clause;
        } elseif ($id === '{' || $id === T_CURLY_OPEN || $id === T_DOLLAR_OPEN_CURLY_BRACES) {
            $depth++;
            if ($declaring !== null) {
                $bodyDepth = $depth;
                $declaring = null;
                $clause = null;
            }
        } elseif ($id === '}') {
            if ($bodyDepth === $depth) {
                $bodyDepth = null;
            }
            $depth--;
        }
    }
}

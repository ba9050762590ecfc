<?php
/**
 * The tables a migration file touches, so a migration that failed can be left out of the comparison:
 * from PHP's tokens (Schema::create/table/drop…('name') and the new name of Schema::rename) and from the
 * SQL it sent before failing.
 */

const ORACLE_SCHEMA_METHODS = ['create', 'table', 'drop', 'dropIfExists', 'rename', 'dropColumns', 'createIfNotExists'];

function oracle_tables_from_tokens(string $code): array
{
    return array_values(array_unique(oracle_table_calls_from_tokens($code)));
}

/** One entry per Schema:: call naming a table (a table named twice appears twice). */
function oracle_table_calls_from_tokens(string $code): array
{
    $tokens = array_values(array_filter(
        token_get_all($code),
        fn ($t) => !is_array($t) || !in_array($t[0], [T_WHITESPACE, T_COMMENT, T_DOC_COMMENT], true)
    ));
    $tables = [];
    $inSchema = false;
    $n = count($tokens);
    for ($i = 0; $i < $n; $i++) {
        $t = $tokens[$i];
        if ($t === ';' || $t === '{' || $t === '}') {
            $inSchema = false;
            continue;
        }
        if (is_array($t) && in_array($t[0], [T_STRING, T_NAME_QUALIFIED, T_NAME_FULLY_QUALIFIED], true)) {
            $name = ltrim($t[1], '\\');
            if ($name === 'Schema' || str_ends_with($name, '\\Schema')) {
                $inSchema = true;
                continue;
            }
        }
        if (!$inSchema || !is_array($t) || !in_array($t[0], [T_DOUBLE_COLON, T_OBJECT_OPERATOR], true)) {
            continue;
        }
        $method = $tokens[$i + 1] ?? null;
        if (!is_array($method) || !in_array($method[1], ORACLE_SCHEMA_METHODS, true) || ($tokens[$i + 2] ?? null) !== '(') {
            continue;
        }
        $args = oracle_string_arguments($tokens, $i + 3, $method[1] === 'rename' ? 2 : 1);
        foreach ($args as $a) {
            $tables[] = $a;
        }
    }
    return $tables;
}

/** The leading plain-string arguments of a call whose arguments start at $i, at most $max of them. */
function oracle_string_arguments(array $tokens, int $i, int $max): array
{
    $out = [];
    while (count($out) < $max) {
        $t = $tokens[$i] ?? null;
        if (!is_array($t) || $t[0] !== T_CONSTANT_ENCAPSED_STRING) {
            break;
        }
        $out[] = stripcslashes(substr($t[1], 1, -1));
        if (($tokens[$i + 1] ?? null) !== ',') {
            break;
        }
        $i += 2;
    }
    return $out;
}

/**
 * The tables a failed migration had finished before it failed: created by a statement that succeeded, named
 * by a single Schema:: call in the file, and not the table of the failing statement. Their definition is
 * whole, so the comparison can keep them (akaunting's one big core migration fails near its end).
 */
function oracle_complete_tables(string $code, array $okSql, ?string $failedSql, string $prefix): array
{
    $calls = array_count_values(array_map(
        fn ($t) => $prefix !== '' && !str_starts_with($t, $prefix) ? $prefix . $t : $t,
        oracle_table_calls_from_tokens($code)
    ));
    $created = [];
    foreach ($okSql as $sql) {
        if (preg_match('/^\s*create\s+table\s+`?([A-Za-z0-9_$]+)`?/i', $sql, $m)) {
            $created[] = $m[1];
        }
    }
    $failing = $failedSql === null ? [] : oracle_tables_from_sql([$failedSql]);
    $complete = [];
    foreach (array_unique($created) as $t) {
        if (($calls[$t] ?? 0) === 1 && !in_array($t, $failing, true)) {
            $complete[] = $t;
        }
    }
    return $complete;
}

/** Table names in DDL/DML statements (create/alter/drop/rename table, insert/update/delete). */
function oracle_tables_from_sql(array $statements): array
{
    $tables = [];
    $pattern = '/\b(?:create\s+(?:temporary\s+)?table(?:\s+if\s+not\s+exists)?|alter\s+table|drop\s+table(?:\s+if\s+exists)?|rename\s+table|insert\s+(?:ignore\s+)?into|update|delete\s+from)\s+`?([A-Za-z0-9_$]+)`?/i';
    // The new name of a renamed table.
    $renamed = '/\b(?:rename\s+table|alter\s+table)\s+`?[A-Za-z0-9_$]+`?\s+(?:rename\s+)?to\s+`?([A-Za-z0-9_$]+)`?/i';
    foreach ($statements as $sql) {
        if (preg_match_all($pattern, $sql, $m)) {
            foreach ($m[1] as $t) {
                $tables[] = $t;
            }
        }
        if (preg_match_all($renamed, $sql, $m)) {
            foreach ($m[1] as $t) {
                $tables[] = $t;
            }
        }
    }
    return array_values(array_unique($tables));
}

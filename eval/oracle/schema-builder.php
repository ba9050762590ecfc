<?php
/**
 * The connection the oracle uses for the mysql driver: 8.83's MySqlConnection with a schema builder that also
 * answers the introspection methods newer migrations call (getIndexes, hasIndex, getForeignKeys,
 * withoutForeignKeyConstraints…, shaped as current Laravel returns them), and for Laravel 11+ the modern
 * grammar and Blueprint of modern-grammar.php.
 */

use Illuminate\Database\Connection;
use Illuminate\Database\MySqlConnection;
use Illuminate\Database\Schema\MySqlBuilder;
use Illuminate\Support\Traits\Macroable;

class OracleMySqlBuilder extends MySqlBuilder
{
    /** 8.83 knows int and uuid morph keys; Laravel 9.30+ adds ulid. */
    public static function defaultMorphKeyType(string $type)
    {
        if (!in_array($type, ['int', 'uuid', 'ulid'], true)) {
            throw new InvalidArgumentException("Morph key type must be 'int', 'uuid', or 'ulid'.");
        }
        static::$defaultMorphKeyType = $type;
    }

    public static function morphUsingUlids()
    {
        static::defaultMorphKeyType('ulid');
    }

    public function withoutForeignKeyConstraints(Closure $callback)
    {
        $this->disableForeignKeyConstraints();
        try {
            return $callback();
        } finally {
            $this->enableForeignKeyConstraints();
        }
    }

    private function rows(string $sql, array $bindings): array
    {
        return array_map(fn ($r) => (array) $r, $this->connection->select($sql, $bindings));
    }

    public function getTables($schema = null)
    {
        return array_map(fn ($r) => [
            'name' => $r['name'], 'schema' => $r['schema'], 'size' => (int) $r['size'], 'comment' => $r['comment'],
            'collation' => $r['collation'], 'engine' => $r['engine'],
        ], $this->rows(
            'select table_name as `name`, table_schema as `schema`, (data_length + index_length) as `size`, '
            . 'table_comment as `comment`, table_collation as `collation`, engine as `engine` '
            . "from information_schema.tables where table_schema = ? and table_type in ('BASE TABLE', 'SYSTEM VERSIONED') order by table_name",
            [$this->connection->getDatabaseName()]
        ));
    }

    public function getTableListing($schema = null, $schemaQualified = true)
    {
        return array_column($this->getTables(), 'name');
    }

    public function getColumns($table)
    {
        $rows = $this->rows(
            'select column_name as `name`, data_type as `type_name`, column_type as `type`, collation_name as `collation`, '
            . 'is_nullable as `nullable`, column_default as `default`, column_comment as `comment`, extra as `extra` '
            . 'from information_schema.columns where table_schema = ? and table_name = ? order by ordinal_position',
            [$this->connection->getDatabaseName(), $this->connection->getTablePrefix() . $table]
        );
        return array_map(fn ($r) => [
            'name' => $r['name'], 'type_name' => $r['type_name'], 'type' => $r['type'], 'collation' => $r['collation'],
            'nullable' => $r['nullable'] === 'YES', 'default' => $r['default'],
            'auto_increment' => $r['extra'] === 'auto_increment', 'comment' => $r['comment'] ?: null,
        ], $rows);
    }

    public function getIndexes($table)
    {
        $rows = $this->rows(
            'select index_name as `name`, group_concat(column_name order by seq_in_index) as `columns`, '
            . 'index_type as `type`, not non_unique as `unique` from information_schema.statistics '
            . 'where table_schema = ? and table_name = ? group by index_name, index_type, non_unique',
            [$this->connection->getDatabaseName(), $this->connection->getTablePrefix() . $table]
        );
        return array_map(fn ($r) => [
            'name' => strtolower($r['name']), 'columns' => explode(',', $r['columns']),
            'type' => strtolower($r['type']), 'unique' => (bool) $r['unique'], 'primary' => $r['name'] === 'PRIMARY',
        ], $rows);
    }

    public function getIndexListing($table)
    {
        return array_column($this->getIndexes($table), 'name');
    }

    public function hasIndex($table, $index, $type = null)
    {
        $type = is_null($type) ? $type : strtolower($type);
        foreach ($this->getIndexes($table) as $value) {
            $typeMatches = is_null($type)
                || ($type === 'primary' && $value['primary'])
                || ($type === 'unique' && $value['unique'])
                || $type === $value['type'];
            if (($value['name'] === $index || $value['columns'] === $index) && $typeMatches) {
                return true;
            }
        }
        return false;
    }

    public function getForeignKeys($table)
    {
        $rows = $this->rows(
            'select kc.constraint_name as `name`, group_concat(kc.column_name order by kc.ordinal_position) as `columns`, '
            . 'kc.referenced_table_schema as `foreign_schema`, kc.referenced_table_name as `foreign_table`, '
            . 'group_concat(kc.referenced_column_name order by kc.ordinal_position) as `foreign_columns`, '
            . 'rc.update_rule as `on_update`, rc.delete_rule as `on_delete` '
            . 'from information_schema.key_column_usage kc join information_schema.referential_constraints rc '
            . 'on kc.constraint_schema = rc.constraint_schema and kc.constraint_name = rc.constraint_name '
            . 'where kc.table_schema = ? and kc.table_name = ? and kc.referenced_table_name is not null '
            . 'group by kc.constraint_name, kc.referenced_table_schema, kc.referenced_table_name, rc.update_rule, rc.delete_rule',
            [$this->connection->getDatabaseName(), $this->connection->getTablePrefix() . $table]
        );
        return array_map(fn ($r) => [
            'name' => $r['name'], 'columns' => explode(',', $r['columns']), 'foreign_schema' => $r['foreign_schema'],
            'foreign_table' => $r['foreign_table'], 'foreign_columns' => explode(',', $r['foreign_columns']),
            'on_update' => strtolower($r['on_update']), 'on_delete' => strtolower($r['on_delete']),
        ], $rows);
    }

    public function whenTableHasColumn(string $table, string $column, Closure $callback)
    {
        if ($this->hasColumn($table, $column)) {
            $this->table($table, fn ($t) => $callback($t));
        }
    }

    public function whenTableDoesntHaveColumn(string $table, string $column, Closure $callback)
    {
        if (!$this->hasColumn($table, $column)) {
            $this->table($table, fn ($t) => $callback($t));
        }
    }
}

class OracleConnection extends MySqlConnection
{
    // DB::macro(…) of Laravel 9+ (there on the DatabaseManager) reaches the connection through 8.83's manager.
    use Macroable;

    /** Laravel 11+ DDL (modern-grammar.php). */
    public static bool $modern = false;
    /** Laravel before 5.8 (modern-grammar.php). */
    public static bool $legacy = false;
    public static bool $nativeUuid = false;

    protected function getDefaultSchemaGrammar()
    {
        if (!static::$modern) {
            return parent::getDefaultSchemaGrammar();
        }
        $grammar = new OracleModernGrammar();
        $grammar->nativeUuid = static::$nativeUuid;
        return $this->withTablePrefix($grammar);
    }

    public function getSchemaBuilder()
    {
        if (is_null($this->schemaGrammar)) {
            $this->useDefaultSchemaGrammar();
        }
        $builder = new OracleMySqlBuilder($this);
        if (static::$modern) {
            $builder->blueprintResolver(fn ($table, $callback, $prefix) => new OracleModernBlueprint($table, $callback, $prefix));
        } elseif (static::$legacy) {
            $builder->blueprintResolver(fn ($table, $callback, $prefix) => new OracleLegacyBlueprint($table, $callback, $prefix));
        } else {
            $builder->blueprintResolver(fn ($table, $callback, $prefix) => new OracleBlueprint($table, $callback, $prefix));
        }
        return $builder;
    }
}

function oracle_use_connection(?array $version, bool $mariadbDriver): void
{
    [$major, $minor] = $version ?? [8, 0];
    $modern = $major >= 11;
    $nativeUuid = $modern && $mariadbDriver;
    OracleConnection::$legacy = $major < 5 || ($major === 5 && $minor < 8);
    OracleConnection::$modern = $modern;
    OracleConnection::$nativeUuid = $nativeUuid;
    Connection::resolverFor('mysql', fn ($pdo, $database, $prefix, $config) => new OracleConnection($pdo, $database, $prefix, $config));
}

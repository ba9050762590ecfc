<?php
/**
 * The DDL differences of other Laravel versions that 8.83 would get wrong: for Laravel 11 and later, as laravel/framework's current
 * Blueprint and MySqlGrammar/MariaDbGrammar write them: float($column, $precision = 53), double() without
 * total/places, change() redefining the whole column (no Doctrine diff), and native uuid on the mariadb driver; before 5.8, the old morphs().
 */

use Illuminate\Database\Connection;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Database\Schema\Grammars\MySqlGrammar;
use Illuminate\Support\Fluent;

/**
 * What every Laravel since 9 does the same way and 8.83 does not: foreignIdFor() of a HasUlids model is a
 * char(26) ULID column, and morphs() follow Schema::morphUsingUuids()/morphUsingUlids().
 */
class OracleBlueprint extends Blueprint
{
    public function foreignIdFor($model, $column = null)
    {
        if (is_string($model)) {
            $model = new $model();
        }
        $column = $column ?: $model->getForeignKey();
        if (in_array('Illuminate\Database\Eloquent\Concerns\HasUlids', class_uses_recursive($model), true)) {
            return $this->foreignUlid($column);
        }
        return $model->getKeyType() === 'int' && $model->getIncrementing()
            ? $this->foreignId($column)
            : $this->foreignUuid($column);
    }

    public function morphs($name, $indexName = null)
    {
        match (Illuminate\Database\Schema\Builder::$defaultMorphKeyType) {
            'uuid' => $this->uuidMorphs($name, $indexName),
            'ulid' => $this->ulidMorphs($name, $indexName),
            default => $this->numericMorphs($name, $indexName),
        };
    }

    public function nullableMorphs($name, $indexName = null)
    {
        match (Illuminate\Database\Schema\Builder::$defaultMorphKeyType) {
            'uuid' => $this->nullableUuidMorphs($name, $indexName),
            'ulid' => $this->nullableUlidMorphs($name, $indexName),
            default => $this->nullableNumericMorphs($name, $indexName),
        };
    }
}

class OracleModernBlueprint extends OracleBlueprint
{
    public function float($column, $precision = 53, $places = null, $unsigned = false)
    {
        return $this->addColumn('float', $column, compact('precision'));
    }

    public function double($column, $total = null, $places = null, $unsigned = false)
    {
        return $this->addColumn('double', $column);
    }
}

/** Laravel before 5.8: morphs are an unsigned int id before the type, indexed (id, type). */
class OracleLegacyBlueprint extends OracleBlueprint
{
    public function morphs($name, $indexName = null)
    {
        $this->unsignedInteger("{$name}_id");
        $this->string("{$name}_type");
        $this->index(["{$name}_id", "{$name}_type"], $indexName);
    }

    public function nullableMorphs($name, $indexName = null)
    {
        $this->unsignedInteger("{$name}_id")->nullable();
        $this->string("{$name}_type")->nullable();
        $this->index(["{$name}_id", "{$name}_type"], $indexName);
    }
}

class OracleModernGrammar extends MySqlGrammar
{
    public bool $nativeUuid = false;

    protected function typeFloat(Fluent $column)
    {
        return $column->precision ? "float({$column->precision})" : 'float';
    }

    protected function typeUuid(Fluent $column)
    {
        return $this->nativeUuid ? 'uuid' : 'char(36)';
    }

    // A changed column keeps its primary key: only a new one gets `primary key` inline.
    protected function modifyIncrement(Blueprint $blueprint, Fluent $column)
    {
        if (in_array($column->type, $this->serials) && $column->autoIncrement) {
            $hasPrimary = false;
            foreach ($blueprint->getCommands() as $command) {
                $hasPrimary = $hasPrimary || $command->name === 'primary';
            }
            return $hasPrimary || ($column->change && !$column->primary)
                ? ' auto_increment'
                : ' auto_increment primary key';
        }
    }

    public function compileChange(Blueprint $blueprint, Fluent $command, Connection $connection)
    {
        $columns = [];
        foreach ($blueprint->getChangedColumns() as $column) {
            $sql = sprintf('modify %s %s', $this->wrap($column), $this->getType($column));
            $columns[] = $this->addModifiers($sql, $blueprint, $column);
        }
        return 'alter table ' . $this->wrapTable($blueprint) . ' ' . implode(', ', $columns);
    }
}

<?php
/**
 * The DDL differences of Laravel 11 and later that 8.83 would get wrong, as laravel/framework's current
 * Blueprint and MySqlGrammar/MariaDbGrammar write them: float($column, $precision = 53), double() without
 * total/places, change() redefining the whole column (no Doctrine diff), and native uuid on the mariadb driver.
 */

use Illuminate\Database\Connection;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Database\Schema\Grammars\MySqlGrammar;
use Illuminate\Support\Fluent;

class OracleModernBlueprint extends Blueprint
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

<?php
/**
 * Blueprint methods that apps written for newer Laravel call and 8.83 lacks, defined as current Laravel's
 * Blueprint and MySqlGrammar define them (src/Illuminate/Database/Schema in laravel/framework).
 */

use Illuminate\Database\Schema\Blueprint;
use Illuminate\Database\Schema\ForeignIdColumnDefinition;
use Illuminate\Database\Schema\Grammars\MySqlGrammar;

function oracle_register_blueprint_macros(): void
{
    $add = function (string $name, Closure $fn): void {
        if (!method_exists(Blueprint::class, $name) && !Blueprint::hasMacro($name)) {
            Blueprint::macro($name, $fn);
        }
    };
    $add('ulid', function ($column = 'ulid', $length = 26) {
        return $this->char($column, $length);
    });
    $add('foreignUlid', function ($column, $length = 26) {
        return $this->addColumnDefinition(new ForeignIdColumnDefinition($this, [
            'type' => 'char',
            'name' => $column,
            'length' => $length,
        ]));
    });
    $add('ulidMorphs', function ($name, $indexName = null) {
        $this->string("{$name}_type");
        $this->ulid("{$name}_id");
        $this->index(["{$name}_type", "{$name}_id"], $indexName);
    });
    $add('nullableUlidMorphs', function ($name, $indexName = null) {
        $this->string("{$name}_type")->nullable();
        $this->ulid("{$name}_id")->nullable();
        $this->index(["{$name}_type", "{$name}_id"], $indexName);
    });
    $add('datetimes', function ($precision = 0) {
        $this->dateTime('created_at', $precision)->nullable();
        $this->dateTime('updated_at', $precision)->nullable();
    });
    $add('softDeletesDatetime', function ($column = 'deleted_at', $precision = 0) {
        return $this->dateTime($column, $precision)->nullable();
    });
    $add('dropSoftDeletesDatetime', function ($column = 'deleted_at') {
        return $this->dropColumn($column);
    });
    $add('dropDatetimes', function () {
        return $this->dropColumn('created_at', 'updated_at');
    });
    $add('getPrefix', function () {
        return $this->prefix;
    });
    $add('rawColumn', function ($column, $definition) {
        return $this->addColumn('raw', $column, compact('definition'));
    });
    // Table options as methods (Laravel 10+); 8.83 has them as properties only.
    $add('engine', function ($engine) {
        $this->engine = $engine;
    });
    $add('charset', function ($charset) {
        $this->charset = $charset;
    });
    $add('collation', function ($collation) {
        $this->collation = $collation;
    });
    // A table comment is a command 8.83's grammar has no compiler for; MySqlGrammar compiles it as below.
    $add('comment', function ($comment) {
        return $this->addCommand('tableComment', compact('comment'));
    });
    $add('dropForeignIdFor', function ($model, $column = null) {
        if (is_string($model)) {
            $model = new $model();
        }
        return $this->dropForeign([$column ?: $model->getForeignKey()]);
    });
    $add('dropConstrainedForeignIdFor', function ($model, $column = null) {
        if (is_string($model)) {
            $model = new $model();
        }
        return $this->dropConstrainedForeignId($column ?: $model->getForeignKey());
    });

    MySqlGrammar::macro('typeRaw', function ($column) {
        return $column->offsetGet('definition');
    });
    MySqlGrammar::macro('compileTableComment', function (Blueprint $blueprint, $command) {
        return sprintf(
            'alter table %s comment = %s',
            $this->wrapTable($blueprint),
            "'" . str_replace("'", "''", $command->comment) . "'"
        );
    });
}

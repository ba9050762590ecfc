/**
 * Constructs newer than Laravel 8.83 (which the fidelity test cannot run): the expectations below are the
 * DDL laravel/framework emits for them, read from its source —
 *   Blueprint.php (laravel/framework@002cf8848361): ulid($column = 'ulid', $length = 26) → char($column, 26);
 *     foreignUlid($column, $length = 26) → char; ulidMorphs/nullableUlidMorphs → string type + ulid id +
 *     index([type, id]); morphs() follows Builder::$defaultMorphKeyType ('ulid' too); float($column,
 *     $precision = 53); double($column); decimal($column, $total = 8, $places = 2); datetimes();
 *     uuid($column = 'uuid'); softDeletesDatetime().
 *   MySqlGrammar (Laravel 11+): typeFloat → "float({$precision})" (or 'float'), typeDouble → 'double'
 *     (the stored laravel/framework copy of this file predates 11; read from a port of the 12.x grammar).
 *   MariaDbGrammar.php (laravel/framework@c78fa3d06842): typeUuid → 'uuid'; typeGeometry → the subtype
 *     (point, polygon…) or 'geometry'.
 *   Laravel 11 upgrade guide ("Modifying Columns"): change() now needs every modifier to be restated;
 *     Laravel 10 and older kept unsigned, default and comment.
 * Each rendered statement is also run on MariaDB to prove it accepts it.
 */

import { schemaFromMigrations } from '../../src/project/laravel/migrations/index.js';
import { parsePhp } from '../../src/project/php/parse.js';
import { applyStatements } from '../../src/database/apply.js';
import { introspectSchema } from '../../src/database/introspect.js';
import { renderSchemaDdl } from '../../src/schema/ddl.js';
import { findTable, type Schema } from '../../src/schema/model.js';
import { withScratch } from './helpers.js';

function fold(body: string, options: { laravelMajor?: number; mariadbGrammar?: boolean }) {
  const text = `<?php
use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;
return new class extends Migration { public function up(): void { ${body} } };`;
  const { parsed } = parsePhp('database/migrations/2025_01_01_000000_x.php', text);
  const result = schemaFromMigrations([parsed!], options);
  expect(result.problems).toEqual([]);
  return result.schema;
}

const columns = (schema: Schema, table: string) =>
  findTable(schema, table)!.columns.map((c) => `${c.name} ${c.type}${c.nullable ? ' null' : ''}`);
const indexes = (schema: Schema, table: string) =>
  findTable(schema, table)!.indexes.map((i) => `${i.name}(${i.columns.join(',')})`);

async function applied(schema: Schema): Promise<Schema> {
  return withScratch(async (db) => {
    const res = await applyStatements(
      db.conn,
      renderSchemaDdl(schema).map((sql) => ({ sql })),
    );
    expect(res.errors).toEqual([]);
    return introspectSchema(db.conn, db.name);
  });
}

describe('Laravel 9+ constructs', () => {
  const body = `
    Schema::create('owners', function (Blueprint $table) {
        $table->ulid('id')->primary();
        $table->ulid();
    });
    Schema::create('pets', function (Blueprint $table) {
        $table->id();
        $table->foreignUlid('owner_id')->constrained();
        $table->ulidMorphs('taggable');
        $table->nullableUlidMorphs('source', 'pets_source_idx');
    });
    Schema::morphUsingUlids();
    Schema::create('notes', function (Blueprint $table) {
        $table->morphs('notable');
    });`;

  it('renders ulid columns as char(26) with Laravel index names', async () => {
    const schema = fold(body, { laravelMajor: 10 });
    expect(columns(schema, 'owners')).toEqual(['id char(26)', 'ulid char(26)']);
    expect(columns(schema, 'pets')).toEqual([
      'id bigint unsigned',
      'owner_id char(26)',
      'taggable_type varchar(255)',
      'taggable_id char(26)',
      'source_type varchar(255) null',
      'source_id char(26) null',
    ]);
    expect(indexes(schema, 'pets')).toEqual([
      'PRIMARY(id)',
      'pets_owner_id_foreign(owner_id)',
      'pets_taggable_type_taggable_id_index(taggable_type,taggable_id)',
      'pets_source_idx(source_type,source_id)',
    ]);
    expect(columns(schema, 'notes')).toEqual(['notable_type varchar(255)', 'notable_id char(26)']);
    const real = await applied(schema);
    expect(columns(real, 'pets')).toContain('taggable_id char(26)');
    expect(findTable(real, 'pets')!.foreignKeys.map((f) => `${f.name} -> ${f.refTable}`)).toEqual([
      'pets_owner_id_foreign -> owners',
    ]);
  });
});

describe('Laravel 11+ signatures', () => {
  it('float(precision), double and decimal without unsigned parameters', async () => {
    const schema = fold(
      `Schema::create('m', function (Blueprint $table) {
          $table->float('ratio');
          $table->float('small', 10);
          $table->double('d');
          $table->decimal('price', 10, 2);
          $table->datetimes();
          $table->softDeletesDatetime();
      });`,
      { laravelMajor: 11 },
    );
    expect(columns(schema, 'm')).toEqual([
      'ratio float(53)',
      'small float(10)',
      'd double',
      'price decimal(10, 2)',
      'created_at datetime null',
      'updated_at datetime null',
      'deleted_at datetime null',
    ]);
    // MariaDB stores float(53) as double and float(10) as float.
    expect(columns(await applied(schema), 'm').slice(0, 3)).toEqual([
      'ratio double',
      'small float',
      'd double',
    ]);
  });

  it('with the mariadb driver: native uuid and geometry subtypes', async () => {
    const schema = fold(
      `Schema::create('places', function (Blueprint $table) {
          $table->uuid();
          $table->geometry('spot', subtype: 'point');
          $table->geometry('area');
      });`,
      { laravelMajor: 11, mariadbGrammar: true },
    );
    expect(columns(schema, 'places')).toEqual(['uuid uuid', 'spot point', 'area geometry']);
    expect(columns(await applied(schema), 'places')).toEqual(['uuid uuid', 'spot point', 'area geometry']);
  });

  it('change() keeps only what the call says (Laravel 8 kept the rest)', () => {
    const migration = `
      Schema::create('t', function (Blueprint $table) {
          $table->string('name', 50)->nullable()->default('x');
      });
      Schema::table('t', function (Blueprint $table) {
          $table->string('name', 80)->change();
      });`;
    const l11 = findTable(fold(migration, { laravelMajor: 11 }), 't')!.columns[0];
    const l8 = findTable(fold(migration, { laravelMajor: 8 }), 't')!.columns[0];
    expect([l11.type, l11.nullable, l11.default]).toEqual(['varchar(80)', false, null]);
    expect([l8.type, l8.nullable, l8.default]).toEqual(['varchar(80)', true, "'x'"]);
  });
});

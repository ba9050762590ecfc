/** The static side: Laravel migrations (PHP AST) folded into the final schema, with problems at file:line. */

import { orderMigrationFiles, schemaFromMigrations } from '../../src/project/laravel/migrations/index.js';
import { plural as pluralize } from '../../src/project/laravel/naming.js';
import { findDefaultStringLength } from '../../src/project/laravel/migrations/settings.js';
import { parsePhp, type ParsedPhp } from '../../src/project/php/parse.js';
import { findColumn, findTable, type Schema } from '../../src/schema/model.js';

const HEAD = `<?php
use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\DB;
use Illuminate\\Support\\Facades\\Schema;
`;

function anon(body: string): string {
  return `${HEAD}return new class extends Migration {\n    public function up(): void\n    {\n${body}\n    }\n};\n`;
}

function parse(path: string, text: string): ParsedPhp {
  const r = parsePhp(path, text);
  if (!r.parsed) throw new Error(r.problem?.message);
  return r.parsed;
}

function migrate(...bodies: string[]) {
  const files = bodies.map((b, i) => parse(`database/migrations/2024_01_01_00000${i}_m${i}.php`, anon(b)));
  return schemaFromMigrations(files);
}

function indexNames(schema: Schema, table: string): string[] {
  return findTable(schema, table)!.indexes.map((i) => i.name);
}

describe('orderMigrationFiles', () => {
  it('keeps database/migrations/*_*.php at the top level, ordered by file name', () => {
    const files = [
      'database/migrations/2020_02_01_000000_b.php',
      'database/migrations/2019_01_01_000000_a.php',
      'database/migrations/old/2018_01_01_000000_nested.php',
      'database/migrations/readme.php',
      'database/seeders/2017_01_01_000000_seed.php',
      'database/migrations/2020_01_01_000000_c.php',
    ].map((path) => ({ path, text: '' }));
    expect(orderMigrationFiles(files).map((f) => f.path)).toEqual([
      'database/migrations/2019_01_01_000000_a.php',
      'database/migrations/2020_01_01_000000_c.php',
      'database/migrations/2020_02_01_000000_b.php',
    ]);
  });
});

describe('schemaFromMigrations', () => {
  it('builds columns with Laravel types and default index names', () => {
    const { schema, problems } = migrate(`
        Schema::create('users', function (Blueprint $table) {
            $table->id();
            $table->string('email')->unique();
            $table->timestamps();
        });
        Schema::create('certificates', function (Blueprint $table) {
            $table->id();
            $table->foreignId('user_id')->constrained()->cascadeOnDelete();
            $table->decimal('score', 5, 2)->default(0);
        });`);
    expect(problems).toEqual([]);
    expect(schema.source).toBe('static');
    const users = findTable(schema, 'users')!;
    expect(users.columns.map((c) => `${c.name} ${c.type}`)).toEqual([
      'id bigint unsigned',
      'email varchar(255)',
      'created_at timestamp',
      'updated_at timestamp',
    ]);
    expect(users.origin).toEqual({ file: 'database/migrations/2024_01_01_000000_m0.php', line: 10 });
    expect(indexNames(schema, 'users')).toEqual(['PRIMARY', 'users_email_unique']);
    const certs = findTable(schema, 'certificates')!;
    expect(certs.foreignKeys).toEqual([
      expect.objectContaining({
        name: 'certificates_user_id_foreign',
        columns: ['user_id'],
        refTable: 'users',
        refColumns: ['id'],
        onDelete: 'CASCADE',
      }),
    ]);
    expect(findColumn(certs, 'score')).toEqual({
      name: 'score',
      type: 'decimal(5, 2)',
      nullable: false,
      default: "'0'",
      origin: { file: 'database/migrations/2024_01_01_000000_m0.php', line: 18 },
    });
  });

  it('reads named and anonymous migration classes', () => {
    const named = parse(
      'database/migrations/2014_10_12_000000_create_users_table.php',
      `${HEAD}class CreateUsersTable extends Migration {\n public function up() { Schema::create('users', function (Blueprint $t) { $t->increments('id'); }); }\n}\n`,
    );
    const anonymous = parse(
      'database/migrations/2015_01_01_000000_posts.php',
      anon(`Schema::create('posts', fn (Blueprint $t) => $t->id());`),
    );
    const { schema, problems } = schemaFromMigrations([anonymous, named]);
    expect(problems).toEqual([]);
    expect(schema.tables.map((t) => t.name)).toEqual(['users', 'posts']);
    expect(findColumn(findTable(schema, 'users')!, 'id')).toMatchObject({
      type: 'int unsigned',
      autoIncrement: true,
    });
  });

  it('answers hasTable/hasColumn guards from the schema built so far and runs loops over literal arrays', () => {
    const { schema, problems } = migrate(
      `Schema::create('a', function (Blueprint $t) { $t->id(); });`,
      `if (! Schema::hasTable('a')) { Schema::create('never', function (Blueprint $t) { $t->id(); }); }
       if (Schema::hasTable('a') && ! Schema::hasColumn('a', 'x')) {
           Schema::table('a', function (Blueprint $t) { $t->string('x'); });
       }
       foreach (['b', 'c'] as $i => $name) {
           Schema::create($name, function (Blueprint $t) use ($name, $i) {
               $t->id();
               $t->integer('n')->default($i);
               $t->index('n', $name . '_n');
           });
       }`,
    );
    expect(problems).toEqual([]);
    expect(schema.tables.map((t) => t.name)).toEqual(['a', 'b', 'c']);
    expect(findColumn(findTable(schema, 'a')!, 'x')?.type).toBe('varchar(255)');
    expect(findColumn(findTable(schema, 'c')!, 'n')?.default).toBe("'1'");
    expect(indexNames(schema, 'c')).toEqual(['PRIMARY', 'c_n']);
  });

  it('folds later changes into the table: rename, drop, change, index drops', () => {
    const { schema, problems } = migrate(
      `Schema::create('posts', function (Blueprint $t) {
           $t->id();
           $t->string('title', 100)->nullable()->default('x');
           $t->string('slug');
           $t->string('old');
           $t->index(['slug', 'old']);
       });`,
      `Schema::table('posts', function (Blueprint $t) {
           $t->renameColumn('slug', 'path');
           $t->dropColumn('old');
           $t->string('title', 300)->change();
       });`,
      `Schema::rename('posts', 'articles');`,
    );
    expect(problems).toEqual([]);
    const t = findTable(schema, 'articles')!;
    expect(t.columns.map((c) => c.name)).toEqual(['id', 'title', 'path']);
    // change() keeps what it does not mention (Laravel 8 through DBAL): nullable and the default stay.
    expect(findColumn(t, 'title')).toMatchObject({ type: 'varchar(300)', nullable: true, default: "'x'" });
    // Dropping a column shrinks the index that used it; the index keeps its name.
    expect(t.indexes.find((i) => i.name === 'posts_slug_old_index')?.columns).toEqual(['path']);
  });

  it('models the index InnoDB adds for a foreign key, and drops it when another index serves the key', () => {
    const { schema } = migrate(
      `Schema::create('users', function (Blueprint $t) { $t->id(); });
       Schema::create('orders', function (Blueprint $t) {
           $t->id();
           $t->foreignId('user_id')->constrained();
           $t->timestamps();
       });`,
      `Schema::table('orders', function (Blueprint $t) { $t->index(['user_id', 'created_at']); });`,
      `Schema::create('notes', function (Blueprint $t) {
           $t->id();
           $t->foreignId('user_id')->constrained();
       });
       Schema::table('notes', function (Blueprint $t) { $t->dropForeign(['user_id']); });`,
    );
    expect(indexNames(schema, 'orders')).toEqual(['PRIMARY', 'orders_user_id_created_at_index']);
    expect(indexNames(schema, 'notes')).toEqual(['PRIMARY', 'notes_user_id_foreign']);
    expect(findTable(schema, 'notes')!.foreignKeys).toEqual([]);
  });

  it('folds the DDL node-sql-parser reads in DB::statement and keeps other raw SQL, in order, at its line', () => {
    const { schema, raw, problems } = migrate(
      `Schema::create('posts', function (Blueprint $t) { $t->id(); $t->string('title'); });
        DB::statement('CREATE INDEX posts_title_prefix ON posts (title(20))');
        DB::statement('ALTER TABLE posts ADD COLUMN legacy int NULL');
        DB::unprepared("CREATE TABLE raw_t (id int unsigned NOT NULL PRIMARY KEY, n varchar(20) DEFAULT 'x'); CREATE INDEX raw_t_n ON raw_t (n); CREATE VIEW v AS SELECT 1");
        Schema::table('raw_t', function (Blueprint $t) { $t->index(['n', 'id']); });`,
    );
    expect(problems).toEqual([]);
    expect(findTable(schema, 'posts')!.indexes.find((i) => i.name === 'posts_title_prefix')).toEqual({
      name: 'posts_title_prefix',
      columns: ['title'],
      subParts: [20],
      unique: false,
      kind: 'btree',
    });
    // A table made by raw SQL is known to later migrations.
    const rawTable = findTable(schema, 'raw_t')!;
    expect(
      rawTable.columns.map(
        (c) => `${c.name} ${c.type}${c.nullable ? ' null' : ' not null'} default=${c.default}`,
      ),
    ).toEqual(['id int unsigned not null default=null', "n varchar(20) null default='x'"]);
    expect(rawTable.indexes.map((i) => `${i.name}(${i.columns})`)).toEqual([
      'PRIMARY(id)',
      'raw_t_n(n)',
      'raw_t_n_id_index(n,id)',
    ]);
    const file = 'database/migrations/2024_01_01_000000_m0.php';
    expect(findTable(schema, 'posts')!.columns.map((c) => c.name)).toEqual(['id', 'title', 'legacy']);
    expect(raw).toEqual([{ sql: 'CREATE VIEW v AS SELECT 1', location: { file, line: 12 } }]);
  });

  it('reports what it cannot understand at file:line and goes on with the rest', () => {
    const { schema, problems } = migrate(
      `Schema::create('a', function (Blueprint $t) {
            $t->id();
            $t->someMacro('x');
            $t->string('name');
            $t->string($this->columnName());
        });
        Artisan::call('cache:clear');
        Schema::create(config('tables.b'), function (Blueprint $t) { $t->id(); });
        Schema::table('missing', function (Blueprint $t) { $t->string('x'); });
        Schema::create('c', function (Blueprint $t) { $t->id(); });`,
    );
    const file = 'database/migrations/2024_01_01_000000_m0.php';
    expect(problems.map((p) => `${p.location.file}:${p.location.line} ${p.message}`)).toEqual([
      `${file}:11 Blueprint::someMacro() is not understood`,
      `${file}:13 cannot know statically: a function call`,
      `${file}:15 call to Artisan::call() is not understood in a migration`,
      `${file}:16 cannot know statically: a function call`,
      `${file}:17 Table 'missing' doesn't exist`,
    ]);
    expect(schema.tables.map((t) => t.name)).toEqual(['a', 'c']);
    expect(findTable(schema, 'a')!.columns.map((c) => c.name)).toEqual(['id', 'name']);
  });

  it('reports schema errors MariaDB would raise, at the line that causes them', () => {
    const { problems } = migrate(
      `Schema::create('a', function (Blueprint $t) { $t->id(); $t->string('x'); });
        Schema::create('a', function (Blueprint $t) { $t->id(); });
        Schema::table('a', function (Blueprint $t) {
            $t->string('x');
            $t->dropIndex('nope');
        });`,
    );
    expect(problems.map((p) => [p.location.line, p.message])).toEqual([
      [10, "Table 'a' already exists"],
      [12, "Duplicate column name 'x'"],
      [13, "Can't DROP INDEX `nope`; check that it exists"],
    ]);
  });

  it('takes a statement MariaDB refuses inside try/catch as the app does: the catch runs, nothing changes', () => {
    const { schema, problems } = migrate(
      `Schema::create('assets', function (Blueprint $t) {
            $t->id();
            $t->unsignedInteger('company_id')->index();
        });
        try {
            Schema::table('assets', function (Blueprint $t) {
                $t->dropForeign(['company_id']);
            });
            Schema::table('assets', function (Blueprint $t) {
                $t->string('skipped');
            });
        } catch (\\Exception $e) {
            Schema::table('assets', function (Blueprint $t) {
                $t->string('caught');
            });
        } finally {
            Schema::table('assets', function (Blueprint $t) {
                $t->string('always');
            });
        }`,
    );
    expect(problems).toEqual([]);
    const assets = findTable(schema, 'assets')!;
    expect(assets.columns.map((c) => c.name)).toEqual(['id', 'company_id', 'caught', 'always']);
    expect(indexNames(schema, 'assets')).toContain('assets_company_id_index');
  });

  it('must not hide a refusal that no catch takes, or one outside any try', () => {
    const { problems } = migrate(
      `Schema::create('assets', function (Blueprint $t) { $t->id(); });
        try {
            Schema::table('assets', function (Blueprint $t) { $t->dropForeign(['company_id']); });
        } catch (\\App\\Exceptions\\LicenseMissing $e) {
        }
        Schema::table('assets', function (Blueprint $t) { $t->dropIndex('nope'); });`,
    );
    expect(problems.map((p) => [p.location.line, p.message])).toEqual([
      [11, "Can't DROP FOREIGN KEY `assets_company_id_foreign`; check that it exists"],
      [14, "Can't DROP INDEX `nope`; check that it exists"],
    ]);
  });

  it('reads table names from class constants and properties of the migration', () => {
    const m = parse(
      'database/migrations/2024_01_01_000000_consts.php',
      `${HEAD}return new class extends Migration {
          const TABLE = 'audits';
          private string $index = 'audits_kind_idx';
          public function up(): void {
              Schema::create(self::TABLE, function (Blueprint $t) {
                  $t->id();
                  $t->string('kind');
                  $t->index('kind', $this->index);
              });
          }
      };`,
    );
    const { schema, problems } = schemaFromMigrations([m]);
    expect(problems).toEqual([]);
    expect(indexNames(schema, 'audits')).toEqual(['PRIMARY', 'audits_kind_idx']);
  });

  it('treats calls after constrained() as Laravel does: they set options of the key, not of the column', () => {
    const { schema, problems } = migrate(`
        Schema::create('users', function (Blueprint $t) { $t->id(); });
        Schema::create('posts', function (Blueprint $t) {
            $t->id();
            $t->foreignId('user_id')->constrained()->nullable();
        });`);
    expect(problems).toEqual([]);
    expect(findColumn(findTable(schema, 'posts')!, 'user_id')?.nullable).toBe(false);
  });

  it('uses Schema::defaultStringLength from the app for string columns', () => {
    const provider = parse(
      'app/Providers/AppServiceProvider.php',
      `<?php namespace App\\Providers; use Illuminate\\Support\\Facades\\Schema;
       class AppServiceProvider extends \\Illuminate\\Support\\ServiceProvider {
           public function boot() { Schema::defaultStringLength(191); }
       }`,
    );
    const length = findDefaultStringLength([provider]);
    expect(length).toBe(191);
    const m = parse(
      'database/migrations/2024_01_01_000000_a.php',
      anon(`Schema::create('a', function (Blueprint $t) { $t->string('s'); $t->char('c'); });`),
    );
    const { schema } = schemaFromMigrations([m], { defaultStringLength: length! });
    expect(findTable(schema, 'a')!.columns.map((c) => c.type)).toEqual(['varchar(191)', 'char(191)']);
  });
});

describe('pluralize (constrained() table names)', () => {
  it.each([
    ['user', 'users'],
    ['category', 'categories'],
    ['person', 'people'],
    ['status', 'statuses'],
    ['address', 'addresses'],
    ['practice_package', 'practice_packages'],
    ['discord_practice', 'discord_practices'],
    ['child', 'children'],
    ['equipment', 'equipment'],
    ['box', 'boxes'],
    ['leaf', 'leaves'],
    ['key', 'keys'],
  ])('%s → %s', (word, plural) => {
    expect(pluralize(word)).toBe(plural);
  });
});

/**
 * Migrations that call their own code: helper methods with arguments, helpers that loop over tables,
 * trait and parent methods, static helpers, constants built from constants, helpers returning a table
 * name, and recursion reported instead of followed forever.
 */

import { schemaFromMigrations } from '../../src/project/laravel/migrations/index.js';
import { laravelHost } from '../../src/project/laravel/host.js';
import { findDefaultStringLength } from '../../src/project/laravel/migrations/settings.js';
import { ClassIndex } from '../../src/project/php/class-index.js';
import { parsePhp, type ParsedPhp } from '../../src/project/php/parse.js';
import { summarizeFile } from '../../src/project/php/summary.js';
import type { PhpNode } from '../../src/project/php/ast.js';
import { findColumn, findTable, type Schema } from '../../src/schema/model.js';

const HEAD = `<?php
use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;
`;

const FILE = 'database/migrations/2024_01_01_000000_helpers.php';

function parse(path: string, text: string): ParsedPhp {
  const r = parsePhp(path, text);
  if (!r.parsed) throw new Error(r.problem?.message);
  return r.parsed;
}

/** A migration whose class body is `members` (up() included). */
function migration(members: string, head = HEAD): ParsedPhp {
  return parse(FILE, `${head}return new class extends Migration {\n${members}\n};\n`);
}

function indexOf(files: ParsedPhp[]): ClassIndex {
  const asts = new Map(files.map((f) => [f.path, f.ast as unknown as PhpNode]));
  return new ClassIndex(
    files.map((f) => summarizeFile(f.path, f.ast as unknown as PhpNode)),
    (path) => asts.get(path) ?? null,
  );
}

function tables(schema: Schema): string[] {
  return schema.tables.map((t) => t.name);
}

function messages(problems: { location: { file: string; line: number }; message: string }[]): string[] {
  return problems.map((p) => `${p.location.file}:${p.location.line} ${p.message}`);
}

describe('migration helpers', () => {
  it('runs $this->helper($name) with its argument bound', () => {
    const { schema, problems } = schemaFromMigrations([
      migration(`
        public function up(): void
        {
            $this->createLookup('countries');
            $this->createLookup('currencies', 3);
        }

        private function createLookup(string $name, int $length = 2): void
        {
            Schema::create($name, function (Blueprint $table) use ($length) {
                $table->id();
                $table->string('code', $length)->unique();
            });
        }`),
    ]);
    expect(problems).toEqual([]);
    expect(tables(schema)).toEqual(['countries', 'currencies']);
    expect(findColumn(findTable(schema, 'countries')!, 'code')?.type).toBe('varchar(2)');
    expect(findColumn(findTable(schema, 'currencies')!, 'code')?.type).toBe('varchar(3)');
    expect(findTable(schema, 'currencies')!.indexes.map((i) => i.name)).toEqual([
      'PRIMARY',
      'currencies_code_unique',
    ]);
    // The table's origin is the line in the helper that creates it.
    expect(findTable(schema, 'countries')!.origin).toEqual({ file: FILE, line: 15 });
  });

  it('follows a helper that loops over a list of tables, and one that adds columns to a Blueprint', () => {
    const { schema, problems } = schemaFromMigrations([
      migration(`
        private array $tables = ['posts', 'pages'];

        public function up(): void
        {
            $this->createAll($this->tables);
        }

        private function createAll(array $names): void
        {
            foreach ($names as $name) {
                Schema::create($name, function (Blueprint $table) {
                    $table->id();
                    $this->audit($table, 'editor');
                });
            }
        }

        private function audit(Blueprint $t, string $who): void
        {
            $t->foreignId($who . '_id')->nullable()->index();
            $t->timestamps();
        }`),
    ]);
    expect(problems).toEqual([]);
    expect(tables(schema)).toEqual(['posts', 'pages']);
    expect(findTable(schema, 'pages')!.columns.map((c) => c.name)).toEqual([
      'id',
      'editor_id',
      'created_at',
      'updated_at',
    ]);
    expect(findTable(schema, 'pages')!.indexes.map((i) => i.name)).toContain('pages_editor_id_index');
  });

  it('runs trait methods and in-app parent methods of the migration class', () => {
    const trait = parse(
      'app/Database/CreatesPivots.php',
      `<?php
namespace App\\Database;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;
trait CreatesPivots
{
    protected function pivot(string $a, string $b): void
    {
        Schema::create($a . '_' . $b, function (Blueprint $table) use ($a, $b) {
            $table->foreignId($a . '_id');
            $table->foreignId($b . '_id');
            $table->primary([$a . '_id', $b . '_id']);
        });
    }
}`,
    );
    const base = parse(
      'app/Database/BaseMigration.php',
      `<?php
namespace App\\Database;
use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Support\\Facades\\Schema;
abstract class BaseMigration extends Migration
{
    protected const PREFIX = 'app_';

    protected static function dropOld(string $name): void
    {
        Schema::dropIfExists(static::PREFIX . $name);
    }
}`,
    );
    const m = migration(
      `
        use CreatesPivots;

        public function up(): void
        {
            Schema::create('app_legacy', fn (Blueprint $t) => $t->id());
            $this->pivot('post', 'tag');
            self::dropOld('legacy');
        }`,
      `${HEAD}use App\\Database\\BaseMigration as Migration;\nuse App\\Database\\CreatesPivots;\n`,
    );
    const { schema, problems } = schemaFromMigrations([m], { index: indexOf([trait, base, m]) });
    expect(problems).toEqual([]);
    expect(tables(schema)).toEqual(['post_tag']);
    expect(findTable(schema, 'post_tag')!.indexes.map((i) => `${i.name}(${i.columns})`)).toEqual([
      'PRIMARY(post_id,tag_id)',
    ]);
    // Code that runs in the trait is located there.
    expect(findTable(schema, 'post_tag')!.origin).toEqual({
      file: 'app/Database/CreatesPivots.php',
      line: 9,
    });
  });

  it('runs private static helpers through self:: and static::', () => {
    const { schema, problems } = schemaFromMigrations([
      migration(`
        public function up(): void
        {
            self::make('a');
            static::make('b');
        }

        private static function make(string $name): void
        {
            Schema::create($name, fn (Blueprint $t) => $t->id());
        }`),
    ]);
    expect(problems).toEqual([]);
    expect(tables(schema)).toEqual(['a', 'b']);
  });

  it('reads self::TABLE and constants built from other constants', () => {
    const { schema, problems } = schemaFromMigrations([
      migration(`
        const PREFIX = 'shop_';
        const TABLE = self::PREFIX . 'orders';
        const INDEX = self::TABLE . '_status_idx';

        public function up(): void
        {
            Schema::create(self::TABLE, function (Blueprint $t) {
                $t->id();
                $t->string('status');
                $t->index('status', static::INDEX);
            });
        }`),
    ]);
    expect(problems).toEqual([]);
    expect(findTable(schema, 'shop_orders')!.indexes.map((i) => i.name)).toEqual([
      'PRIMARY',
      'shop_orders_status_idx',
    ]);
  });

  it('uses a helper that returns the table name in Schema::create', () => {
    const { schema, problems } = schemaFromMigrations([
      migration(`
        protected string $prefix = 'crm_';

        public function up(): void
        {
            Schema::create($this->tableName('contacts'), function (Blueprint $t) {
                $t->id();
            });
        }

        private function tableName(string $base): string
        {
            return $this->prefix . $base;
        }`),
    ]);
    expect(problems).toEqual([]);
    expect(tables(schema)).toEqual(['crm_contacts']);
  });

  it('reports recursion at the call instead of following it forever', () => {
    const started = Date.now();
    const { schema, problems } = schemaFromMigrations([
      migration(`
        public function up(): void
        {
            $this->a();
            Schema::create('after', fn (Blueprint $t) => $t->id());
        }

        private function a(): void
        {
            Schema::create('once', fn (Blueprint $t) => $t->id());
            $this->a();
        }`),
    ]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(messages(problems)).toEqual([`${FILE}:16 a() calls itself: the repeated call is not followed`]);
    expect(problems[0].construct).toBe('call');
    expect(tables(schema)).toEqual(['once', 'after']);
  });

  it('reports helpers nested deeper than the call budget as a work limit', () => {
    const helpers = Array.from(
      { length: 10 },
      (_, i) => `private function h${i}(): void { $this->h${i + 1}(); }`,
    ).join('\n');
    const { problems } = schemaFromMigrations([
      migration(`
        public function up(): void { $this->h0(); }
        ${helpers}
        private function h10(): void { Schema::create('deep', fn (Blueprint $t) => $t->id()); }`),
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ construct: 'work limit' });
    expect(problems[0].message).toMatch(/nest deeper than 8/);
  });

  it('still reports calls to methods the app does not have, and unknown helper results at the call', () => {
    const { problems } = schemaFromMigrations([
      migration(`
        public function up(): void
        {
            $this->missing();
            Schema::create($this->alsoMissing(), fn (Blueprint $t) => $t->id());
            Schema::create($this->fromConfig(), fn (Blueprint $t) => $t->id());
        }

        private function fromConfig(): string
        {
            return config('billing.table');
        }`),
    ]);
    // config() is unknown unless the caller tells what the app's configuration holds.
    expect(messages(problems)).toEqual([
      `${FILE}:9 call to $this->missing() is not understood in a migration`,
      `${FILE}:10 cannot know statically: a function call`,
      `${FILE}:11 cannot know statically: a function call`,
    ]);
  });

  it('knows config() values when the caller gives a host that does', () => {
    const { schema, problems } = schemaFromMigrations(
      [
        migration(`
        public function up(): void
        {
            Schema::create($this->table(), fn (Blueprint $t) => $t->id());
        }

        private function table(): string
        {
            return config('billing.table', 'invoices');
        }`),
      ],
      { host: laravelHost({ config: (key) => (key === 'billing.table' ? 'billing_invoices' : undefined) }) },
    );
    expect(problems).toEqual([]);
    expect(tables(schema)).toEqual(['billing_invoices']);
  });
});

describe('Schema::withoutForeignKeyConstraints', () => {
  it('runs its callback, with the Blueprint of the closure it sits in', () => {
    const { schema, problems } = schemaFromMigrations([
      migration(`
        public function up(): void
        {
            Schema::create('folders', fn (Blueprint $t) => $t->id());
            Schema::create('lists', function (Blueprint $t) {
                $t->id();
                $t->foreignId('folder_id')->constrained();
            });
            Schema::table('lists', function (Blueprint $table) {
                Schema::withoutForeignKeyConstraints(function () use ($table) {
                    $table->dropForeign(['folder_id']);
                    $table->dropColumn('folder_id');
                });
            });
        }`),
    ]);
    expect(problems).toEqual([]);
    expect(findTable(schema, 'lists')!.columns.map((c) => c.name)).toEqual(['id']);
  });
});

describe('Schema::defaultStringLength in a service provider', () => {
  it('evaluates a constant or an expression argument', () => {
    const provider = parse(
      'app/Providers/AppServiceProvider.php',
      `<?php namespace App\\Providers; use Illuminate\\Support\\Facades\\Schema;
       use Illuminate\\Support\\ServiceProvider;
       class AppServiceProvider extends ServiceProvider {
           private const MAX_INDEX_BYTES = 764;
           public function boot() { Schema::defaultStringLength(min(255, self::MAX_INDEX_BYTES / 4)); }
       }`,
    );
    const other = parse(
      'app/Providers/DbServiceProvider.php',
      `<?php namespace App\\Providers; use Illuminate\\Support\\Facades\\Schema;
       class DbServiceProvider extends \\Illuminate\\Support\\ServiceProvider { const LEN = 150 + 41; public function boot() { Schema::defaultStringLength(self::LEN); } }`,
    );
    expect(findDefaultStringLength([provider])).toBe(191);
    expect(findDefaultStringLength([other])).toBe(191);
    // Calls outside a service provider are not read (Laravel documents the call in a provider's boot()).
    const elsewhere = parse(
      'app/Support/Boot.php',
      `<?php use Illuminate\\Support\\Facades\\Schema; Schema::defaultStringLength(100);`,
    );
    expect(findDefaultStringLength([other, elsewhere])).toBe(191);
    // A value the evaluator cannot know leaves the default alone.
    const unknown = parse(
      'app/Providers/AppServiceProvider.php',
      `<?php use Illuminate\\Support\\Facades\\Schema;
       class AppServiceProvider extends Illuminate\\Support\\ServiceProvider {
           public function boot() { Schema::defaultStringLength(random_int(1, 9)); }
       }`,
    );
    expect(findDefaultStringLength([unknown])).toBeNull();
  });
});

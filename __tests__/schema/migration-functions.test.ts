/**
 * Migrations that hand schema work to functions and expressions: an app helper function taking a guard
 * and a closure (`when_table(Schema::hasColumn(...), function () use ($table) {...})`), Laravel's
 * rescue(), a `match` on the driver as a statement, a ternary as a statement, and config() keys the app's
 * config file does not set (null, as Laravel's config() returns).
 */

import { schemaFromMigrations } from '../../src/project/laravel/migrations/index.js';
import { laravelHost } from '../../src/project/laravel/host.js';
import { FunctionIndex, withAppFunctions } from '../../src/project/php/functions.js';
import { parsePhp, type ParsedPhp } from '../../src/project/php/parse.js';
import type { PhpValue } from '../../src/project/php/value.js';
import { findTable, type Schema } from '../../src/schema/model.js';
import { providerSchemaSettings } from '../../src/project/laravel/migrations/providers.js';
import { ClassIndex } from '../../src/project/php/class-index.js';
import { summarizeFile } from '../../src/project/php/summary.js';
import { compareVersions } from '../../src/project/php/builtins.js';
import type { PhpNode } from '../../src/project/php/ast.js';

const HEAD = `<?php
use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;
use Illuminate\\Support\\Facades\\DB;
`;

function parse(path: string, text: string): ParsedPhp {
  const r = parsePhp(path, text);
  if (!r.parsed) throw new Error(r.problem?.message);
  return r.parsed;
}

const migration = (name: string, body: string) =>
  parse(
    `database/migrations/${name}.php`,
    `${HEAD}return new class extends Migration { public function up(): void { ${body} } };\n`,
  );

const HELPERS = parse(
  'app/helpers.php',
  `<?php
function when_table($condition, callable $callback, $default = null)
{
    return value($condition) ? rescue($callback, $default) : $default;
}
`,
);

const columns = (schema: Schema, table: string) => findTable(schema, table)?.columns.map((c) => c.name);
const indexes = (schema: Schema, table: string) => findTable(schema, table)?.indexes.map((i) => i.name);

function run(files: ParsedPhp[], config: Record<string, PhpValue> = {}, configFiles: string[] = []) {
  const host = withAppFunctions(
    laravelHost({
      config: (key) => config[key],
      configFileRead: (key) => configFiles.includes(key.split('.')[0]),
    }),
    new FunctionIndex([HELPERS]),
  );
  return schemaFromMigrations(files, { host });
}

const CREATE = migration(
  '2024_01_01_000000_create_tracks',
  `Schema::create('tracks', function (Blueprint $table) {
      $table->id();
      $table->unsignedBigInteger('old_artist_id')->nullable();
      $table->foreign('old_artist_id')->references('id')->on('tracks');
      $table->string('title');
  });`,
);

describe('schema work handed to functions and expressions', () => {
  it('runs an app function whose closure changes the Blueprint when its guard holds', () => {
    const { schema, problems } = run([
      CREATE,
      migration(
        '2024_01_02_000000_drop_old_artist',
        `Schema::table('tracks', static function (Blueprint $t): void {
            when_table(Schema::hasColumn('tracks', 'old_artist_id'), static function () use ($t): void {
                $t->dropForeign(['old_artist_id']);
                $t->dropColumn('old_artist_id');
            });
            when_table(Schema::hasColumn('tracks', 'never_there'), static function () use ($t): void {
                $t->dropColumn('title');
            });
        });`,
      ),
    ]);
    expect(problems).toEqual([]);
    expect(columns(schema, 'tracks')).toEqual(['id', 'title']);
    expect(indexes(schema, 'tracks')).toEqual(['PRIMARY']);
  });

  it('runs rescue() callbacks and the matching arm of a match statement', () => {
    const { schema, problems } = run([
      CREATE,
      migration(
        '2024_01_02_000000_more',
        `rescue(function () { Schema::create('plays', function (Blueprint $table) { $table->id(); }); });
        Schema::table('tracks', function (Blueprint $table) {
            match (DB::getDriverName()) {
                'mysql', 'mariadb' => $table->char('hash', 16)->charset('binary')->virtualAs('unhex(md5(title))'),
                'pgsql' => $table->uuid('hash'),
            };
            DB::getDriverName() === 'sqlite' ? $table->string('lite') : $table->string('full');
        });`,
      ),
    ]);
    expect(problems).toEqual([]);
    expect(columns(schema, 'plays')).toEqual(['id']);
    expect(columns(schema, 'tracks')).toEqual(['id', 'old_artist_id', 'title', 'hash', 'full']);
    expect(findTable(schema, 'tracks')!.columns[3]).toMatchObject({
      type: 'char(16)',
      generated: { expression: 'unhex(md5(title))', stored: false },
    });
  });

  it('takes a key the app config file does not set as null, and one of an absent file as unknown', () => {
    const body = `Schema::create('roles', function (Blueprint $table) {
        $table->id();
        $table->string('name');
        if (config('access.testing')) {
            $table->unsignedBigInteger('team_id');
            $table->unique(['team_id', 'name']);
        } else {
            $table->unique(['name']);
        }
    });`;
    const known = run([migration('2024_01_01_000000_roles', body)], {}, ['access']);
    expect(known.problems).toEqual([]);
    expect(indexes(known.schema, 'roles')).toEqual(['PRIMARY', 'roles_name_unique']);
    const absent = run([migration('2024_01_01_000000_roles', body)]);
    expect(absent.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('cannot know statically'),
    ]);
  });

  it('follows known vendor helpers the app cannot show: nested set columns, the Pulse migration driver', () => {
    const tree = parse(
      'database/migrations/2024_01_01_000000_create_nodes.php',
      `${HEAD}use Kalnoy\\Nestedset\\NestedSet;
return new class extends Migration { public function up(): void {
    Schema::create('nodes', function (Blueprint $table) {
        $table->increments('id');
        NestedSet::columns($table);
    });
} };`,
    );
    const pulse = parse(
      'database/migrations/2024_01_02_000000_create_meters.php',
      `${HEAD}use Laravel\\Pulse\\Support\\PulseMigration;
return new class extends PulseMigration { public function up(): void {
    if (! $this->shouldRun()) { return; }
    Schema::create('meters', function (Blueprint $table) {
        $table->id();
        match ($this->driver()) {
            'mariadb', 'mysql' => $table->char('key_hash', 16)->charset('binary')->virtualAs('unhex(md5(id))'),
            'pgsql' => $table->uuid('key_hash'),
        };
        $table->index('key_hash');
    });
} };`,
    );
    const { schema, problems } = run([tree, pulse]);
    expect(problems).toEqual([]);
    expect(findTable(schema, 'nodes')!.columns.map((c) => `${c.name} ${c.type} ${c.default}`)).toEqual([
      'id int unsigned null',
      "_lft int unsigned '0'",
      "_rgt int unsigned '0'",
      'parent_id int unsigned null',
    ]);
    expect(indexes(schema, 'nodes')).toEqual(['PRIMARY', 'nodes__lft__rgt_parent_id_index']);
    expect(columns(schema, 'meters')).toEqual(['id', 'key_hash']);
    expect(indexes(schema, 'meters')).toEqual(['PRIMARY', 'meters_key_hash_index']);
  });
});

describe('change() before Laravel 11 (Doctrine DBAL)', () => {
  // Laravel 8.83 on MariaDB: double/char/enum/tinyInteger/timestamp/year->change() fail with Doctrine's
  // "Unknown column type" before any statement of the Blueprint runs; float->change() is DOUBLE.
  const base = migration(
    '2024_01_01_000000_create_meters',
    `Schema::create('meters', function (Blueprint $table) {
        $table->id();
        $table->integer('reading');
        $table->string('code', 10);
    });`,
  );
  it.each([
    ["$table->double('reading', 8, 2)->change();", 'double'],
    ["$table->enum('code', ['a', 'b'])->change();", 'enum'],
    ["$table->char('code', 10)->change();", 'char'],
    ["$table->tinyInteger('reading')->change();", 'tinyinteger'],
  ])('%s fails and nothing of its Blueprint runs', (line, type) => {
    const { schema, problems } = run([
      base,
      migration(
        '2024_01_02_000000_change',
        `Schema::table('meters', function (Blueprint $table) { $table->string('extra'); ${line} });`,
      ),
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining(`Unknown column type "${type}"`),
    ]);
    expect(columns(schema, 'meters')).toEqual(['id', 'reading', 'code']);
  });

  it('runs them natively from Laravel 11', () => {
    const { parsed } = parsePhp(
      'database/migrations/2024_01_02_000000_change.php',
      `${HEAD}return new class extends Migration { public function up(): void {
        Schema::table('meters', function (Blueprint $table) { $table->double('reading')->change(); });
      } };`,
    );
    const { schema, problems } = schemaFromMigrations([base, parsed!], { laravelMajor: 11 });
    expect(problems).toEqual([]);
    expect(findTable(schema, 'meters')!.columns[1].type).toBe('double');
  });
});

describe('guards around Schema::defaultStringLength in a service provider', () => {
  const provider = parse(
    'app/Providers/AppServiceProvider.php',
    `<?php
namespace App\\Providers;

use Illuminate\\Support\\Facades\\DB;
use Illuminate\\Support\\Facades\\Schema;
use Illuminate\\Support\\ServiceProvider;
use PDO;

class AppServiceProvider extends ServiceProvider
{
    public function boot()
    {
        if (version_compare(DB::connection()->getPdo()->getAttribute(PDO::ATTR_SERVER_VERSION), '10.2.2', '<')) {
            Schema::defaultStringLength(191);
        }
    }
}
`,
  );
  const settings = (version: string | null) => {
    const index = new ClassIndex(
      [summarizeFile(provider.path, provider.ast as unknown as PhpNode)],
      () => provider.ast as unknown as PhpNode,
    );
    return providerSchemaSettings(index, laravelHost(), { driver: 'mysql', version }).defaultStringLength;
  };

  it('is decided with the server version when a database is given', () => {
    expect(settings('10.11.19-MariaDB-0+deb12u1')).toBeNull();
    expect(settings('10.1.48-MariaDB')).toBe(191);
  });

  it('counts the call as the app meant it when the version is not known (no database)', () => {
    expect(settings(null)).toBe(191);
  });

  it("compares versions as PHP's version_compare does", () => {
    const cases: [string, string, number][] = [
      ['10.11.19-MariaDB-0+deb12u1', '5.7.7', 1],
      ['5.6.4', '5.7.7', -1],
      ['1.0', '1.0.0', -1],
      ['1.0rc1', '1.0', -1],
      ['1.0', '1.0pl1', -1],
      ['1.0a', '1.0b', -1],
      ['5.7.7', '5.7.7', 0],
    ];
    for (const [a, b, want] of cases) expect([a, b, compareVersions(a, b)]).toEqual([a, b, want]);
  });
});

describe('values a migration returns or leaves as statements', () => {
  it('does nothing with pure expressions and runs the calls in a returned expression', () => {
    const { schema, problems } = run([
      migration(
        '2024_01_01_000000_returns',
        `$names = ['a', 'b'];
        [$names, 'c' . 'd'];
        return rescue(function () { Schema::create('returned', function (Blueprint $table) { $table->id(); }); });`,
      ),
    ]);
    expect(problems).toEqual([]);
    expect(columns(schema, 'returned')).toEqual(['id']);
  });
});

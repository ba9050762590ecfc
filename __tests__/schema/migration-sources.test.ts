/**
 * What the migrator runs and with which settings, read from the app: folders registered by service
 * providers, the providers' default string length, foreignIdFor by the related model's key (HasUuids and
 * HasUlids, which Laravel 8.83 lacks, as laravel/framework's current Blueprint::foreignIdFor does),
 * morphs() before Laravel 5.8, and PHP 8.3/8.4 syntax in migration files.
 */

import { defaultConfig } from '../../src/config/defaults.js';
import type { AppFiles } from '../../src/project/files.js';
import { appMigrations } from '../../src/project/laravel/migrations/app-migrations.js';
import { orderMigrationFiles, schemaFromMigrations } from '../../src/project/laravel/migrations/index.js';
import { normalizeAppPath, providerSchemaSettings } from '../../src/project/laravel/migrations/providers.js';
import { indexOfFiles } from '../../src/project/php/class-index.js';
import { parsePhp, type ParsedPhp } from '../../src/project/php/parse.js';
import { findColumn, findTable } from '../../src/schema/model.js';
import { staticSchema } from '../../src/schema/static-source.js';

const HEAD = `<?php
use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\DB;
use Illuminate\\Support\\Facades\\Schema;
`;

function anon(body: string, members = ''): string {
  return `${HEAD}return new class extends Migration {\n${members}\n    public function up(): void\n    {\n${body}\n    }\n};\n`;
}

function parse(path: string, text: string): ParsedPhp {
  const r = parsePhp(path, text);
  if (!r.parsed) throw new Error(r.problem?.message);
  return r.parsed;
}

function appOf(parsed: ParsedPhp[], other: AppFiles['other'] = []): AppFiles {
  return { root: '/app', php: parsed.map((p) => ({ path: p.path, text: '' })), other };
}

const provider = (path: string, ns: string, cls: string, boot: string) =>
  parse(
    path,
    `<?php namespace ${ns};
     use Illuminate\\Support\\ServiceProvider;
     use Illuminate\\Support\\Facades\\Schema;
     class ${cls} extends ServiceProvider { public function boot(): void { ${boot} } }`,
  );

describe('migration folders registered by service providers', () => {
  const billing = provider(
    'packages/Acme/Billing/src/Providers/BillingServiceProvider.php',
    'Acme\\Billing\\Providers',
    'BillingServiceProvider',
    `$this->loadMigrationsFrom(__DIR__ . '/../Database/Migrations');`,
  );
  const reports = provider(
    'modules/Reports/ReportsServiceProvider.php',
    'Modules\\Reports',
    'ReportsServiceProvider',
    `$this->loadMigrationsFrom([database_path('migrations/reports'), base_path('modules/Reports/migrations')]);`,
  );

  it('reads __DIR__, arrays and Laravel path helpers into app-relative folders', () => {
    const { folders, problems } = providerSchemaSettings(indexOfFiles([billing, reports]));
    expect(problems).toEqual([]);
    expect(folders).toEqual([
      'database/migrations',
      'database/migrations/reports',
      'modules/Reports/migrations',
      'packages/Acme/Billing/src/Database/Migrations',
    ]);
  });

  it('orders every folder’s files by name, as the Migrator does', () => {
    const folders = [
      'database/migrations',
      'packages/Acme/Billing/src/Database/Migrations',
      'modules/Reports/migrations',
    ];
    const files = [
      'database/migrations/2020_01_01_000000_users.php',
      'packages/Acme/Billing/src/Database/Migrations/2019_01_01_000000_invoices.php',
      'modules/Reports/migrations/2021_01_01_000000_reports.php',
      'modules/Reports/migrations/nested/2018_01_01_000000_not_read.php',
      'packages/Acme/Billing/src/Database/Migrations/README.php',
    ].map((path) => ({ path }));
    expect(orderMigrationFiles(files, folders).map((f) => f.path)).toEqual([
      'packages/Acme/Billing/src/Database/Migrations/2019_01_01_000000_invoices.php',
      'database/migrations/2020_01_01_000000_users.php',
      'modules/Reports/migrations/2021_01_01_000000_reports.php',
    ]);
    // A migration of the same name in a later folder replaces the earlier one.
    const twice = [
      { path: 'database/migrations/2020_01_01_000000_same.php', from: 'app' },
      { path: 'modules/Reports/migrations/2020_01_01_000000_same.php', from: 'module' },
    ];
    expect(orderMigrationFiles(twice, folders).map((f) => f.from)).toEqual(['module']);
  });

  it('builds the tables of a package folder in the static schema', () => {
    const migration = parse(
      'packages/Acme/Billing/src/Database/Migrations/2019_01_01_000000_create_invoices.php',
      anon(`Schema::create('invoices', function (Blueprint $t) { $t->id(); $t->string('number'); });`),
    );
    const parsed = [billing, migration];
    const out = staticSchema({ config: defaultConfig('/app'), app: appOf(parsed), parsed });
    expect(out.problems).toEqual([]);
    expect(findTable(out.schema, 'invoices')?.columns.map((c) => c.name)).toEqual(['id', 'number']);
    // Without the provider, the folder is not one the migrator reads.
    const alone = staticSchema({
      config: defaultConfig('/app'),
      app: appOf([migration]),
      parsed: [migration],
    });
    expect(findTable(alone.schema, 'invoices')).toBeUndefined();
  });

  it('reports a folder it cannot know or one outside the app, at the call', () => {
    const dynamic = provider(
      'app/Providers/DynamicServiceProvider.php',
      'App\\Providers',
      'DynamicServiceProvider',
      `$this->loadMigrationsFrom($this->app->make('paths')->get());
       $this->loadMigrationsFrom('/opt/shared/migrations');`,
    );
    const { folders, problems } = providerSchemaSettings(indexOfFiles([dynamic]));
    expect(folders).toEqual(['database/migrations']);
    expect(problems.map((p) => [p.location, p.construct])).toEqual([
      [{ file: 'app/Providers/DynamicServiceProvider.php', line: 4 }, 'loadMigrationsFrom'],
      [{ file: 'app/Providers/DynamicServiceProvider.php', line: 5 }, 'loadMigrationsFrom'],
    ]);
    expect(normalizeAppPath('a/./b/../c/')).toBe('a/c');
    expect(normalizeAppPath('a/../../etc')).toBeNull();
  });
});

describe('the morph key type set by a service provider', () => {
  it("makes morphs() uuid columns after Builder::defaultMorphKeyType('uuid')", () => {
    const p = provider(
      'app/Providers/AppServiceProvider.php',
      'App\\Providers',
      'AppServiceProvider',
      `\\Illuminate\\Database\\Schema\\Builder::defaultMorphKeyType('uuid');`,
    );
    const m = parse(
      'database/migrations/2020_01_01_000000_a.php',
      anon(`Schema::create('logs', function (Blueprint $t) { $t->morphs('loggable'); });`),
    );
    const out = appMigrations({ config: defaultConfig('/app'), app: appOf([p, m]), parsed: [p, m] });
    expect(out.options.defaultMorphKeyType).toBe('uuid');
    const { schema } = schemaFromMigrations(out.files, out.options);
    expect(findColumn(findTable(schema, 'logs')!, 'loggable_id')?.type).toBe('char(36)');
  });
});

describe('Schema::defaultStringLength in any service provider', () => {
  it('is read outside app/Providers and in the instance form', () => {
    const nested = provider(
      'app/App/Providers/AppServiceProvider.php',
      'App\\App\\Providers',
      'AppServiceProvider',
      `Schema::defaultStringLength(191);`,
    );
    const migration = parse(
      'database/migrations/2020_01_01_000000_a.php',
      anon(`Schema::create('a', function (Blueprint $t) { $t->string('s'); });`),
    );
    const out = appMigrations({
      config: defaultConfig('/app'),
      app: appOf([nested, migration]),
      parsed: [nested, migration],
    });
    expect(out.options.defaultStringLength).toBe(191);
    const { schema } = schemaFromMigrations(out.files, out.options);
    expect(findColumn(findTable(schema, 'a')!, 's')?.type).toBe('varchar(191)');

    const instance = provider(
      'src/Support/SchemaServiceProvider.php',
      'Support',
      'SchemaServiceProvider',
      `$this->app->make('db')->getSchemaBuilder()->defaultStringLength(150);`,
    );
    expect(providerSchemaSettings(indexOfFiles([instance])).defaultStringLength).toBe(150);
    // A class that is not a service provider sets nothing.
    const plain = parse(
      'app/Support/Boot.php',
      `<?php use Illuminate\\Support\\Facades\\Schema; class Boot { function run() { Schema::defaultStringLength(100); } }`,
    );
    expect(providerSchemaSettings(indexOfFiles([plain])).defaultStringLength).toBeNull();
  });
});

describe('foreignIdFor by the related model’s key', () => {
  const models = parse(
    'app/Models/All.php',
    `<?php namespace App\\Models;
     use Illuminate\\Database\\Eloquent\\Model;
     use Illuminate\\Database\\Eloquent\\Concerns\\HasUuids;
     use Illuminate\\Database\\Eloquent\\Concerns\\HasUlids;
     trait KeyedByCode { protected $primaryKey = 'code'; }
     class Account extends Model { use HasUuids; }
     class Track extends Model { use HasUlids; }
     class Plain extends Model {}
     class Country extends Model { use KeyedByCode; }
     class Ticket extends Model { public function getKeyType() { return 'string'; } }
     trait UuidColumn { use HasUuids; public function uniqueIds() { return ['uuid']; } }
     class Folder extends Model { use UuidColumn; }`,
  );
  it('is a uuid for HasUuids, a ulid for HasUlids, the model’s own key name otherwise', () => {
    // country_code (the Country model's key name) is created, constrained, then dropped by model.
    const m = parse(
      'database/migrations/2024_01_01_000000_a.php',
      `${HEAD}use App\\Models\\{Account, Track, Plain, Country, Ticket, Folder};
       return new class extends Migration { public function up(): void {
         Schema::create('countries', function (Blueprint $t) { $t->unsignedBigInteger('code')->primary(); });
         Schema::create('links', function (Blueprint $t) {
           $t->foreignIdFor(Account::class);
           $t->foreignIdFor(Track::class)->nullable();
           $t->foreignIdFor(Plain::class);
           $t->foreignIdFor(Country::class)->constrained('countries', 'code');
           $t->foreignIdFor(Ticket::class, 'ticket_ref');
           $t->foreignIdFor('App\\Models\\Missing');
           $t->foreignIdFor(Folder::class);
         });
         Schema::table('links', function (Blueprint $t) { $t->dropConstrainedForeignIdFor(Country::class); });
       } };`,
    );
    const { schema, problems } = schemaFromMigrations([m], { index: indexOfFiles([models, m]) });
    expect(problems).toEqual([]);
    expect(findTable(schema, 'links')!.columns.map((c) => `${c.name} ${c.type}`)).toEqual([
      'account_id char(36)',
      'track_id char(26)',
      'plain_id bigint unsigned',
      'ticket_ref char(36)',
      'missing_id bigint unsigned',
      // HasUuids for another column (uniqueIds() without the key) leaves the key an int.
      'folder_id bigint unsigned',
    ]);
  });
});

describe('foreign keys MariaDB refuses', () => {
  it('are reported at their line, as MariaDB words it, and not kept', () => {
    const m = parse(
      'database/migrations/2024_01_01_000000_a.php',
      anon(`Schema::create('teams', function (Blueprint $t) { $t->increments('id'); $t->string('code', 10); });
        Schema::create('members', function (Blueprint $t) {
            $t->id();
            $t->foreignId('team_id')->constrained();
            $t->string('team_code', 10);
            $t->foreign('team_code')->references('code')->on('teams');
            $t->unsignedInteger('main_team_id');
            $t->foreign('main_team_id')->references('id')->on('teams');
        });`),
    );
    const { schema, problems } = schemaFromMigrations([m]);
    expect(problems.map((p) => [p.location.line, p.message.split('.')[0]])).toEqual([
      [13, "Failed to add the foreign key constraint on table 'members'"],
      [15, 'Failed to add the foreign key constraint'],
    ]);
    expect(problems[0].message).toContain('team_id bigint unsigned references teams.id int unsigned');
    expect(problems[1].message).toContain("Missing index for constraint 'members_team_code_foreign'");
    expect(findTable(schema, 'members')!.foreignKeys.map((f) => f.name)).toEqual([
      'members_main_team_id_foreign',
    ]);
  });
});

describe('Laravel versions and PHP syntax', () => {
  it('writes morphs() as Laravel before 5.8 did: int id first, indexed (id, type)', () => {
    const m = parse(
      'database/migrations/2017_01_01_000000_a.php',
      anon(
        `Schema::create('tags', function (Blueprint $t) { $t->morphs('taggable'); $t->nullableMorphs('owner'); });`,
      ),
    );
    const old = schemaFromMigrations([m], { laravelMajor: 5, laravelMinor: 7 });
    const t = findTable(old.schema, 'tags')!;
    expect(t.columns.map((c) => `${c.name} ${c.type}${c.nullable ? ' null' : ''}`)).toEqual([
      'taggable_id int unsigned',
      'taggable_type varchar(255)',
      'owner_id int unsigned null',
      'owner_type varchar(255) null',
    ]);
    expect(t.indexes.map((i) => i.columns.join(','))).toEqual([
      'taggable_id,taggable_type',
      'owner_id,owner_type',
    ]);
    const newer = findTable(schemaFromMigrations([m], { laravelMajor: 5, laravelMinor: 8 }).schema, 'tags')!;
    expect(newer.columns[0].name).toBe('taggable_type');
  });

  it('answers a Blueprint’s getPrefix()/getTable() and hasIndex() guards (Laravel 11+)', () => {
    const m = parse(
      'database/migrations/2024_01_01_000000_a.php',
      anon(`Schema::create('attributes', function (Blueprint $t) { $t->id(); $t->string('code'); });
        foreach ([1, 2] as $round) {
            Schema::table('attributes', function (Blueprint $table) {
                if (! Schema::hasIndex($table->getTable(), $table->getPrefix() . 'attributes_code_index')) {
                    $table->index('code');
                }
            });
        }`),
    );
    const { schema, problems } = schemaFromMigrations([m]);
    expect(problems).toEqual([]);
    expect(findTable(schema, 'attributes')!.indexes.map((i) => i.name)).toEqual([
      'PRIMARY',
      'attributes_code_index',
    ]);
  });

  it("answers Doctrine's schema manager (Laravel 10 and older) from the schema so far", () => {
    const create = parse(
      'database/migrations/2017_01_01_000000_a.php',
      anon(`Schema::create('pages', function (Blueprint $t) { $t->id(); $t->string('name'); $t->text('html');
            $t->index('name', 'name_search'); });
        Schema::create('books', function (Blueprint $t) { $t->id(); $t->string('name'); });`),
    );
    const drop = parse(
      'database/migrations/2017_03_19_000000_b.php',
      anon(`$sm = Schema::getConnection()->getDoctrineSchemaManager();
        $prefix = DB::getTablePrefix();
        foreach (['pages', 'books'] as $name) {
            $table = $sm->introspectTable($prefix . $name);
            if ($table->hasIndex('name_search')) {
                Schema::table($name, function (Blueprint $t) { $t->dropIndex('name_search'); });
            }
        }
        $details = DB::connection()->getDoctrineSchemaManager()->listTableDetails('books');
        if (! $details->hasColumn('slug') && $sm->tablesExist(['pages', 'books'])) {
            Schema::table('books', function (Blueprint $t) { $t->string('slug')->index(); });
        }`),
    );
    const { schema, problems } = schemaFromMigrations([create, drop]);
    expect(problems).toEqual([]);
    expect(findTable(schema, 'pages')!.indexes.map((i) => i.name)).toEqual(['PRIMARY']);
    expect(findTable(schema, 'books')!.indexes.map((i) => i.name)).toEqual(['PRIMARY', 'books_slug_index']);
  });

  it('parses PHP 8.3/8.4 syntax (typed class constants) in a migration', () => {
    const m = parse(
      'database/migrations/2025_01_01_000000_a.php',
      anon(
        `Schema::create(self::TABLE, function (Blueprint $t) { $t->id(); });`,
        `    private const string TABLE = 'organizations';`,
      ),
    );
    expect(findTable(schemaFromMigrations([m]).schema, 'organizations')).toBeDefined();
  });
});

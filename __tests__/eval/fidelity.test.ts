import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  attributeDiffs,
  compareSchemas,
  normalizeDefault,
  normalizeType,
  type ReportSchema,
} from '../../eval/src/fidelity.js';
import { excludedTables, runOracle } from '../../eval/src/oracle.js';
import type { Schema } from '../../src/schema/model.js';

const DB = process.env.PERF_AUDIT_TEST_DB ?? 'mysql://root@127.0.0.1:3306';

type T = ReportSchema['tables'][number];
const col = (name: string, type: string, nullable = false, def: string | null = null) => ({
  name,
  type,
  nullable,
  default: def,
});
const pk = { name: 'PRIMARY', columns: ['id'], unique: true };

function users(): T {
  return {
    name: 'users',
    columns: [
      col('id', 'bigint(20) unsigned'),
      col('email', 'varchar(255)'),
      col('active', 'tinyint(1)', false, '1'),
    ],
    indexes: [pk, { name: 'users_email_unique', columns: ['email'], unique: true }],
  };
}

const schemaOf = (...tables: T[]): Schema => ({
  source: 'migrations',
  tables: tables.map((t) => ({ ...t, foreignKeys: [] })),
});

describe('normalisation', () => {
  it('folds integer display widths, aliases and spacing but keeps the boolean tinyint(1)', () => {
    expect(normalizeType('BIGINT(20) UNSIGNED')).toBe('bigint unsigned');
    expect(normalizeType('int(11)')).toBe('int');
    expect(normalizeType('integer')).toBe('int');
    expect(normalizeType('tinyint(1)')).toBe('tinyint(1)');
    expect(normalizeType('tinyint(4)')).toBe('tinyint');
    expect(normalizeType('boolean')).toBe('tinyint(1)');
    expect(normalizeType('decimal(10, 2)')).toBe('decimal(10,2)');
    expect(normalizeType('json')).toBe('longtext');
    expect(normalizeType('float(53)')).toBe('double');
    expect(normalizeType("ENUM('a, b', 'C')")).toBe("enum('a, b','C')");
    expect(normalizeType('timestamp(0)')).toBe('timestamp');
  });

  it('reads defaults the same way whoever spelt them', () => {
    expect(normalizeDefault('NULL', 'varchar(255)')).toBeNull();
    expect(normalizeDefault("'abc'", 'varchar(255)')).toBe('abc');
    expect(normalizeDefault("'0'", 'int(11)')).toBe('0');
    expect(normalizeDefault('0.00', 'decimal(10,2)')).toBe(normalizeDefault("'0'", 'decimal(10,2)'));
    expect(normalizeDefault('current_timestamp()', 'timestamp')).toBe('current_timestamp');
    expect(normalizeDefault('CURRENT_TIMESTAMP', 'timestamp')).toBe('current_timestamp');
    expect(normalizeDefault("'NULL'", 'varchar(10)')).toBe('NULL');
    expect(normalizeDefault("'JSON'", "enum('json','ubl')")).toBe(
      normalizeDefault("'json'", "enum('json','ubl')"),
    );
    expect(normalizeDefault("'JSON'", 'varchar(10)')).toBe('JSON');
  });
});

describe('compareSchemas', () => {
  it('counts every table, column and index as agreed when the schemas match under normalisation', () => {
    const ours: ReportSchema = {
      tables: [
        {
          name: 'users',
          columns: [
            col('id', 'bigint unsigned'),
            col('email', 'varchar(255)'),
            col('active', 'tinyint(1)', false, "'1'"),
          ],
          indexes: [
            { name: 'whatever', columns: ['email'], unique: true },
            { name: 'PRIMARY', columns: ['id'], unique: true },
          ],
        },
      ],
    };
    const r = compareSchemas(schemaOf(users()), ours, []);
    expect(r.items).toEqual({ expected: 6, agreed: 6, extra: 0 });
    expect(r.agreement).toBe(1);
    expect(r.diffs).toEqual([]);
  });

  it('reports each kind of difference and counts extras against the agreement', () => {
    const oracle = schemaOf(users(), {
      name: 'posts',
      columns: [col('id', 'bigint(20) unsigned')],
      indexes: [pk],
    });
    const ours: ReportSchema = {
      tables: [
        {
          name: 'users',
          // email nullable here; active missing; nickname extra.
          columns: [
            col('id', 'bigint unsigned'),
            col('email', 'varchar(255)', true),
            col('nickname', 'varchar(50)'),
          ],
          indexes: [
            pk,
            { name: 'users_email_index', columns: ['email'], unique: false },
            { name: 'users_nickname_index', columns: ['nickname'], unique: false },
          ],
        },
        { name: 'audits', columns: [col('id', 'int')], indexes: [] },
      ],
    };
    const r = compareSchemas(oracle, ours, []);
    const kinds = r.diffs.map((d) => d.kind).sort();
    expect(kinds).toEqual([
      'column-differs',
      'column-extra',
      'column-missing',
      'index-differs',
      'index-extra',
      'table-extra',
      'table-missing',
    ]);
    expect(r.diffs.find((d) => d.kind === 'column-differs')).toMatchObject({
      table: 'users',
      column: 'email',
      expected: 'varchar(255) not null',
      actual: 'varchar(255) null',
    });
    expect(r.diffs.find((d) => d.kind === 'index-differs')).toMatchObject({
      expected: 'unique (email)',
      actual: '(email)',
    });
    // Expected: users 1+3+2, posts 1+1+1 = 9. Agreed: users table, id, PRIMARY = 3.
    // Extra: nickname column, nickname index, audits table with one column = 1+1+2 = 4.
    expect(r.items).toEqual({ expected: 9, agreed: 3, extra: 4 });
    expect(r.agreement).toBeCloseTo(3 / 13);
  });

  it('leaves out excluded tables and the migrations table on both sides', () => {
    const oracle = schemaOf(users(), { name: 'migrations', columns: [col('id', 'int')], indexes: [] });
    const r = compareSchemas(oracle, { tables: [{ name: 'migrations', columns: [], indexes: [] }] }, [
      'USERS',
    ]);
    expect(r.items).toEqual({ expected: 0, agreed: 0, extra: 0 });
    expect(r.agreement).toBe(1);
  });

  it('tells an index with the same columns in another order from a match', () => {
    const oracle = schemaOf({
      name: 't',
      columns: [col('a', 'int'), col('b', 'int')],
      indexes: [{ name: 't_a_b_index', columns: ['a', 'b'], unique: false }],
    });
    const ours: ReportSchema = {
      tables: [
        {
          name: 't',
          columns: [col('a', 'int(11)'), col('b', 'int(11)')],
          indexes: [{ name: 't_a_b_index', columns: ['b', 'a'], unique: false }],
        },
      ],
    };
    const r = compareSchemas(oracle, ours, []);
    expect(r.diffs.map((d) => d.kind)).toEqual(['index-missing', 'index-extra']);
    expect(r.items).toEqual({ expected: 4, agreed: 3, extra: 1 });
  });
});

describe('index kinds', () => {
  it('tells a FULLTEXT index from a BTREE one on the same column', () => {
    const oracle = schemaOf({
      name: 'notes',
      columns: [col('body', 'text')],
      indexes: [{ name: 'notes_body_fulltext', columns: ['body'], unique: false, kind: 'fulltext' }],
    });
    const ours: ReportSchema = {
      tables: [
        {
          name: 'notes',
          columns: [col('body', 'text')],
          indexes: [{ name: 'x', columns: ['body'], unique: false }],
        },
      ],
    };
    const r = compareSchemas(oracle, ours, []);
    expect(r.diffs).toEqual([
      {
        kind: 'index-differs',
        table: 'notes',
        index: 'notes_body_fulltext',
        expected: 'fulltext (body)',
        actual: '(body)',
      },
    ]);
  });
});

describe('excludedTables', () => {
  it('keeps what a failed migration completed unless another failed one touched it too', () => {
    expect(
      excludedTables([
        {
          file: 'a.php',
          error: 'x',
          tables: ['media'],
          touched: ['media', 'accounts', 'bills'],
          complete: ['accounts', 'bills'],
        },
        { file: 'b.php', error: 'y', tables: ['bills'], touched: ['bills'], complete: [] },
      ]),
    ).toEqual(['bills', 'media']);
  });
});

describe('attributeDiffs', () => {
  const files: Record<string, string> = {
    'database/migrations/2024_01_01_create_users.php': [
      '<?php',
      "Schema::create('users', function ($table) {",
      '    $table->id();',
      "    $table->string('email');",
      '});',
    ].join('\n'),
    'database/migrations/2024_02_01_alter_users.php': [
      '<?php',
      "Schema::table('users', function ($table) {",
      '',
      "    $table->string('email', 100)->change();",
      "    $table->index(['nickname']);",
      '});',
    ].join('\n'),
  };
  const sqlByFile = {
    'database/migrations/2024_01_01_create_users.php': [
      'create table `users` (`id` bigint unsigned not null auto_increment primary key, `email` varchar(255) not null)',
    ],
    'database/migrations/2024_02_01_alter_users.php': [
      'ALTER TABLE users CHANGE email email VARCHAR(100) NOT NULL',
      'alter table `users` add index `users_nickname_index`(`nickname`)',
    ],
  };
  const read = (f: string): string => {
    if (!(f in files)) throw new Error('no such file');
    return files[f];
  };

  it('points at the last migration that touched the column and the line naming it', () => {
    const [d] = attributeDiffs(
      [{ kind: 'column-differs', table: 'users', column: 'email' }],
      sqlByFile,
      read,
    );
    expect(d.source).toEqual({ file: 'database/migrations/2024_02_01_alter_users.php', line: 4 });
  });

  it('prefers the migration that changed the column over a later one that only indexed it', () => {
    const later = {
      ...sqlByFile,
      'database/migrations/2024_03_01_index_users.php': [
        'alter table `users` add index `users_email_index`(`email`)',
      ],
    };
    const [d] = attributeDiffs([{ kind: 'column-differs', table: 'users', column: 'email' }], later, read);
    expect(d.source?.file).toBe('database/migrations/2024_02_01_alter_users.php');
  });

  it('finds an index by its name in the SQL and its column in the PHP', () => {
    const [d] = attributeDiffs(
      [{ kind: 'index-missing', table: 'users', index: 'users_nickname_index', expected: '(nickname)' }],
      sqlByFile,
      read,
    );
    expect(d.source).toEqual({ file: 'database/migrations/2024_02_01_alter_users.php', line: 5 });
  });

  it('falls back to the table, then to line 1, and leaves untouched tables without a source', () => {
    const diffs = attributeDiffs(
      [
        { kind: 'column-missing', table: 'users', column: 'id' },
        { kind: 'table-missing', table: 'posts' },
      ],
      { ...sqlByFile, 'database/migrations/gone.php': ['alter table `users` add `x` int'] },
      read,
    );
    expect(diffs[0].source).toEqual({
      file: 'database/migrations/2024_01_01_create_users.php',
      line: 3 - 2 + 1,
    });
    expect(diffs[1].source).toBeUndefined();
    const [gone] = attributeDiffs(
      [{ kind: 'column-extra', table: 'users', column: 'x' }],
      {
        'database/migrations/gone.php': ['alter table `users` add `x` int'],
      },
      read,
    );
    expect(gone.source).toEqual({ file: 'database/migrations/gone.php', line: 1 });
  });
});

describe('runOracle (real MariaDB, Laravel 8.83)', () => {
  const app = join(process.cwd(), '__tests__', 'fixtures', 'eval', 'oracle-app');

  it('runs the migrations, records the failed ones with their tables, and introspects what Laravel built', async () => {
    const r = await runOracle(app, DB, { timeoutMs: 60_000 });
    expect(r.error).toBeNull();
    // The fatal error ends one child; the next file still runs.
    expect(r.ran).toBe(4);
    expect(r.failed).toEqual([
      {
        file: 'database/migrations/2024_01_03_000000_broken_payments.php',
        error: expect.stringContaining("Key column 'missing_column' doesn't exist"),
        tables: ['payments'],
        touched: ['payments', 'receipts'],
        complete: ['receipts'],
      },
      {
        file: 'database/migrations/2024_01_04_000000_fatal_ghosts.php',
        error: expect.stringContaining('PHP fatal error: Trait "TraitThatDoesNotExist" not found'),
        tables: ['ghosts'],
        touched: ['ghosts'],
        complete: [],
      },
    ]);
    expect(r.excluded).toEqual(['ghosts', 'payments']);
    const names = r.schema.tables.map((t) => t.name).sort();
    expect(names).toEqual(['invoices', 'migrations', 'notes', 'payments', 'receipts', 'refunds', 'users']);
    const users = r.schema.tables.find((t) => t.name === 'users')!;
    // The app's Schema::defaultStringLength(191) and the ulid() column of newer Laravel.
    expect(users.columns.map((c) => `${c.name} ${c.type}`)).toEqual([
      'id bigint(20) unsigned',
      'public_id char(26)',
      'email varchar(191)',
      'created_at timestamp',
      'updated_at timestamp',
    ]);
    const invoices = r.schema.tables.find((t) => t.name === 'invoices')!;
    // The enum's values come from the app's own App\Enums\Status class.
    expect(invoices.columns.find((c) => c.name === 'status')?.type).toBe("enum('draft','sent')");
    // foreignIdFor() of a HasUlids model (whose vendor trait is missing here), and a provider's Blueprint macro.
    expect(invoices.columns.find((c) => c.name === 'team_id')?.type).toBe('char(26)');
    expect(invoices.columns.find((c) => c.name === 'audited_by')?.type).toBe('varchar(191)');
    expect(invoices.engine).toBe('InnoDB');
    expect(r.sqlByFile['database/migrations/2024_01_02_000000_create_invoices_table.php']).toHaveLength(3);
    expect(r.settings).toMatchObject({
      defaultStringLength: 191,
      connection: { name: 'mysql', engine: 'InnoDB' },
    });

    // The oracle compared with itself, the failed migration's table left out: full agreement.
    const self = compareSchemas(r.schema, r.schema, r.excluded);
    expect(self.agreement).toBe(1);
    // users: table, 5 columns, PRIMARY and unique; invoices: table, 6 columns, PRIMARY and the composite index
    // (which MariaDB reuses for the foreign key instead of adding one); notes: table, 2 columns, PRIMARY;
    // refunds and receipts (whole before its migration failed): table, id, PRIMARY.
    expect(self.items.expected).toBe(1 + 5 + 2 + (1 + 6 + 2) + (1 + 2 + 1) + (1 + 1 + 1) + (1 + 1 + 1));

    const [d] = attributeDiffs(
      [{ kind: 'column-differs', table: 'invoices', column: 'amount' }],
      r.sqlByFile,
      (f) => readFileSync(join(app, f), 'utf8'),
    );
    expect(d.source).toEqual({
      file: 'database/migrations/2024_01_02_000000_create_invoices_table.php',
      line: 17,
    });
  });

  it('loads the schema dump first, runs only the migrations it does not record, and keeps the prefix out of names', async () => {
    const dumpApp = join(process.cwd(), '__tests__', 'fixtures', 'eval', 'oracle-dump-app');
    const r = await runOracle(dumpApp, DB, { timeoutMs: 60_000 });
    expect(r.error).toBeNull();
    expect(r.dump).toEqual({ file: 'database/schema/mysql-schema.sql', error: null });
    expect(r.inDump).toBe(1);
    expect(r.ran).toBe(1);
    expect(r.failed).toEqual([]);
    expect(Object.keys(r.sqlByFile)).toEqual([
      'database/migrations/2024_02_01_000000_add_plan_to_accounts.php',
    ]);
    // The app's table prefix: the SQL carries it, the schema is named as the app names its tables.
    expect(r.prefix).toBe('pf_');
    expect(r.schema.tables.map((t) => t.name).sort()).toEqual(['accounts', 'migrations']);
    const [d] = attributeDiffs(
      [{ kind: 'column-missing', table: 'accounts', column: 'plan' }],
      r.sqlByFile,
      (f) => readFileSync(join(dumpApp, f), 'utf8'),
      r.prefix,
    );
    expect(d.source).toEqual({
      file: 'database/migrations/2024_02_01_000000_add_plan_to_accounts.php',
      line: 12,
    });
    const accounts = r.schema.tables.find((t) => t.name === 'accounts')!;
    expect(accounts.columns.map((c) => `${c.name} ${c.type} ${c.default}`)).toEqual([
      'id bigint(20) unsigned null',
      'name varchar(255) null',
      "plan varchar(20) 'free'",
    ]);
  });
});

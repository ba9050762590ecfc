/**
 * Applying: batches with a failing statement in the middle (reported with MariaDB's error, the rest still
 * runs); the schema phase turning rejected statements into Problems at the migration's file:line; the
 * `sql` and `command` sources; the password never showing in a command's output.
 */

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../../src/config/defaults.js';
import { applyIndependent, applyStatements } from '../../src/database/apply.js';
import { connect } from '../../src/database/connection.js';
import { introspectSchema } from '../../src/database/introspect.js';
import { runSchemaPhase } from '../../src/database/schema-phase.js';
import { readAppFiles } from '../../src/project/files.js';
import { parsePhp, type ParsedPhp } from '../../src/project/php/parse.js';
import { findTable } from '../../src/schema/model.js';
import { withScratch } from './helpers.js';

describe('applyStatements', () => {
  it('reports the failing statement of a batch and runs the ones after it', async () => {
    await withScratch(async (db) => {
      const statements = [
        { sql: 'CREATE TABLE a (id int primary key)' },
        { sql: 'CREATE TABLE a (id int)', location: { file: 'x.sql', line: 2 } },
        { sql: 'CREATE TABLE b (id int primary key, a_id int, KEY b_a (a_id))' },
        {
          sql: 'ALTER TABLE b ADD CONSTRAINT b_a_fk FOREIGN KEY (a_id) REFERENCES missing (id)',
          location: { file: 'x.sql', line: 4 },
        },
        { sql: 'CREATE INDEX a_id ON a (id);' },
      ];
      const result = await applyStatements(db.conn, statements);
      expect(result.errors.map((e) => [e.index, e.statement.location, e.code])).toEqual([
        [1, { file: 'x.sql', line: 2 }, 'ER_TABLE_EXISTS_ERROR'],
        [3, { file: 'x.sql', line: 4 }, 'ER_CANT_CREATE_TABLE'],
      ]);
      expect(result.errors[0].message).toContain("Table 'a' already exists");
      expect(result.roundTrips).toBeLessThanOrEqual(6);
      const schema = await introspectSchema(db.conn, db.name);
      expect(schema.tables.map((t) => t.name)).toEqual(['a', 'b']);
      expect(findTable(schema, 'a')!.indexes.map((i) => i.name)).toEqual(['PRIMARY', 'a_id']);
    });
  });

  it('tells how many statements are applied, from 0 to the last (the schema phase count lines)', async () => {
    await withScratch(async (db) => {
      const told: [number, number][] = [];
      const statements = [
        { sql: 'CREATE TABLE p1 (id int primary key)' },
        { sql: 'CREATE TABLE p1 (id int)' },
        { sql: 'CREATE TABLE p2 (id int primary key)' },
      ];
      await applyStatements(db.conn, statements, { progress: (d, t) => told.push([d, t]) });
      expect(told).toEqual([
        [0, 3],
        [1, 3],
        [2, 3],
        [3, 3],
      ]);
    });
  });

  it('runs a run of INSERTs in one transaction and still reports the row that fails', async () => {
    await withScratch(async (db) => {
      const statements = [
        { sql: 'CREATE TABLE t (id int primary key)' },
        { sql: 'INSERT INTO t VALUES (1)', raw: true },
        { sql: 'INSERT INTO t VALUES (1)', raw: true, location: { file: 'd.sql', line: 3 } },
        { sql: 'INSERT INTO t VALUES (2)', raw: true },
        { sql: 'CREATE TABLE u (id int primary key)' },
      ];
      const result = await applyStatements(db.conn, statements, { scratch: db.name, known: [db.name] });
      expect(result.errors.map((e) => [e.index, e.code, e.message])).toEqual([
        [2, 'ER_DUP_ENTRY', "Duplicate entry '1' for key 'PRIMARY'"],
      ]);
      const [rows] = await db.conn.query('SELECT id FROM t ORDER BY id');
      expect(rows).toEqual([{ id: 1 }, { id: 2 }]);
    });
  });

  it('sends one statement per query', async () => {
    await withScratch(async (db) => {
      const statements = Array.from({ length: 50 }, (_, i) => ({
        sql: `CREATE TABLE t${i} (id int primary key, v varchar(10), KEY t${i}_v (v))`,
      }));
      const result = await applyStatements(db.conn, statements);
      // One statement per query: a statement can never carry a second one.
      expect(result).toEqual({ errors: [], refused: [], roundTrips: 50 });
      expect((await introspectSchema(db.conn, db.name)).tables).toHaveLength(50);
    });
  });
});

describe('applyIndependent', () => {
  it('creates tables side by side and reports each failure at its own index, as one connection would', async () => {
    await withScratch(async (db) => {
      const helpers = await Promise.all([1, 2].map(() => connect(db.account.url, db.name)));
      try {
        const creates = Array.from({ length: 12 }, (_, i) => ({
          sql:
            i === 7
              ? 'CREATE TABLE t3 (id int)'
              : `CREATE TABLE t${i} (id int primary key, n int, KEY n (n))`,
          location: { file: 'm.php', line: i + 1 },
        }));
        creates[4] = {
          sql: "CREATE TABLE t4 (id int DEFAULT (LOAD_FILE('/etc/passwd')))",
          location: { file: 'm.php', line: 5 },
        };
        const told: number[] = [];
        const result = await applyIndependent(
          [db.conn, ...helpers],
          [{ sql: 'SET FOREIGN_KEY_CHECKS = 0' }],
          creates,
          { progress: (done) => told.push(done) },
        );
        // Index 0 is the prelude: the CREATE at position i is statement i + 1, as in one applyStatements call.
        expect(result.errors.map((e) => [e.index, e.statement.location?.line, e.code])).toEqual([
          [8, 8, 'ER_TABLE_EXISTS_ERROR'],
        ]);
        expect(result.refused.map((r) => [r.index, r.statement.location?.line])).toEqual([[5, 5]]);
        expect(told.at(-1)).toBe(13); // the prelude and the 12 CREATEs, as one connection would count them
        const schema = await introspectSchema(db.conn, db.name);
        expect(schema.tables).toHaveLength(10);
        // Every connection ran the prelude: a key to a missing table is accepted on any of them.
        for (const conn of [db.conn, ...helpers]) {
          const [rows] = await conn.query('SELECT @@foreign_key_checks AS f');
          expect((rows as { f: number }[])[0].f).toBe(0);
        }
      } finally {
        await Promise.all(helpers.map((c) => c.end()));
      }
    });
  });
});

describe('runSchemaPhase', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'perf-audit-apply-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  function write(root: string, files: Record<string, string>) {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
  }

  async function load(root: string) {
    const app = await readAppFiles(root);
    const parsed = app.php
      .map((f) => parsePhp(f.path, f.text).parsed)
      .filter((p): p is ParsedPhp => p !== null);
    return { app, parsed };
  }

  const migration = (body: string) => `<?php
use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\DB;
use Illuminate\\Support\\Facades\\Schema;

return new class extends Migration {
    public function up(): void
    {
${body}
    }
};
`;

  it('turns statements MariaDB rejects into problems at the migration line and builds the rest', async () => {
    const root = join(tmp, 'bad-app');
    write(root, {
      'database/migrations/2024_01_01_000000_create_teams.php':
        migration(`        Schema::create('teams', function (Blueprint $table) {
            $table->increments('id');
            $table->integer('size')->default('big');
        });`),
      'database/migrations/2024_01_02_000000_create_members.php':
        migration(`        Schema::create('members', function (Blueprint $table) {
            $table->id();
            $table->unsignedInteger('team_id');
            $table->foreign('team_id')->references('id')->on('teams');
        });
        DB::statement('ALTER TABLE members ADD COLUMN nickname varchar(20) NULL');
        DB::statement('ALTER TABLE members ADD COLUMN broken nonsense_type');
        Schema::create('squads', function (Blueprint $table) {
            $table->increments('id');
        });
        Schema::create('players', function (Blueprint $table) {
            $table->id();
            $table->foreignId('squad_id')->constrained();
        });`),
    });
    const { app, parsed } = await load(root);
    const config = defaultConfig(root);
    config.database.schema = 'migrations';
    await withScratch(async (db) => {
      const r = await runSchemaPhase(db, { config, app, parsed });
      // The fold's own refusals come first (as the migrations are folded), then what MariaDB rejected.
      const all = [...(r.foldProblems ?? []), ...r.problems];
      const where = all.map((p) => `${p.location.file}:${p.location.line}`);
      expect(where).toEqual([
        'database/migrations/2024_01_02_000000_create_members.php:22',
        'database/migrations/2024_01_01_000000_create_teams.php:12',
        'database/migrations/2024_01_02_000000_create_members.php:13',
        'database/migrations/2024_01_02_000000_create_members.php:16',
      ]);
      // bigint unsigned → int unsigned: refused as MariaDB refuses it, at the line declaring the key,
      // while the migrations are folded.
      expect(all[0].message).toMatch(/foreign key constraint.*players_squad_id_foreign/i);
      expect(all[1].message).toContain("Invalid default value for 'size'");
      // With the parent missing, MariaDB (checks off) would accept the key; it is reported instead.
      expect(all[2].message).toBe(
        'foreign key members_team_id_foreign references teams, which could not be created',
      );
      expect(all[3].message).toContain('nonsense_type');
      expect(r.schema.tables.map((t) => t.name)).toEqual(['members', 'players', 'squads']);
      expect(findTable(r.schema, 'members')!.columns.map((c) => c.name)).toEqual([
        'id',
        'team_id',
        'nickname',
      ]);
      // Two batches; each failure costs a look-up of the failing statement and a resumed batch.
      expect(r.note).toBe(
        '2 migrations folded into 4 tables (1 raw statement, 6 round trips, 2 statements failed)',
      );
      // Raw SQL may have rebuilt a table or written rows: the planner works on copies.
      expect(r.pristine).toBe(false);
    });
  });

  it('loads plain SQL migration files in name order (schema: sql)', async () => {
    const root = join(tmp, 'sql-app');
    write(root, {
      'sql/002_orders.sql':
        'CREATE TABLE orders (id int primary key, user_id int, KEY orders_user (user_id));\nCREATE INDEX orders_user_id ON orders (user_id, id);',
      'sql/001_users.sql':
        '-- users first\nCREATE TABLE users (id int primary key, email varchar(100) UNIQUE);\nALTER TABLE users ADD COLUMN x int;\nALTER TABLE nope ADD COLUMN y int;',
      'sql/003_elsewhere.sql':
        'CREATE DATABASE perf_audit_test_must_not_exist;\nUSE mysql;\nCREATE TABLE extra (id int primary key);',
    });
    const { app, parsed } = await load(root);
    const config = defaultConfig(root);
    config.database.schema = 'sql';
    config.database.sqlDir = 'sql';
    await withScratch(async (db) => {
      const r = await runSchemaPhase(db, { config, app, parsed });
      expect(r.source).toBe('sql');
      expect(r.problems.map((p) => `${p.location.file}:${p.location.line}`)).toEqual([
        'sql/001_users.sql:4',
        'sql/003_elsewhere.sql:1',
        'sql/003_elsewhere.sql:2',
      ]);
      expect(r.problems[1].message).toContain('repository SQL may only build the scratch schema');
      // Nothing left the scratch database: no new database, and the table after USE landed in the scratch one.
      const [dbs] = await db.conn.query("SHOW DATABASES LIKE 'perf_audit_test_must_not_exist'");
      expect(dbs).toEqual([]);
      expect(r.schema.tables.map((t) => t.name)).toEqual(['extra', 'orders', 'users']);
      expect(findTable(r.schema, 'orders')!.indexes.map((i) => `${i.name}(${i.columns})`)).toEqual([
        'PRIMARY(id)',
        'orders_user(user_id)',
        'orders_user_id(user_id,id)',
      ]);
    });
  });

  it('runs the app command with DB_* pointing at the scratch database and never prints the password', async () => {
    const root = join(tmp, 'cmd-app');
    write(root, { 'README.md': 'x' });
    const { app, parsed } = await load(root);
    const config = defaultConfig(root);
    config.database.schema = 'command';
    config.database.command =
      'MYSQL_PWD="$DB_PASSWORD" mariadb -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USERNAME" "$DB_DATABASE" -e "CREATE TABLE made_by_command (id int primary key)" && echo "connecting with $DB_PASSWORD" && exit 3';
    await withScratch(async (db) => {
      // The command gets the run's account, whose password is never printed.
      const secret = db.account.url.password;
      expect(db.account.user).toMatch(/^perf_audit_[0-9a-f]+$/);
      const r = await runSchemaPhase(db, { config, app, parsed });
      expect(r.source).toBe('command');
      expect(r.schema.tables.map((t) => t.name)).toEqual(['made_by_command']);
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0].message).toContain('exited with 3');
      expect(r.problems[0].message).toContain('connecting with ***');
      expect(JSON.stringify(r)).not.toContain(secret);
    });
  });
});

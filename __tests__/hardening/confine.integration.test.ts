/**
 * Confinement against a hostile repository, on the real MariaDB: repository SQL runs as the per-run account,
 * one statement at a time, guarded; nothing outside the scratch databases is read, written or changed.
 * Sentinels (a database with a secret and a procedure, the user list, server globals, a file path) are
 * compared before and after every attack.
 */

import { jest } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { runAudit } from '../../src/audit.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { connect, createScratchDatabase, parseDbUrl } from '../../src/database/connection.js';
import { ConfinementRefused } from '../../src/database/run-account.js';
import { preparePlanningDatabase } from '../../src/database/scale.js';
import { runCleanups } from '../../src/lifecycle/cleanup.js';
import type { AuditReport } from '../../src/report/audit-report.js';

jest.setTimeout(40_000);

const ROOT_URL = process.env.PERF_AUDIT_TEST_DB ?? 'mysql://root@127.0.0.1:3306';
const url = parseDbUrl(ROOT_URL);
const hex = randomBytes(4).toString('hex');
const SENT = `cf_sentinel_${hex}`;
const SECRET = `TOPSECRET-${hex}`;
const EVIL = `cf_evil_${hex}`;
const OUTFILE = `/tmp/cf-outfile-${hex}`;
const GLOBALS = [
  'max_connections',
  'general_log',
  'log_output',
  'sql_mode',
  'event_scheduler',
  'local_infile',
];

let root: Connection;
let tmp: string;
let hostname: string;

interface Snapshot {
  secrets: unknown;
  calls: unknown;
  globals: unknown;
  users: unknown;
  databases: string[];
}

async function rows(sql: string, params: unknown[] = []): Promise<RowDataPacket[]> {
  const [r] = await root.query<RowDataPacket[]>(sql, params);
  return r;
}

/** What no attack may change. perf_audit_* names are left out: other runs use this server at the same time. */
async function snapshot(): Promise<Snapshot> {
  return {
    secrets: await rows(`SELECT secret FROM \`${SENT}\`.secrets ORDER BY secret`),
    calls: await rows(`SELECT COUNT(*) AS n FROM \`${SENT}\`.calls`),
    globals: await rows(
      `SELECT VARIABLE_NAME, VARIABLE_VALUE FROM information_schema.GLOBAL_VARIABLES WHERE VARIABLE_NAME IN (?) ORDER BY 1`,
      [GLOBALS.map((g) => g.toUpperCase())],
    ),
    users: await rows(
      "SELECT user, host FROM mysql.user WHERE user NOT LIKE 'perf\\_audit\\_%' AND user NOT LIKE 'cf\\_limited\\_%' ORDER BY user, host",
    ),
    databases: (await rows('SHOW DATABASES'))
      .map((r) => String(Object.values(r)[0]))
      .filter((d) => !d.startsWith('perf_audit_'))
      .sort(),
  };
}

function writeApp(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

const php = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** A migration that creates `posts`, then runs each attack through DB::statement (or unprepared). */
function hostileMigration(attacks: string[]): string {
  return `<?php
use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\DB;
use Illuminate\\Support\\Facades\\Schema;

return new class extends Migration {
    public function up(): void
    {
        Schema::create('posts', function (Blueprint $table) {
            $table->id();
            $table->string('title');
        });
${attacks.map((a) => `        DB::${a.includes(';') ? 'unprepared' : 'statement'}(${php(a)});`).join('\n')}
    }
};
`;
}

const ATTACKS = [
  `DROP DATABASE \`${SENT}\``,
  `/*!50000 DROP DATABASE ${SENT} */`,
  `EXECUTE IMMEDIATE 'DROP DATABASE ${SENT}'`,
  `PREPARE s FROM 'DROP DATABASE ${SENT}'`,
  `INSERT INTO posts (title) VALUES ('kept'); INSERT INTO ${SENT}.secrets VALUES ('written')`,
  `CALL ${SENT}.bump()`,
  'SET GLOBAL max_connections = 77',
  `CREATE USER ${EVIL} IDENTIFIED BY 'x'`,
  `GRANT ALL ON *.* TO '${EVIL}'@'%' WITH GRANT OPTION`,
  `SELECT * FROM posts INTO OUTFILE '${OUTFILE}'`,
  "LOAD DATA INFILE '/etc/passwd' INTO TABLE posts",
  'SHUTDOWN',
  `UPDATE posts SET title = extractvalue(1, concat(0x7e, (SELECT secret FROM ${SENT}.secrets)))`,
  'INSERT INTO posts (title) VALUES (extractvalue(1, concat(0x7e, @@hostname)))',
  'ALTER TABLE posts ADD INDEX posts_title (title)',
];

/** Every place PA901 names (one finding per construct lists its places). */
function pa901Places(report: AuditReport): { file: string; line: number; message: string }[] {
  return report.findings
    .filter((f) => f.rule === 'PA901')
    .flatMap((f) => f.evidence['places'] as { file: string; line: number; message: string }[]);
}

function auditConfig(app: string) {
  const config = defaultConfig(app);
  config.database.url = ROOT_URL;
  config.baseline = null;
  return config;
}

/** Statistics rows of perf_audit_* databases that no longer exist (what a run would leave behind). */
async function orphanStats(): Promise<string[]> {
  const r = await rows(
    "SELECT DISTINCT s.db_name AS d FROM mysql.table_stats s LEFT JOIN information_schema.SCHEMATA d ON d.SCHEMA_NAME = s.db_name WHERE s.db_name LIKE 'perf\\_audit\\_%' AND d.SCHEMA_NAME IS NULL",
  );
  return r.map((x) => String(x.d));
}

/** The run's scratch database and account must be gone after the run. */
async function expectRunGone(log: string[]): Promise<void> {
  const names = log.join('\n').match(/perf_audit_[0-9a-f]{12}/g) ?? [];
  expect(names.length).toBeGreaterThan(0);
  for (const name of new Set(names)) {
    expect(await rows('SHOW DATABASES LIKE ?', [name])).toEqual([]);
    expect(await rows('SELECT user FROM mysql.user WHERE user = ?', [name])).toEqual([]);
    expect(await rows('SELECT db_name FROM mysql.table_stats WHERE db_name = ?', [name])).toEqual([]);
  }
}

beforeAll(async () => {
  root = await connect(url);
  tmp = mkdtempSync(join(tmpdir(), 'cf-confine-'));
  await root.query(`CREATE DATABASE \`${SENT}\``);
  await root.query(`CREATE TABLE \`${SENT}\`.secrets (secret varchar(100) PRIMARY KEY)`);
  await root.query(`CREATE TABLE \`${SENT}\`.calls (id int AUTO_INCREMENT PRIMARY KEY)`);
  await root.query(`INSERT INTO \`${SENT}\`.secrets VALUES (?)`, [SECRET]);
  await root.query(`CREATE PROCEDURE \`${SENT}\`.bump() INSERT INTO \`${SENT}\`.calls () VALUES ()`);
  hostname = String((await rows('SELECT @@hostname AS h'))[0].h);
});

afterAll(async () => {
  await root.query(`DROP DATABASE IF EXISTS \`${SENT}\``);
  await root.query(`DROP USER IF EXISTS '${EVIL}'@'%'`);
  await root.end();
  rmSync(tmp, { recursive: true, force: true });
  rmSync(OUTFILE, { force: true });
});

describe('a hostile migration', () => {
  let report: AuditReport;
  let before: Snapshot;
  let orphansBefore: string[] = [];
  const log: string[] = [];

  beforeAll(async () => {
    const app = join(tmp, 'migrations-app');
    writeApp(app, {
      'database/migrations/2024_01_01_000000_hostile.php': hostileMigration(ATTACKS),
      'app/Http/Controllers/PostController.php': `<?php
namespace App\\Http\\Controllers;
use Illuminate\\Support\\Facades\\DB;
class PostController {
    public function index() { return DB::table('posts')->where('title', 'x')->get(); }
}
`,
    });
    const config = auditConfig(app);
    config.queries = [
      { name: 'leak', sql: `SELECT extractvalue(1, concat(0x7e, (SELECT secret FROM ${SENT}.secrets)))` },
      { name: 'leak-global', sql: 'SELECT extractvalue(1, concat(0x7e, @@hostname)) FROM posts' },
      { name: 'wait', sql: 'SELECT sleep(30) FROM posts' },
      { name: 'fine', sql: "SELECT * FROM posts WHERE title = 'x'" },
    ];
    before = await snapshot();
    orphansBefore = await orphanStats();
    const started = Date.now();
    report = await runAudit(config, { log: (l) => log.push(l) });
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('leaves no statistics rows of its planning twin', async () => {
    const left = (await orphanStats()).filter((d) => !orphansBefore.includes(d));
    expect(left).toEqual([]);
  });

  it('leaves the sentinel database, users, globals and files untouched', async () => {
    expect(await snapshot()).toEqual(before);
    expect(existsSync(OUTFILE)).toBe(false);
    expect(await rows('SELECT user FROM mysql.user WHERE user = ?', [EVIL])).toEqual([]);
  });

  it('names every refused statement at its file:line and builds the rest', () => {
    const refused = pa901Places(report).filter((f) => /not run/.test(f.message));
    const file = 'database/migrations/2024_01_01_000000_hostile.php';
    // Every attack except the harmless INSERT INTO posts and the index, and the @@hostname one (run, rejected).
    expect(refused.length).toBeGreaterThanOrEqual(ATTACKS.length - 3);
    for (const f of refused) {
      expect(f.file).toBe(file);
      expect(f.line).toBeGreaterThan(10);
    }
    const posts = report.schema!.tables.find((t) => t.name === 'posts');
    expect(posts?.indexes.map((i) => i.name)).toContain('posts_title');
    expect(report.phases.find((p) => p.name === 'schema')?.status).toBe('ran');
  });

  it('never puts the secret, the server hostname it quoted or a password in the report', () => {
    const text = JSON.stringify(report);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(`~${hostname}`);
    expect(text).toMatch(/message withheld/);
  });

  it('EXPLAINs only the safe critical query', () => {
    const byName = Object.fromEntries(report.explains.map((e) => [e.name, e]));
    expect(byName.leak?.error).toMatch(/only the scratch database/);
    expect(byName.wait?.error).toMatch(/sleep/);
    expect(byName.fine?.verdict).not.toBe('error');
    expect(JSON.stringify(report.explains)).not.toContain(SECRET);
  });

  it('drops its scratch databases and its account', async () => {
    await expectRunGone(log);
  });
});

describe('a migration whose column expression calls a denied function', () => {
  it('does not create that table, says where, and builds the others', async () => {
    const app = join(tmp, 'expression-app');
    writeApp(app, {
      'database/migrations/2024_01_01_000000_waits.php': `<?php
use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;

return new class extends Migration {
    public function up(): void
    {
        Schema::create('waiting', function (Blueprint $table) {
            $table->id();
            $table->integer('slow')->virtualAs('sleep(20)');
        });
        Schema::create('fine', function (Blueprint $table) {
            $table->id();
        });
    }
};
`,
    });
    const log: string[] = [];
    const started = Date.now();
    const report = await runAudit(auditConfig(app), { log: (l) => log.push(l) });
    expect(Date.now() - started).toBeLessThan(15_000);
    // The refused table is not in MariaDB; it keeps its static verdicts (named uncertain) in the report.
    expect(report.schema!.tables.map((t) => t.name)).toContain('fine');
    const refused = pa901Places(report).filter((f) => /sleep\(\)/.test(f.message));
    expect(refused).toHaveLength(1);
    expect(refused[0].file).toBe('database/migrations/2024_01_01_000000_waits.php');
    await expectRunGone(log);
  });
});

describe('the per-run account itself', () => {
  it('cannot reach anything outside its scratch database, whatever the statement', async () => {
    const before = await snapshot();
    const db = await createScratchDatabase(url);
    try {
      expect(db.account.kind).toBe('created');
      expect(db.account.user).toBe(db.name);
      const attempts = [
        `SELECT secret FROM \`${SENT}\`.secrets`,
        `DROP DATABASE \`${SENT}\``,
        `CALL \`${SENT}\`.bump()`,
        `EXECUTE IMMEDIATE 'DROP DATABASE ${SENT}'`,
        'SET GLOBAL max_connections = 77',
        `CREATE USER ${EVIL}`,
        `GRANT ALL ON *.* TO '${db.name}'@'%'`,
        `SELECT 1 INTO OUTFILE '${OUTFILE}'`,
        'SELECT load_file("/etc/passwd") AS f',
        'SHUTDOWN',
        'CREATE TABLE a (id int); DROP DATABASE x',
        'SELECT user FROM mysql.user',
      ];
      for (const sql of attempts) {
        const outcome = await db.conn.query<RowDataPacket[]>(sql).then(
          ([r]) => (Array.isArray(r) && r[0] && 'f' in r[0] ? r[0].f : 'ran'),
          (e: { code?: string }) => e.code ?? 'error',
        );
        // load_file without the FILE privilege answers NULL; everything else is refused by the server.
        if (sql.startsWith('SELECT load_file')) expect(outcome).toBeNull();
        else expect({ sql, outcome }).not.toEqual({ sql, outcome: 'ran' });
      }
      const [grants] = await db.conn.query<RowDataPacket[]>('SHOW GRANTS');
      const text = grants.map((g) => String(Object.values(g)[0])).join('\n');
      expect(text).toMatch(/GRANT USAGE ON \*\.\*/);
      expect(text).not.toMatch(/GRANT (ALL|SUPER|FILE|PROCESS|RELOAD|SHUTDOWN|CREATE USER)[^\n]* ON \*\.\*/);
      expect(text).not.toMatch(/EXECUTE|CREATE ROUTINE|EVENT|TRIGGER|GRANT OPTION/);
    } finally {
      await db.drop();
    }
    expect(await rows('SELECT user FROM mysql.user WHERE user = ?', [db.name])).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('the cleanup registry', () => {
  it('drops the scratch database, the planning twin, its statistics rows and the account', async () => {
    const db = await createScratchDatabase(url);
    await db.conn.query('CREATE TABLE t (id int primary key, a int, KEY t_a (a))');
    const planning = await preparePlanningDatabase(db, { assumeRows: 1000, tables: {} });
    expect(
      await rows('SELECT db_name FROM mysql.table_stats WHERE db_name = ?', [planning.name]),
    ).toHaveLength(1);
    await runCleanups();
    for (const name of [db.name, planning.name]) {
      expect(await rows('SHOW DATABASES LIKE ?', [name])).toEqual([]);
      expect(await rows('SELECT db_name FROM mysql.table_stats WHERE db_name = ?', [name])).toEqual([]);
      expect(await rows('SELECT db_name FROM mysql.index_stats WHERE db_name = ?', [name])).toEqual([]);
    }
    expect(await rows('SELECT user FROM mysql.user WHERE user = ?', [db.account.user])).toEqual([]);
    // Dropping again afterwards is a no-op.
    await planning.close();
    await db.drop();
  });
});

describe('a hostile schema dump', () => {
  it('runs mysqldump boilerplate, refuses the rest at its line, touches nothing else', async () => {
    const app = join(tmp, 'dump-app');
    writeApp(app, {
      'database/schema/mysql-schema.sql': [
        '/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;',
        '/*!40101 SET NAMES utf8mb4 */;',
        '/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;',
        'CREATE TABLE `orders` (`id` int NOT NULL, `user_id` int, PRIMARY KEY (`id`)) ENGINE=InnoDB;',
        `/*!50000 DROP DATABASE \`${SENT}\` */;`,
        `INSERT INTO \`${SENT}\`.secrets VALUES ('dumped');`,
        "SET GLOBAL general_log = 'ON';",
        `CREATE TABLE stolen AS SELECT * FROM ${SENT}.secrets;`,
        "CREATE TABLE `audit` (`id` int) ENGINE=CONNECT TABLE_TYPE=CSV FILE_NAME='/etc/passwd';",
        '/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;',
        '',
      ].join('\n'),
    });
    const config = auditConfig(app);
    config.database.schema = 'dump';
    const before = await snapshot();
    const log: string[] = [];
    const report = await runAudit(config, { log: (l) => log.push(l) });
    expect(await snapshot()).toEqual(before);
    const problems = pa901Places(report).map((f) => `${f.file}:${f.line}`);
    expect(problems).toEqual(
      expect.arrayContaining([5, 6, 7, 8, 9].map((n) => `database/schema/mysql-schema.sql:${n}`)),
    );
    expect(problems).not.toContain('database/schema/mysql-schema.sql:1');
    expect(problems).not.toContain('database/schema/mysql-schema.sql:2');
    expect(report.schema!.tables.map((t) => t.name)).toEqual(['orders']);
    expect(JSON.stringify(report)).not.toContain(SECRET);
    await expectRunGone(log);
  });
});

describe('a given account that cannot create users', () => {
  const limited = `cf_limited_${hex}`;
  const confinedUser = `cf_limited_c_${hex}`;
  afterAll(async () => {
    await root.query(`DROP USER IF EXISTS '${limited}'@'%'`);
    await root.query(`DROP USER IF EXISTS '${confinedUser}'@'%'`);
  });

  it('runs no repository SQL with it when it holds rights beyond perf_audit_* (static verdicts, said why)', async () => {
    await root.query(`CREATE USER '${limited}'@'%' IDENTIFIED BY 'lpw'`);
    await root.query(`GRANT ALL PRIVILEGES ON \`${SENT}\`.* TO '${limited}'@'%'`);
    await root.query(`GRANT CREATE, DROP ON *.* TO '${limited}'@'%'`);
    const limitedUrl = `mysql://${limited}:lpw@${url.host}:${url.port}`;
    await expect(createScratchDatabase(parseDbUrl(limitedUrl))).rejects.toBeInstanceOf(ConfinementRefused);

    const app = join(tmp, 'limited-app');
    writeApp(app, {
      'database/migrations/2024_01_01_000000_hostile.php': hostileMigration([`DROP TABLE ${SENT}.secrets`]),
    });
    const config = auditConfig(app);
    config.database.url = limitedUrl;
    const before = await snapshot();
    // Given but unusable: the run stops with the cause, unless the database is optional.
    await expect(runAudit(config)).rejects.toThrow(
      /^the database at .* cannot be used: .*cannot create the per-run account/,
    );
    config.database.optional = true;
    const report = await runAudit(config);
    expect(await snapshot()).toEqual(before);
    const schema = report.phases.find((p) => p.name === 'schema');
    expect(schema?.status).toBe('skipped');
    expect(schema?.note).toMatch(/cannot create the per-run account/);
    expect(JSON.stringify(report)).not.toContain('lpw');
    // No database was left behind by the attempt.
    const [dbs] = await root.query<RowDataPacket[]>('SHOW DATABASES');
    expect(dbs.length).toBeGreaterThan(0);
  });

  it('refuses, leaving nothing behind, when it can create users but not grant them rights', async () => {
    const granter = `cf_limited_g_${hex}`;
    await root.query(`CREATE USER '${granter}'@'%' IDENTIFIED BY 'gpw'`);
    try {
      await root.query(`GRANT CREATE USER, CREATE, DROP ON *.* TO '${granter}'@'%'`);
      const users = await rows(
        "SELECT user FROM mysql.user WHERE user LIKE 'perf\\_audit\\_%' ORDER BY user",
      );
      const err = await createScratchDatabase(
        parseDbUrl(`mysql://${granter}:gpw@${url.host}:${url.port}`),
      ).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConfinementRefused);
      expect(String((err as Error).message)).toMatch(/cannot give the per-run account its rights/);
      // The account it created and the database are gone again (others' runs may add their own meanwhile).
      const after = await rows(
        "SELECT user FROM mysql.user WHERE user LIKE 'perf\\_audit\\_%' ORDER BY user",
      );
      const name = /on (perf_audit_[0-9a-f]{12})/.exec((err as Error).message)?.[1] ?? '';
      expect(name).not.toBe('');
      expect(after.map((r) => r.user)).not.toContain(name);
      expect(users.map((r) => r.user)).not.toContain(name);
      expect(await rows('SHOW DATABASES LIKE ?', [name])).toEqual([]);
    } finally {
      await root.query(`DROP USER IF EXISTS '${granter}'@'%'`);
    }
  });

  it('uses it as the run account when its grants cover only perf_audit_* databases', async () => {
    await root.query(`CREATE USER '${confinedUser}'@'%' IDENTIFIED BY 'cpw'`);
    await root.query(`GRANT ALL PRIVILEGES ON \`perf\\_audit\\_%\`.* TO '${confinedUser}'@'%'`);
    const db = await createScratchDatabase(parseDbUrl(`mysql://${confinedUser}:cpw@${url.host}:${url.port}`));
    try {
      expect(db.account.kind).toBe('given');
      expect(db.account.user).toBe(confinedUser);
      await db.conn.query('CREATE TABLE t (id int primary key)');
      await expect(db.conn.query(`SELECT * FROM \`${SENT}\`.secrets`)).rejects.toMatchObject({
        code: 'ER_TABLEACCESS_DENIED_ERROR',
      });
    } finally {
      await db.drop();
    }
    expect(await rows('SHOW DATABASES LIKE ?', [db.name])).toEqual([]);

    // A whole run with it: the schema is built, the planner says it could not scale, nothing else changes.
    const app = join(tmp, 'confined-app');
    writeApp(app, {
      'database/migrations/2024_01_01_000000_hostile.php': hostileMigration([`DROP TABLE ${SENT}.secrets`]),
    });
    const config = auditConfig(app);
    config.database.url = `mysql://${confinedUser}:cpw@${url.host}:${url.port}`;
    const before = await snapshot();
    const log: string[] = [];
    const report = await runAudit(config, { log: (l) => log.push(l) });
    expect(await snapshot()).toEqual(before);
    expect(report.schema!.tables.map((t) => t.name)).toEqual(['posts']);
    expect(report.phases.find((p) => p.name === 'planner')?.note).toMatch(/could not write production-size/);
    expect(JSON.stringify(report)).not.toContain('cpw');
    await expectRunGone(log.filter((l) => !l.includes(confinedUser)));
  });
});

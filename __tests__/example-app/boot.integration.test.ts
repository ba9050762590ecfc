/**
 * examples/laravel-app is the app the seed audit audited. This boots it for real: Debian's Laravel 8.83,
 * `php artisan migrate` into a scratch MariaDB database, then every page served by `php -S` and by
 * php-fpm + nginx. The schema facts checked here are the ones the audit (and perf-audit) relies on.
 */

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { RowDataPacket } from 'mysql2/promise';
import { createScratchDatabase } from '../../src/database/connection.js';
import type { ScratchDatabase } from '../../src/database/connection.js';
import {
  EXAMPLE_APP_DIR,
  defaultDbUrl,
  fpmNginxAvailable,
  migrateExampleApp,
  phpAvailable,
  startExampleApp,
} from '../helpers/laravel-app.js';
import type { ExampleServer, RunningExampleApp } from '../helpers/laravel-app.js';

// In CI the tools are installed by scripts/install-php.sh, so a missing one must fail there, not skip.
const inCi = Boolean(process.env.CI);
const describeWithPhp = phpAvailable() || inCi ? describe : describe.skip;

const EXPECTED_TABLES = [
  'cache',
  'cache_locks',
  'certificates',
  'chapters',
  'courses',
  'discord_practices',
  'failed_jobs',
  'integration_events',
  'jobs',
  'lessons',
  'messages',
  'migrations',
  'orders',
  'practice_packages',
  'sessions',
  'telescope_entries',
  'telescope_entries_tags',
  'telescope_monitoring',
  'users',
];

const MIGRATION_FILES = readdirSync(join(EXAMPLE_APP_DIR, 'database', 'migrations')).filter((f) =>
  f.endsWith('.php'),
);

/** Index name → its columns in order, for one table of the scratch database. */
async function indexesOf(db: ScratchDatabase, table: string): Promise<Map<string, string[]>> {
  const [rows] = await db.conn.query<RowDataPacket[]>(
    `SELECT index_name, column_name FROM information_schema.statistics
      WHERE table_schema = ? AND table_name = ? ORDER BY index_name, seq_in_index`,
    [db.name, table],
  );
  const indexes = new Map<string, string[]>();
  for (const row of rows) {
    const name = String(row.index_name ?? row.INDEX_NAME);
    indexes.set(name, [...(indexes.get(name) ?? []), String(row.column_name ?? row.COLUMN_NAME)]);
  }
  return indexes;
}

function bcrypt(password: string): string {
  return execFileSync('php', ['-r', 'echo password_hash($argv[1], PASSWORD_BCRYPT);', password], {
    encoding: 'utf8',
  });
}

async function seed(db: ScratchDatabase): Promise<void> {
  const hash = bcrypt('secret-password');
  await db.conn.query(
    `INSERT INTO users (id, name, email, password, role, created_at, updated_at) VALUES
       (1, 'Ada Admin', 'ada@example.test', ?, 'admin', NOW(), NOW()),
       (2, 'Grace Admin', 'grace@example.test', ?, 'admin', NOW(), NOW()),
       (3, 'Sam Student', 'sam@example.test', ?, 'student', NOW(), NOW())`,
    [hash, hash, hash],
  );
  await db.conn.query(
    `INSERT INTO courses (id, title, slug, published, created_at, updated_at) VALUES
       (1, 'Guitar Basics', 'guitar-basics', 1, NOW(), NOW()),
       (2, 'Piano Harmony', 'piano-harmony', 1, NOW(), NOW())`,
  );
  await db.conn.query(
    `INSERT INTO chapters (id, course_id, title, position, created_at, updated_at) VALUES
       (1, 1, 'Open Chords', 1, NOW(), NOW()),
       (2, 1, 'Strumming', 2, NOW(), NOW()),
       (3, 2, 'Seventh Chords', 1, NOW(), NOW())`,
  );
  await db.conn.query(
    `INSERT INTO lessons (chapter_id, title, position, created_at, updated_at) VALUES
       (1, 'C and G', 1, NOW(), NOW()), (1, 'D and E minor', 2, NOW(), NOW()), (1, 'Changes', 3, NOW(), NOW()),
       (3, 'Dominant sevenths', 1, NOW(), NOW())`,
  );
  // Twelve certificates a day apart: the page must show the ten newest, newest first.
  const certificates = Array.from({ length: 12 }, (_, i) => [
    3,
    1,
    `CERT-${String(i + 1).padStart(4, '0')}`,
    12 - i,
  ]);
  await db.conn.query(
    `INSERT INTO certificates (user_id, course_id, code, created_at, updated_at)
     SELECT v.user_id, v.course_id, v.code, NOW() - INTERVAL v.days DAY, NOW() FROM (
       ${certificates.map(() => 'SELECT ? AS user_id, ? AS course_id, ? AS code, ? AS days').join(' UNION ALL ')}
     ) v`,
    certificates.flat(),
  );
  await db.conn.query(
    `INSERT INTO discord_practices (coach_id, title, start_at, created_at, updated_at) VALUES
       (1, 'Tomorrow jam', NOW() + INTERVAL 1 DAY, NOW(), NOW()),
       (1, 'Next week ensemble', NOW() + INTERVAL 7 DAY, NOW(), NOW()),
       (2, 'Last week recap', NOW() - INTERVAL 7 DAY, NOW(), NOW())`,
  );
}

async function get(
  app: RunningExampleApp,
  path: string,
): Promise<{ status: number; body: string; cookies: string[] }> {
  const res = await fetch(`${app.baseUrl}${path}`, {
    redirect: 'manual',
    signal: AbortSignal.timeout(15_000),
  });
  return { status: res.status, body: await res.text(), cookies: res.headers.getSetCookie() };
}

describeWithPhp('examples/laravel-app on Debian Laravel 8.83', () => {
  let db: ScratchDatabase | undefined;
  let migrateOutput = '';
  const running: RunningExampleApp[] = [];

  beforeAll(async () => {
    db = await createScratchDatabase(defaultDbUrl());
    const migrated = await migrateExampleApp(db.name, { db: db.url });
    migrateOutput = migrated.output;
    await seed(db);
  });

  afterAll(async () => {
    await Promise.all(running.map((app) => app.stop()));
    await db?.drop();
  });

  it('php artisan migrate runs every migration into the scratch database', async () => {
    for (const file of MIGRATION_FILES)
      expect(migrateOutput).toContain(`Migrated:  ${file.replace(/\.php$/, '')}`);
    const [rows] = await db!.conn.query<RowDataPacket[]>(
      'SELECT table_name AS t FROM information_schema.tables WHERE table_schema = ? ORDER BY table_name',
      [db!.name],
    );
    expect(rows.map((r) => String(r.t))).toEqual(EXPECTED_TABLES);
    const [done] = await db!.conn.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM migrations');
    expect(Number(done[0].n)).toBe(MIGRATION_FILES.length);
  });

  it('a second migrate finds nothing to do', async () => {
    const again = await migrateExampleApp(db!.name, { db: db!.url });
    expect(again.output).toContain('Nothing to migrate');
  });

  it('has the audit’s two missing indexes and the role index that made its third query pass', async () => {
    const practices = await indexesOf(db!, 'discord_practices');
    const certificates = await indexesOf(db!, 'certificates');
    const users = await indexesOf(db!, 'users');
    expect([...practices.values()].flat()).not.toContain('start_at');
    expect([...certificates.values()].flat()).not.toContain('created_at');
    expect([...users.values()].some((cols) => cols[0] === 'role')).toBe(true);
  });

  it('indexes every foreign key column (leftmost), so only the two audit indexes are missing', async () => {
    const [fks] = await db!.conn.query<RowDataPacket[]>(
      `SELECT table_name AS t, column_name AS c FROM information_schema.key_column_usage
        WHERE table_schema = ? AND referenced_table_name IS NOT NULL`,
      [db!.name],
    );
    expect(fks.length).toBeGreaterThanOrEqual(9);
    for (const fk of fks) {
      const indexes = await indexesOf(db!, String(fk.t));
      expect({
        fk: `${fk.t}.${fk.c}`,
        indexed: [...indexes.values()].some((cols) => cols[0] === fk.c),
      }).toEqual({
        fk: `${fk.t}.${fk.c}`,
        indexed: true,
      });
    }
  });

  const servers: ExampleServer[] = ['php-s', 'fpm-nginx'];
  describe.each(servers)('served by %s', (server) => {
    let app: RunningExampleApp;
    const available = server === 'php-s' || fpmNginxAvailable() || inCi;
    const maybeIt = available ? it : it.skip;

    beforeAll(async () => {
      if (!available) return;
      app = await startExampleApp({ dbName: db!.name, db: db!.url, server });
      running.push(app);
    });

    afterAll(async () => {
      await app?.stop();
    });

    maybeIt('GET /login renders the form and stores the session in the database', async () => {
      const [before] = await db!.conn.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM sessions');
      const page = await get(app, '/login');
      expect(page.status).toBe(200);
      expect(page.body).toContain('<h1>Login</h1>');
      expect(page.body).toMatch(/name="_token" value="[A-Za-z0-9]{40}"/);
      expect(page.cookies.some((c) => c.startsWith('academia_session='))).toBe(true);
      const [after] = await db!.conn.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM sessions');
      expect(Number(after[0].n)).toBe(Number(before[0].n) + 1);
    });

    maybeIt('GET / redirects to the login page', async () => {
      const page = await get(app, '/');
      expect(page.status).toBe(302);
    });

    maybeIt('GET /practices lists only upcoming practices, soonest first', async () => {
      const page = await get(app, '/practices');
      expect(page.status).toBe(200);
      expect(page.body).not.toContain('Last week recap');
      const tomorrow = page.body.indexOf('Tomorrow jam');
      const nextWeek = page.body.indexOf('Next week ensemble');
      expect(tomorrow).toBeGreaterThan(-1);
      expect(nextWeek).toBeGreaterThan(tomorrow);
    });

    maybeIt('GET /certificates lists the ten newest certificates, newest first', async () => {
      const page = await get(app, '/certificates');
      expect(page.status).toBe(200);
      const codes = [...page.body.matchAll(/class="certificate">(CERT-\d{4})/g)].map((m) => m[1]);
      expect(codes).toEqual(Array.from({ length: 10 }, (_, i) => `CERT-${String(12 - i).padStart(4, '0')}`));
    });

    maybeIt('GET /admins lists the users whose role is admin', async () => {
      const page = await get(app, '/admins');
      expect(page.status).toBe(200);
      expect(page.body).toContain('ada@example.test');
      expect(page.body).toContain('grace@example.test');
      expect(page.body).not.toContain('sam@example.test');
    });

    maybeIt('GET /courses lists each course with its chapters and lesson counts', async () => {
      const page = await get(app, '/courses');
      expect(page.status).toBe(200);
      const chapters = [...page.body.matchAll(/class="chapter">([^<]+)</g)].map((m) => m[1].trim());
      expect(chapters).toEqual([
        'Open Chords (3 lessons)',
        'Strumming (0 lessons)',
        'Seventh Chords (1 lessons)',
      ]);
    });
  });
});

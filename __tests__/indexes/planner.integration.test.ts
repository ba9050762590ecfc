import type { RowDataPacket } from 'mysql2/promise';
import { connect, parseDbUrl } from '../../src/database/connection.js';
import type { ScratchDatabase } from '../../src/database/connection.js';
import { runPlannerPhase } from '../../src/database/planner.js';
import type { PlannerResult } from '../../src/database/planner.js';
import { scansTable } from '../../src/database/explain.js';
import {
  DB_URL,
  SEED_SQL,
  recentCertificates,
  scratchWith,
  seedConfig,
  seedSchema,
  seedShapes,
  shape,
  upcomingPractices,
  usersWithRole,
} from './seed.js';
import { runSql } from '../helpers/sql.js';
import { introspectSchema } from '../../src/database/introspect.js';

const planOf = (r: PlannerResult, id: string) => r.plans.find((p) => p.shapeId === id)!;

describe('planner at production scale (seed tables)', () => {
  let db: ScratchDatabase;
  let result: PlannerResult;

  beforeAll(async () => {
    db = await scratchWith(SEED_SQL);
    result = await runPlannerPhase(db, { config: seedConfig(), schema: seedSchema(), shapes: seedShapes() });
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('sees the upcoming-practices query as a full scan with filesort over 1,000,000 rows', () => {
    const [a] = planOf(result, upcomingPractices.id).before.accesses;
    expect(a).toMatchObject({ table: 'discord_practices', access: 'ALL', rows: 1_000_000, filesort: true });
  });

  it('sees the recent-certificates query as a full scan with filesort', () => {
    const [a] = planOf(result, recentCertificates.id).before.accesses;
    expect(a).toMatchObject({ table: 'certificates', access: 'ALL', rows: 1_000_000, filesort: true });
  });

  it('sees users-with-role use users_role_index', () => {
    const [a] = planOf(result, usersWithRole.id).before.accesses;
    expect(a).toMatchObject({ table: 'users', access: 'ref', key: 'users_role_index', filesort: false });
  });

  it('proves exactly the two proposed indexes: both EXPLAINs then use them', () => {
    const byName = Object.fromEntries(result.proofs.map((p) => [p.indexName, p]));
    expect(Object.keys(byName).sort()).toEqual([
      'certificates_created_at_index',
      'discord_practices_start_at_index',
    ]);
    const practices = byName.discord_practices_start_at_index.after.accesses[0];
    expect(practices).toMatchObject({
      access: 'range',
      key: 'discord_practices_start_at_index',
      filesort: false,
    });
    const certificates = byName.certificates_created_at_index.after.accesses[0];
    expect(certificates).toMatchObject({ key: 'certificates_created_at_index', filesort: false, rows: 10 });
    expect(scansTable(byName.certificates_created_at_index.after, 'certificates')).toBe(false);
  });

  it('EXPLAINs the critical queries as written', () => {
    const byName = Object.fromEntries(result.criticalPlans.map((c) => [c.name, c.plan]));
    expect(byName['Upcoming practices'].accesses[0]).toMatchObject({ access: 'ALL', filesort: true });
    expect(byName['Recent certificates'].accesses[0]).toMatchObject({ access: 'ALL', filesort: true });
    expect(byName['Users with role'].accesses[0]).toMatchObject({ access: 'ref', key: 'users_role_index' });
    expect(result.note).toMatch(/1,000,000 rows per table/);
  });

  it('leaves no statistics and no planning database behind', async () => {
    const admin = await connect(parseDbUrl(DB_URL));
    try {
      const [dbs] = await admin.query<RowDataPacket[]>(
        'SELECT SCHEMA_NAME AS n FROM information_schema.SCHEMATA',
      );
      const names = dbs.map((r) => String(r.n));
      expect(result.planningDatabase).toMatch(/^perf_audit_/);
      expect(names).not.toContain(result.planningDatabase);
      for (const stats of ['table_stats', 'index_stats', 'column_stats']) {
        const [rows] = await admin.query<RowDataPacket[]>(
          `SELECT COUNT(*) AS n FROM mysql.${stats} WHERE db_name IN (?, ?)`,
          [result.planningDatabase, db.name],
        );
        expect(Number(rows[0].n)).toBe(0);
      }
      // Indexes tried in proofs never touch the audited database.
      const [idx] = await admin.query<RowDataPacket[]>(
        "SELECT COUNT(*) AS n FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? AND INDEX_NAME LIKE '%start_at%'",
        [db.name],
      );
      expect(Number(idx[0].n)).toBe(0);
    } finally {
      await admin.end();
    }
  });
});

describe('planning in place (nothing reads the scratch database afterwards)', () => {
  // Plans, proofs and notes without the database name, which is the only thing allowed to differ.
  const comparable = (r: PlannerResult) =>
    JSON.parse(JSON.stringify({ ...r, ms: 0, planningDatabase: '' }).replaceAll(r.planningDatabase, 'db'));
  // The seed tables without their foreign keys.
  const withoutKeys = SEED_SQL.split('\n')
    .filter((line) => !line.includes('CONSTRAINT'))
    .join('\n')
    .replace(/,\n\);/g, '\n);');
  const input = () => ({ config: seedConfig(), schema: seedSchema(), shapes: seedShapes() });

  it('gives the same plans, proofs and critical plans as a twin, in the scratch database itself', async () => {
    const copyDb = await scratchWith(withoutKeys);
    const inPlaceDb = await scratchWith(withoutKeys);
    try {
      const twin = await runPlannerPhase(copyDb, input());
      const inPlace = await runPlannerPhase(inPlaceDb, { ...input(), inPlace: true });
      expect(inPlace.planningDatabase).toBe(inPlaceDb.name);
      expect(twin.planningDatabase).not.toBe(copyDb.name);
      expect(inPlace.proofs.length).toBe(2);
      expect(comparable(inPlace)).toEqual(comparable(twin));
      // The filled tables are dropped already: the scratch's own drop is then quick.
      const [left] = await inPlaceDb.conn.query<RowDataPacket[]>('SHOW TABLES');
      expect(left).toEqual([]);
      // Without it, the scratch database keeps its empty tables.
      const [kept] = await copyDb.conn.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM certificates');
      expect(Number(kept[0].n)).toBe(0);
    } finally {
      await copyDb.drop();
      await inPlaceDb.drop();
    }
  });

  it('plans tables linked by foreign keys in place too, as a twin would, and drops them all', async () => {
    const copyDb = await scratchWith(SEED_SQL);
    const db = await scratchWith(SEED_SQL);
    try {
      const twin = await runPlannerPhase(copyDb, input());
      const r = await runPlannerPhase(db, { ...input(), inPlace: true });
      expect(r.planningDatabase).toBe(db.name);
      expect(r.proofs.length).toBe(2);
      expect(comparable(r)).toEqual(comparable(twin));
      const [tables] = await db.conn.query<RowDataPacket[]>('SHOW TABLES');
      expect(tables).toEqual([]);
    } finally {
      await copyDb.drop();
      await db.drop();
    }
  });

  it('hands the drop of its tables to the caller when asked, with the plans already made', async () => {
    const db = await scratchWith(SEED_SQL);
    try {
      let closing: Promise<void> | null = null;
      const r = await runPlannerPhase(db, { ...input(), inPlace: true, closeLater: (p) => (closing = p) });
      expect(closing).not.toBeNull();
      expect(r.proofs.length).toBe(2);
      await closing;
      const [tables] = await db.conn.query<RowDataPacket[]>('SHOW TABLES');
      expect(tables).toEqual([]);
    } finally {
      await db.drop();
    }
  });

  it('drops a web of linked tables in place without waiting on their locks', async () => {
    // 60 tables, each pointing at the one before it and at the first: every one is linked to every other.
    const ddl = Array.from({ length: 60 }, (_, i) => {
      const keys =
        i === 0
          ? ''
          : `, prev_id BIGINT UNSIGNED, root_id BIGINT UNSIGNED, KEY (prev_id), KEY (root_id), ` +
            `FOREIGN KEY (prev_id) REFERENCES t${i - 1} (id), FOREIGN KEY (root_id) REFERENCES t0 (id)`;
      return `CREATE TABLE t${i} (id BIGINT UNSIGNED PRIMARY KEY, name VARCHAR(40)${keys}) ENGINE=InnoDB;`;
    }).join('\n');
    const db = await scratchWith(ddl);
    try {
      const schema = await introspectSchema(db.conn, db.name);
      const shapes = Array.from({ length: 60 }, (_, i) =>
        shape({ table: `t${i}`, where: [{ column: 'name', op: '=' }] }),
      );
      const r = await runPlannerPhase(db, { config: seedConfig(), schema, shapes, inPlace: true });
      expect(r.planningDatabase).toBe(db.name);
      expect(r.proofs.length).toBe(60);
      const [tables] = await db.conn.query<RowDataPacket[]>('SHOW TABLES');
      expect(tables).toEqual([]);
    } finally {
      await db.drop();
    }
  }, 120_000);
});

describe('critical queries from the config', () => {
  it('only ever EXPLAINs them: a smuggled second statement or a write never runs', async () => {
    const db = await scratchWith(SEED_SQL);
    try {
      const config = seedConfig();
      config.queries = [
        { name: 'smuggled', sql: 'SELECT * FROM users; DROP TABLE users' },
        { name: 'write', sql: 'DELETE FROM users' },
        { name: 'typo', sql: 'SELECT * FROM nowhere' },
        { name: 'fine', sql: "SELECT * FROM users WHERE role = 'admin';" },
      ];
      const r = await runPlannerPhase(db, { config, schema: seedSchema(), shapes: [] });
      const byName = Object.fromEntries(r.criticalPlans.map((c) => [c.name, c.plan]));
      expect(byName.smuggled.error).toMatch(/one statement at a time/);
      expect(byName.write.error).toMatch(/only SELECT/);
      expect(byName.typo.error).toMatch(/doesn't exist/);
      expect(byName.fine.accesses[0]).toMatchObject({ access: 'ref', key: 'users_role_index' });
      const [rows] = await db.conn.query<RowDataPacket[]>('SHOW TABLES');
      expect(rows.map((x) => String(Object.values(x)[0]))).toContain('users');
    } finally {
      await db.drop();
    }
  });
});

describe('verdicts do not depend on how many rows CI holds', () => {
  const verdictOf = (r: PlannerResult, id: string) =>
    planOf(r, id).before.accesses.map((a) => ({
      access: a.access,
      key: a.key,
      filesort: a.filesort,
      rows: a.rows,
    }));
  const assumeRowsOverride = shape({
    table: 'certificates',
    where: [{ column: 'user_id', op: '=' }],
    orderBy: [{ column: 'created_at', direction: 'desc' }],
  });

  it('judges the same queries the same on an empty and on a filled table', async () => {
    const empty = await scratchWith(SEED_SQL);
    const filled = await scratchWith(SEED_SQL);
    try {
      await runSql(
        filled.conn,
        `
        INSERT INTO users (name, email, password, role)
          SELECT CONCAT('u', seq), CONCAT('u', seq, '@x.test'), 'x', IF(seq % 10 = 0, 'admin', 'student') FROM seq_1_to_5000;
        INSERT INTO discord_practices (title, start_at, created_at)
          SELECT CONCAT('p', seq), NOW() + INTERVAL seq MINUTE, NOW() - INTERVAL seq MINUTE FROM seq_1_to_20000;
        INSERT INTO courses (title) SELECT CONCAT('c', seq) FROM seq_1_to_10;
        INSERT INTO certificates (user_id, course_id, code, created_at)
          SELECT 1 + seq % 5000, 1 + seq % 10, CONCAT('code', seq), NOW() - INTERVAL seq MINUTE FROM seq_1_to_20000;`,
      );
      const shapes = [...seedShapes(), assumeRowsOverride];
      const input = { config: seedConfig(), schema: seedSchema(), shapes };
      const a = await runPlannerPhase(empty, input);
      const b = await runPlannerPhase(filled, input);
      for (const s of shapes) expect(verdictOf(b, s.id)).toEqual(verdictOf(a, s.id));
      expect(b.proofs.map((p) => [p.indexName, p.after.accesses[0].key])).toEqual(
        a.proofs.map((p) => [p.indexName, p.after.accesses[0].key]),
      );
      expect(verdictOf(a, upcomingPractices.id)[0]).toMatchObject({ access: 'ALL', rows: 1_000_000 });
    } finally {
      await empty.drop();
      await filled.drop();
    }
  });

  it('scales each table to its configured size', async () => {
    const db = await scratchWith(SEED_SQL);
    try {
      const config = seedConfig();
      config.database.assumeRows = 2_000_000;
      config.database.tables = { discord_practices: 50_000 };
      const r = await runPlannerPhase(db, { config, schema: seedSchema(), shapes: seedShapes() });
      expect(planOf(r, upcomingPractices.id).before.accesses[0].rows).toBe(50_000);
      expect(planOf(r, recentCertificates.id).before.accesses[0].rows).toBe(2_000_000);
    } finally {
      await db.drop();
    }
  });
});

import type { RowDataPacket } from 'mysql2/promise';
import { defaultConfig } from '../../src/config/defaults.js';
import type { ScratchDatabase } from '../../src/database/connection.js';
import { introspectSchema } from '../../src/database/introspect.js';
import { runPlannerPhase } from '../../src/database/planner.js';
import type { PlannerResult } from '../../src/database/planner.js';
import { preparePlanningDatabase } from '../../src/database/scale.js';
import type { PlanningDatabase } from '../../src/database/scale.js';
import type { Schema } from '../../src/schema/model.js';
import { DB_URL, scratchWith, shape } from './seed.js';
import { connect, parseDbUrl } from '../../src/database/connection.js';

// Fixtures written for these tests: a soft-deleted table with a weak deleted_at index, a boolean-lead
// index, a parent/child pair, a pivot with a composite unique key, and a table no query reads.
const SQL = `
CREATE TABLE statuses (id bigint unsigned auto_increment PRIMARY KEY, name varchar(40) NOT NULL);
CREATE TABLE tickets (
  id bigint unsigned auto_increment PRIMARY KEY,
  status_id bigint unsigned NOT NULL,
  title varchar(255) NOT NULL,
  priority enum('low','normal','high') NOT NULL DEFAULT 'normal',
  deleted_at timestamp NULL,
  created_at timestamp NULL,
  updated_at timestamp NULL,
  KEY tickets_deleted_at_index (deleted_at)
);
CREATE TABLE teams (id bigint unsigned auto_increment PRIMARY KEY, name varchar(255) NOT NULL);
CREATE TABLE users (
  id bigint unsigned auto_increment PRIMARY KEY,
  email varchar(255) NOT NULL,
  code char(4) NOT NULL,
  UNIQUE KEY users_email_unique (email),
  UNIQUE KEY users_code_unique (code)
);
CREATE TABLE posts (
  id bigint unsigned auto_increment PRIMARY KEY,
  team_id bigint unsigned NOT NULL,
  user_id bigint unsigned NULL,
  is_published tinyint(1) NOT NULL DEFAULT 0,
  state varchar(20) NOT NULL,
  commentable_type varchar(255) NOT NULL,
  created_at timestamp NULL,
  KEY posts_is_published_index (is_published)
);
CREATE TABLE team_user (
  team_id bigint unsigned NOT NULL,
  user_id bigint unsigned NOT NULL,
  role varchar(20) NOT NULL,
  UNIQUE KEY team_user_team_id_user_id_unique (team_id, user_id),
  CONSTRAINT team_user_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE TABLE flags (
  a tinyint(1) NOT NULL,
  b tinyint(1) NOT NULL,
  UNIQUE KEY flags_a_b_unique (a, b)
);
CREATE TABLE audit_log (id bigint unsigned auto_increment PRIMARY KEY, message text NOT NULL);
`;

const openTickets = shape({
  table: 'tickets',
  where: [
    { column: 'status_id', op: '=' },
    { column: 'tickets.deleted_at', op: 'is null', via: 'SoftDeletes' },
  ],
});
const teamPosts = shape({
  table: 'posts',
  where: [
    { column: 'team_id', op: '=' },
    { column: 'is_published', op: '=', value: true },
    { column: 'state', op: '=', value: 'draft' },
    { column: 'state', op: '!=', value: 'archived' },
    { column: 'commentable_type', op: '=', value: 'App\\Models\\Video' },
  ],
});
const members = shape({
  table: 'team_user',
  where: [{ column: 'team_id', op: '=' }],
  joins: [{ table: 'users', on: [{ left: 'users.id', right: 'team_user.user_id' }], type: 'inner' }],
});
const flagged = shape({ table: 'flags', where: [{ column: 'a', op: '=' }] });
const shapes = [openTickets, teamPosts, members, flagged];

const planOf = (r: PlannerResult, id: string) => r.plans.find((p) => p.shapeId === id)!;
const proofFor = (r: PlannerResult, table: string) => r.proofs.find((p) => p.table === table)!;

describe('generated rows in the planning copy (MariaDB)', () => {
  let db: ScratchDatabase;
  let schema: Schema;

  beforeAll(async () => {
    db = await scratchWith(SQL);
    schema = await introspectSchema(db.conn, db.name);
  });
  afterAll(async () => {
    await db?.drop();
  });

  const run = (generateRows: number, tables: Record<string, number> = {}) => {
    const config = defaultConfig('/tmp/app');
    config.database.generateRows = generateRows;
    config.database.tables = tables;
    return runPlannerPhase(db, { config, schema, shapes });
  };

  describe('with rows (the default)', () => {
    let result: PlannerResult;
    beforeAll(async () => {
      result = await run(10_000);
    });

    it('rejects a weak deleted_at index (ALL) and takes the proposed status_id index (ref)', () => {
      const [before] = planOf(result, openTickets.id).before.accesses;
      expect(before).toMatchObject({
        table: 'tickets',
        access: 'ALL',
        rows: 1_000_000,
        tableRows: 1_000_000,
      });
      const proof = proofFor(result, 'tickets');
      expect(proof.columns).toEqual(['status_id']);
      const [after] = proof.after.accesses;
      expect(after).toMatchObject({ access: 'ref', key: proof.indexName });
      // 1,000,000 statuses over 1,000,000 tickets: a lookup reads a handful of rows (scaled from 10,000).
      expect(after.rows).toBeLessThanOrEqual(1_000);
    });

    it('rejects a boolean-lead index for the selective team_id', () => {
      const [before] = planOf(result, teamPosts.id).before.accesses;
      expect(before.key).not.toBe('posts_is_published_index');
      expect(before.access).toBe('ALL');
      const proof = proofFor(result, 'posts');
      expect(proof.columns[0]).toBe('team_id');
      expect(proof.after.accesses[0]).toMatchObject({ access: 'ref', key: proof.indexName });
    });

    it('says how the copies were filled', () => {
      expect(result.note).toMatch(/queried tables filled with [\d,]+(–[\d,]+)? generated rows/);
    });
  });

  describe('empty copies (generate-rows: 0), as before', () => {
    it('fall for the deleted_at index at "1 row": the case the rows are for', async () => {
      const result = await run(0);
      const [before] = planOf(result, openTickets.id).before.accesses;
      expect(before).toMatchObject({ access: 'ref', key: 'tickets_deleted_at_index' });
      expect(result.note).toMatch(/empty copies with written statistics/);
    });
  });

  describe('the rows themselves', () => {
    let planning: PlanningDatabase;
    const one = async (sql: string) => {
      const [rows] = await planning.conn.query<RowDataPacket[]>(sql);
      return rows[0];
    };
    beforeAll(async () => {
      planning = await preparePlanningDatabase(db, {
        assumeRows: 1_000_000,
        tables: { teams: 300, statuses: 40, users: 20_000 },
        generate: { schema, shapes, maxRows: 12_500 },
      });
    });
    afterAll(async () => {
      await planning?.close();
    });

    it('empties a table whose unique keys hold far fewer rows than planned, and says so', async () => {
      expect(planning.sampled.has('flags')).toBe(false);
      expect(Number((await one('SELECT COUNT(*) AS n FROM flags')).n)).toBe(0);
      expect(planning.warnings.join('; ')).toMatch(/flags \(its unique keys hold \d+ of 5000 rows\)/);
    });

    it('fills only the tables a query reads', async () => {
      expect([...planning.sampled.keys()].sort()).toEqual(['posts', 'team_user', 'tickets', 'users']);
      expect(Number((await one('SELECT COUNT(*) AS n FROM audit_log')).n)).toBe(0);
      expect(Number((await one('SELECT COUNT(*) AS n FROM teams')).n)).toBe(0);
      expect(Number((await one('SELECT COUNT(*) AS n FROM posts')).n)).toBe(5_000);
    });

    it('spreads foreign keys over the parent size', async () => {
      const t = await one(
        'SELECT COUNT(DISTINCT status_id) AS d, MIN(status_id) AS lo, MAX(status_id) AS hi FROM tickets',
      );
      expect(Number(t.d)).toBe(40);
      expect([Number(t.lo), Number(t.hi)]).toEqual([1, 40]);
      const p = await one('SELECT COUNT(DISTINCT team_id) AS d, MAX(team_id) AS hi FROM posts');
      expect(Number(p.d)).toBeGreaterThan(250);
      expect(Number(p.hi)).toBeLessThanOrEqual(300);
    });

    it('keeps unique and composite unique keys distinct, within the column length', async () => {
      const u = await one(
        'SELECT COUNT(*) AS n, COUNT(DISTINCT email) AS e, COUNT(DISTINCT code) AS c, MAX(LENGTH(code)) AS len FROM users',
      );
      expect(Number(u.n)).toBe(5_000);
      expect([Number(u.e), Number(u.c)]).toEqual([5_000, 5_000]);
      expect(Number(u.len)).toBeLessThanOrEqual(4);
      const pivot = await one(
        'SELECT COUNT(*) AS n, COUNT(DISTINCT team_id, user_id) AS d, COUNT(DISTINCT team_id) AS teams FROM team_user',
      );
      expect(Number(pivot.n)).toBe(5_000);
      expect(Number(pivot.d)).toBe(5_000);
      expect(Number(pivot.teams)).toBe(300);
    });

    it('gives booleans two values, enums their members, status-like columns the code literals', async () => {
      const b = await one('SELECT COUNT(DISTINCT is_published) AS d, AVG(is_published) AS avg FROM posts');
      expect(Number(b.d)).toBe(2);
      expect(Number(b.avg)).toBeGreaterThan(0.4);
      expect(Number(b.avg)).toBeLessThan(0.6);
      const [states] = await planning.conn.query<RowDataPacket[]>(
        'SELECT DISTINCT state AS s FROM posts ORDER BY s',
      );
      expect(states.map((r) => r.s)).toEqual([
        'archived',
        'draft',
        ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `sample${n}`),
      ]);
      const [types] = await planning.conn.query<RowDataPacket[]>(
        'SELECT DISTINCT commentable_type AS t FROM posts ORDER BY t',
      );
      expect(types.map((r) => r.t)).toContain('App\\Models\\Video');
      const [priorities] = await planning.conn.query<RowDataPacket[]>(
        'SELECT DISTINCT priority AS p FROM tickets ORDER BY p',
      );
      expect(priorities.map((r) => r.p).sort()).toEqual(['high', 'low', 'normal']);
    });

    it('leaves soft-deleted rows few, audit timestamps set, other nullable columns mostly set', async () => {
      const t = await one(
        'SELECT AVG(deleted_at IS NULL) AS live, AVG(created_at IS NULL) AS nocreated, MIN(created_at) AS lo, MAX(created_at) AS hi FROM tickets',
      );
      expect(Number(t.live)).toBeGreaterThan(0.97);
      expect(Number(t.nocreated)).toBe(0);
      expect(new Date(t.lo).getTime()).toBeLessThan(Date.parse('2024-02-01'));
      expect(new Date(t.hi).getTime()).toBeGreaterThan(Date.parse('2026-01-01'));
      const p = await one('SELECT AVG(user_id IS NULL) AS none FROM posts');
      expect(Number(p.none)).toBeGreaterThan(0.05);
      expect(Number(p.none)).toBeLessThan(0.2);
    });

    it('measures the filled tables from their rows', async () => {
      const admin = await connect(parseDbUrl(DB_URL));
      const [rows] = await admin
        .query<RowDataPacket[]>(
          'SELECT table_name AS t, cardinality AS n FROM mysql.table_stats WHERE db_name = ? ORDER BY t',
          [planning.name],
        )
        .finally(() => admin.end());
      const byTable = Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]));
      expect(byTable.posts).toBe(5_000);
      // Empty tables keep the written production figure.
      expect(byTable.audit_log).toBe(1_000_000);
    });
  });
});

// MariaDB spells a JSON column `longtext` with a json_valid() check: a text value fails the check, and
// INSERT IGNORE drops the row. A check of the app's own that the generated values fail drops them too.
const CHECKED_SQL = `
CREATE TABLE orders (
  id bigint unsigned auto_increment PRIMARY KEY,
  customer_id bigint unsigned NOT NULL,
  status varchar(20) NOT NULL,
  meta json NOT NULL,
  extra json NULL,
  note longtext NULL
);
CREATE TABLE refunds (
  id bigint unsigned auto_increment PRIMARY KEY,
  order_id bigint unsigned NOT NULL,
  amount int NOT NULL CHECK (amount < 0)
);
`;

describe('generated rows and column checks (MariaDB)', () => {
  let db: ScratchDatabase;
  let schema: Schema;
  let planning: PlanningDatabase;
  const one = async (sql: string) => {
    const [rows] = await planning.conn.query<RowDataPacket[]>(sql);
    return rows[0];
  };
  const byCustomer = shape({
    table: 'orders',
    where: [
      { column: 'customer_id', op: '=' },
      { column: 'meta', op: '=', value: 'paid' },
      { column: 'meta', op: '=', value: 'open' },
    ],
  });
  const byOrder = shape({ table: 'refunds', where: [{ column: 'order_id', op: '=' }] });

  beforeAll(async () => {
    db = await scratchWith(CHECKED_SQL);
    schema = await introspectSchema(db.conn, db.name);
    planning = await preparePlanningDatabase(db, {
      assumeRows: 1_000_000,
      tables: {},
      generate: { schema, shapes: [byCustomer, byOrder], maxRows: 2_000 },
    });
  });
  afterAll(async () => {
    await planning?.close();
    await db?.drop();
  });

  it('reads which longtext columns are JSON', () => {
    const orders = schema.tables.find((t) => t.name === 'orders')!;
    const json = (name: string) => orders.columns.find((c) => c.name === name)!.json ?? false;
    expect(orders.columns.find((c) => c.name === 'meta')!.type).toBe('longtext');
    expect([json('meta'), json('extra'), json('note'), json('status')]).toEqual([true, true, false, false]);
  });

  it('fills a table with JSON columns, whatever literals the code compares them to', async () => {
    expect(planning.sampled.has('orders')).toBe(true);
    const o = await one(
      'SELECT COUNT(*) AS n, SUM(JSON_VALID(meta)) AS valid, COUNT(DISTINCT customer_id) AS customers FROM orders',
    );
    expect(Number(o.n)).toBe(2_000);
    expect(Number(o.valid)).toBe(2_000);
    expect(Number(o.customers)).toBeGreaterThan(1_000);
  });

  it("empties a table whose check the values fail, and gives MariaDB's reason", async () => {
    expect(planning.sampled.has('refunds')).toBe(false);
    expect(Number((await one('SELECT COUNT(*) AS n FROM refunds')).n)).toBe(0);
    expect(planning.warnings.join('; ')).toMatch(
      /refunds \(0 of 2000 rows kept: CONSTRAINT `refunds\.amount` failed/,
    );
  });
});

// A scheduled delete of the rows older than `now()->subDays(15)` finds those that aged past the cutoff since
// its last run; a read with the same filter finds every old row the table keeps.
const LOGS_SQL = `
CREATE TABLE logs (
  id bigint unsigned auto_increment PRIMARY KEY,
  message varchar(255) NOT NULL,
  created_at timestamp NULL
);
`;

describe('a pruning delete against generated rows (MariaDB)', () => {
  let db: ScratchDatabase;
  let result: PlannerResult;
  const where = [{ column: 'created_at', op: '<' as const, pastCutoff: true as const }];
  const prune = shape({ id: 'logs prune', table: 'logs', where, prunes: true });
  const read = shape({ id: 'logs read', table: 'logs', where });

  beforeAll(async () => {
    db = await scratchWith(LOGS_SQL);
    const config = defaultConfig('/tmp/app');
    config.database.generateRows = 10_000;
    result = await runPlannerPhase(db, {
      config,
      schema: await introspectSchema(db.conn, db.name),
      shapes: [prune, read],
    });
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('plans the delete on the rows past the cutoff: the proposed created_at index reads a sliver', () => {
    const plan = planOf(result, prune.id);
    expect(plan.before.accesses[0]).toMatchObject({ access: 'ALL', rows: 1_000_000 });
    expect(plan.after?.accesses[0]).toMatchObject({ access: 'range', key: plan.proposedIndex });
    expect(plan.after!.accesses[0].rows).toBeLessThan(50_000);
  });

  it('plans the read on every old row: an index on created_at does not narrow it', () => {
    const plan = planOf(result, read.id);
    const after = plan.after?.accesses[0];
    const withIndex = after && after.key === plan.proposedIndex ? after.rows : 1_000_000;
    expect(withIndex).toBeGreaterThan(500_000);
  });
});

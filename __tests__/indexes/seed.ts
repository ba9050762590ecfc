/**
 * The seed audit's three critical queries, by hand: the tables as Laravel 8 creates them from the example
 * app's migrations, the same tables as a Schema value, and the three query shapes.
 */

import type { ProjectModel, QueryShape } from '../../src/project/model.js';
import type { DatabaseFacts, ExplainSummary, IndexProof, Plan, ShapePlan } from '../../src/database/types.js';
import type { RuleContext } from '../../src/rules/rule.js';
import type { Column, Index, Schema, Table } from '../../src/schema/model.js';
import { defaultConfig } from '../../src/config/defaults.js';
import type { Config } from '../../src/config/model.js';
import { createScratchDatabase, parseDbUrl } from '../../src/database/connection.js';
import type { ScratchDatabase } from '../../src/database/connection.js';
import { runSql } from '../helpers/sql.js';
import type { Finding } from '../../src/findings.js';
import { finalize } from '../../src/rules/finalize.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import { introspectSchema } from '../../src/database/introspect.js';
import { runPlannerPhase } from '../../src/database/planner.js';
import { renderCreateTable } from '../../src/schema/ddl.js';

export const SEED_SQL = `
CREATE TABLE users (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(255) NOT NULL,
  email varchar(255) NOT NULL,
  email_verified_at timestamp NULL,
  password varchar(255) NOT NULL,
  role varchar(255) NOT NULL DEFAULT 'student',
  remember_token varchar(100) NULL,
  created_at timestamp NULL,
  updated_at timestamp NULL,
  UNIQUE KEY users_email_unique (email),
  KEY users_role_index (role)
);
CREATE TABLE courses (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title varchar(255) NOT NULL,
  created_at timestamp NULL,
  updated_at timestamp NULL
);
CREATE TABLE discord_practices (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  coach_id bigint unsigned NULL,
  title varchar(255) NOT NULL,
  discord_channel varchar(255) NULL,
  start_at datetime NOT NULL,
  duration_minutes smallint unsigned NOT NULL DEFAULT 60,
  capacity smallint unsigned NOT NULL DEFAULT 10,
  created_at timestamp NULL,
  updated_at timestamp NULL,
  KEY discord_practices_coach_id_foreign (coach_id),
  CONSTRAINT discord_practices_coach_id_foreign FOREIGN KEY (coach_id) REFERENCES users (id)
);
CREATE TABLE certificates (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id bigint unsigned NOT NULL,
  course_id bigint unsigned NOT NULL,
  code varchar(255) NOT NULL,
  created_at timestamp NULL,
  updated_at timestamp NULL,
  UNIQUE KEY certificates_code_unique (code),
  KEY certificates_user_id_foreign (user_id),
  KEY certificates_course_id_foreign (course_id),
  CONSTRAINT certificates_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id),
  CONSTRAINT certificates_course_id_foreign FOREIGN KEY (course_id) REFERENCES courses (id)
);`;

const col = (name: string, type: string, nullable = false): Column => ({
  name,
  type,
  nullable,
  default: null,
});
const idx = (name: string, columns: string[], unique = false, primary = false): Index => ({
  name,
  columns,
  unique,
  primary,
});
const timestamps = [col('created_at', 'timestamp', true), col('updated_at', 'timestamp', true)];

export function seedSchema(): Schema {
  const tables: Table[] = [
    {
      name: 'users',
      columns: [
        col('id', 'bigint(20) unsigned'),
        col('name', 'varchar(255)'),
        col('email', 'varchar(255)'),
        col('email_verified_at', 'timestamp', true),
        col('password', 'varchar(255)'),
        col('role', 'varchar(255)'),
        col('remember_token', 'varchar(100)', true),
        ...timestamps,
      ],
      indexes: [
        idx('PRIMARY', ['id'], true, true),
        idx('users_email_unique', ['email'], true),
        idx('users_role_index', ['role']),
      ],
      foreignKeys: [],
    },
    {
      name: 'courses',
      columns: [col('id', 'bigint(20) unsigned'), col('title', 'varchar(255)'), ...timestamps],
      indexes: [idx('PRIMARY', ['id'], true, true)],
      foreignKeys: [],
    },
    {
      name: 'discord_practices',
      columns: [
        col('id', 'bigint(20) unsigned'),
        col('coach_id', 'bigint(20) unsigned', true),
        col('title', 'varchar(255)'),
        col('discord_channel', 'varchar(255)', true),
        col('start_at', 'datetime'),
        col('duration_minutes', 'smallint(5) unsigned'),
        col('capacity', 'smallint(5) unsigned'),
        ...timestamps,
      ],
      indexes: [idx('PRIMARY', ['id'], true, true), idx('discord_practices_coach_id_foreign', ['coach_id'])],
      foreignKeys: [
        {
          name: 'discord_practices_coach_id_foreign',
          columns: ['coach_id'],
          refTable: 'users',
          refColumns: ['id'],
        },
      ],
    },
    {
      name: 'certificates',
      columns: [
        col('id', 'bigint(20) unsigned'),
        col('user_id', 'bigint(20) unsigned'),
        col('course_id', 'bigint(20) unsigned'),
        col('code', 'varchar(255)'),
        ...timestamps,
      ],
      indexes: [
        idx('PRIMARY', ['id'], true, true),
        idx('certificates_code_unique', ['code'], true),
        idx('certificates_user_id_foreign', ['user_id']),
        idx('certificates_course_id_foreign', ['course_id']),
      ],
      foreignKeys: [
        { name: 'certificates_user_id_foreign', columns: ['user_id'], refTable: 'users', refColumns: ['id'] },
        {
          name: 'certificates_course_id_foreign',
          columns: ['course_id'],
          refTable: 'courses',
          refColumns: ['id'],
        },
      ],
    },
  ];
  return { source: 'static', tables };
}

/** A shape with the defaults filled in. */
export function shape(partial: Partial<QueryShape> & { table: string }): QueryShape {
  const s: QueryShape = {
    id: '',
    where: [],
    joins: [],
    orderBy: [],
    groupBy: [],
    location: { file: 'app/Http/Controllers/X.php', line: 1 },
    origin: 'eloquent',
    code: '',
    ...partial,
  };
  if (!s.id) {
    s.id = [
      s.table,
      s.where.map((p) => `${p.fn ?? ''}${p.column}${p.op}`).join('&'),
      s.joins.map((j) => j.table).join('+'),
      s.orderBy.map((o) => `${o.column} ${o.direction}`).join(','),
      s.groupBy.join(','),
      s.limit ?? '',
    ].join('|');
  }
  return s;
}

export const upcomingPractices = shape({
  table: 'discord_practices',
  where: [{ column: 'start_at', op: '>' }],
  orderBy: [{ column: 'start_at', direction: 'asc' }],
  location: { file: 'app/Http/Controllers/PracticeController.php', line: 19 },
  code: "DiscordPractice::where('start_at', '>', now())->orderBy('start_at')",
});

export const recentCertificates = shape({
  table: 'certificates',
  orderBy: [{ column: 'created_at', direction: 'desc' }],
  limit: 10,
  location: { file: 'app/Http/Controllers/CertificateController.php', line: 19 },
  code: 'Certificate::latest()->take(10)',
});

export const usersWithRole = shape({
  table: 'users',
  where: [{ column: 'role', op: '=', value: 'admin' }],
  location: { file: 'app/Http/Controllers/AdminController.php', line: 19 },
  code: "User::where('role', 'admin')",
});

export const seedShapes = (): QueryShape[] => [upcomingPractices, recentCertificates, usersWithRole];

export function seedConfig(): Config {
  const config = defaultConfig('/tmp/app');
  config.database.url = 'mysql://root@127.0.0.1:3306';
  config.queries = [
    {
      name: 'Upcoming practices',
      sql: 'SELECT * FROM discord_practices WHERE start_at > NOW() ORDER BY start_at',
    },
    { name: 'Recent certificates', sql: 'SELECT * FROM certificates ORDER BY created_at DESC LIMIT 10' },
    { name: 'Users with role', sql: "SELECT * FROM users WHERE role = 'admin'" },
  ];
  return config;
}

export const DB_URL = process.env.PERF_AUDIT_DB_URL ?? 'mysql://root@127.0.0.1:3306';

/** A scratch database holding the given DDL; the caller drops it. */
export async function scratchWith(sql: string): Promise<ScratchDatabase> {
  const db = await createScratchDatabase(parseDbUrl(DB_URL));
  try {
    await runSql(db.conn, sql);
    return db;
  } catch (err) {
    await db.drop();
    throw err;
  }
}

/** A rule context over hand-written facts: the project's shapes, the schema, and (optionally) planner output. */
export function contextWith(opts: {
  shapes: QueryShape[];
  schema: Schema;
  config?: Config;
  planner?: {
    plans: ShapePlan[];
    criticalPlans: { name: string; plan: Plan }[];
    proofs: IndexProof[];
  } | null;
}): RuleContext {
  const project: ProjectModel = {
    root: '/tmp/app',
    laravelVersion: 8,
    migrationFiles: [],
    schema: opts.schema,
    models: [],
    queries: opts.shapes,
    settings: {},
    problems: [],
    phpFiles: 0,
  };
  const database: DatabaseFacts | null = opts.planner
    ? {
        serverVersion: '10.11',
        schema: opts.schema,
        applyProblems: [],
        plans: opts.planner.plans,
        criticalPlans: opts.planner.criticalPlans,
        proofs: opts.planner.proofs,
        failedJobs: null,
        capture: null,
      }
    : null;
  return { config: opts.config ?? seedConfig(), project, schema: opts.schema, database, http: null };
}

/**
 * The finished findings of one index rule on one query whose plan before any proposed index is `plan` (no
 * proof was made): for rules read against a plan written by hand.
 */
export function findingsOnPlan(
  ruleId: string,
  query: QueryShape,
  schema: Schema,
  plan: Plan,
  config: Config = seedConfig(),
): Finding[] {
  const planner = { plans: [{ shapeId: query.id, before: plan }], criticalPlans: [], proofs: [] };
  const rule = indexesRules.find((r) => r.id === ruleId)!;
  return rule
    .check(contextWith({ shapes: [query], schema, planner, config }))
    .map((d) => finalize(rule, d, config));
}

/**
 * The findings of each index rule once MariaDB's planner has judged `shapes` on tables made by `sql`, filled
 * with 10,000 generated rows (`configure` adjusts the config, e.g. `database.tables`). The scratch database
 * is dropped before the rules run: they read only what the planner gathered.
 */
export async function plannedFindings(
  sql: string,
  shapes: QueryShape[],
  configure: (config: Config) => void = () => {},
): Promise<(ruleId: string) => Finding[]> {
  const db = await scratchWith(sql);
  let ctx: RuleContext;
  try {
    const schema = await introspectSchema(db.conn, db.name);
    const config = defaultConfig('/tmp/app');
    config.database.generateRows = 10_000;
    configure(config);
    const planner = await runPlannerPhase(db, { config, schema, shapes });
    ctx = contextWith({ shapes, schema, planner, config });
  } finally {
    await db.drop();
  }
  return (ruleId) => {
    const rule = indexesRules.find((r) => r.id === ruleId)!;
    return rule.check(ctx).map((d) => finalize(rule, d, ctx.config));
  };
}

/**
 * PA101's findings once MariaDB's planner has judged `shapes` on `schema`'s tables, created as the schema
 * says in a scratch database (dropped before the rule runs) and planned with `config` as it is.
 */
export async function pa101OnSchema(
  schema: Schema,
  shapes: QueryShape[],
  config: Config,
): Promise<Finding[]> {
  const db = await createScratchDatabase(parseDbUrl(DB_URL));
  let ctx: RuleContext;
  try {
    for (const t of schema.tables) await db.conn.query(renderCreateTable(t));
    const planner = await runPlannerPhase(db, { config, schema, shapes });
    ctx = contextWith({ shapes, schema, planner, config });
  } finally {
    await db.drop();
  }
  const rule = indexesRules.find((r) => r.id === 'PA101')!;
  return rule.check(ctx).map((d) => finalize(rule, d, ctx.config));
}

/** One table's access as the planner phase records it at production size: a full scan of 1,000,000 rows unless `over` says otherwise. */
export function scanOf(table: string, over: Partial<ExplainSummary> = {}): ExplainSummary {
  return {
    table,
    access: 'ALL',
    key: null,
    possibleKeys: [],
    usedKeyParts: [],
    rows: 1_000_000,
    filesort: false,
    temporary: false,
    tableRows: 1_000_000,
    ...over,
  };
}

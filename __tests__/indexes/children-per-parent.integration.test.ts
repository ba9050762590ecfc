/**
 * A key lookup reads the rows of one parent: as many as the table has rows per parent, not a share of the
 * sample scaled up with the table. Planned on a real scratch database: one contact's notes (contacts grow
 * with the notes) are a handful, and sorting them needs no index; one metric's points (metrics is a small
 * reference table) are thousands, and a page of the latest needs (metric_id, created_at).
 */

import { createScratchDatabase, parseDbUrl } from '../../src/database/connection.js';
import { runPlannerPhase } from '../../src/database/planner.js';
import { renderCreateTable } from '../../src/schema/ddl.js';
import { finalize } from '../../src/rules/finalize.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import { DB_URL, contextWith, seedConfig } from './seed.js';
import { schemaOf, shapesOf } from './fixture-case.js';
import type { FixtureCase } from './fixture-case.js';

const child = (parentKey: string): FixtureCase['tables'][string] => ({
  columns: {
    id: 'bigint(20) unsigned',
    [parentKey]: 'bigint(20) unsigned',
    body: 'varchar(191)',
    created_at: 'timestamp NULL',
  },
  indexes: [
    ['PRIMARY', ['id'], 'primary'],
    [`${parentKey}_index`, [parentKey]],
  ],
});
const parent: FixtureCase['tables'][string] = {
  columns: { id: 'bigint(20) unsigned', name: 'varchar(191)' },
  indexes: [['PRIMARY', ['id'], 'primary']],
};
const tables: FixtureCase['tables'] = {
  contacts: parent,
  notes: child('contact_id'),
  metrics: parent,
  metric_points: child('metric_id'),
};
const latest = { orderBy: [{ column: 'created_at', direction: 'desc' as const }], limit: 15 };

async function pa101(c: FixtureCase, parentRowsOf: (t: string) => number | undefined) {
  const schema = schemaOf(c);
  const db = await createScratchDatabase(parseDbUrl(DB_URL));
  try {
    for (const t of schema.tables) await db.conn.query(renderCreateTable(t));
    const base = seedConfig();
    const config = {
      ...base,
      queries: [],
      database: { ...base.database, tables: { notes: 1_000_000, metric_points: 1_000_000 } },
    };
    const shapes = shapesOf(c);
    const planner = await runPlannerPhase(db, { config, schema, shapes, parentRowsOf });
    const rule = indexesRules.find((r) => r.id === 'PA101')!;
    return rule.check(contextWith({ shapes, schema, planner, config })).map((d) => finalize(rule, d, config));
  } finally {
    await db.drop();
  }
}

describe("PA101 on a sorted page of one parent's rows", () => {
  const c: FixtureCase = {
    why: "a contact's latest notes, and a metric's latest points",
    tables,
    shapes: [
      { table: 'notes', where: [{ column: 'contact_id', op: '=' }], ...latest },
      { table: 'metric_points', where: [{ column: 'metric_id', op: '=' }], ...latest },
    ],
  };

  it('needs the parent key and the sort when the parent is a small table, not when it grows', async () => {
    const findings = await pa101(c, (t) => (t === 'metrics' ? 1_000 : undefined));
    const points = findings.find((f) => f.table === 'metric_points');
    expect(points?.columns).toEqual(['metric_id', 'created_at']);
    expect(points?.severity).toBe('critical');
    expect(points?.message).toMatch(/ref on metric_id_index, 1,\d{3} rows, filesort/);
    expect(findings.filter((f) => f.table === 'notes')).toEqual([]);
  }, 60_000);

  it('reads every parent as large without a size for it: neither sort needs an index', async () => {
    const findings = await pa101(c, () => undefined);
    expect(findings.filter((f) => f.table === 'notes' || f.table === 'metric_points')).toEqual([]);
  }, 60_000);
});

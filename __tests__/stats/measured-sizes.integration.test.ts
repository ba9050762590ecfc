/**
 * The statistics file's fixture pair (__tests__/fixtures/stats/measured-sizes.json), with the planner on a
 * real scratch database: each case is planned without the file and with it, and the file must change the
 * verdict both ways — the trigger's large table gets its finding only with the file, the pass case's tiny
 * table loses its finding with it.
 */

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScratchDatabase, parseDbUrl } from '../../src/database/connection.js';
import { runPlannerPhase } from '../../src/database/planner.js';
import { renderCreateTable } from '../../src/schema/ddl.js';
import type { QueryShape } from '../../src/project/model.js';
import { finalize } from '../../src/rules/finalize.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import { capSmallTables } from '../../src/stats/small-tables.js';
import { loadStatistics } from '../../src/stats/load.js';
import { schemaOf } from '../indexes/fixture-case.js';
import { DB_URL, contextWith, seedConfig, shape } from '../indexes/seed.js';

interface Case {
  why: string;
  assumeRows: number;
  tables: Record<string, { columns: Record<string, string>; indexes: [string, string[], string?][] }>;
  shapes: (Partial<QueryShape> & { table: string })[];
  stats: unknown;
  expect: { rule: string; table: string };
}

const fixtures = JSON.parse(
  readFileSync(join(process.cwd(), '__tests__/fixtures/stats/measured-sizes.json'), 'utf8'),
) as Record<'trigger' | 'pass', Case>;

const dir = mkdtempSync(join(tmpdir(), 'pa-stats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The case's findings of its rule, planned with or without its statistics file. */
async function plan(c: Case, withFile: boolean) {
  const schema = schemaOf(c);
  const file = join(dir, `${c.expect.table}.json`);
  writeFileSync(file, JSON.stringify(c.stats));
  const config = { ...seedConfig(), queries: [] };
  config.database.assumeRows = c.assumeRows;
  config.database.statsFile = withFile ? file : null;
  const shapes = c.shapes.map((s, i) =>
    shape({ ...s, location: { file: 'app/Http/Controllers/FixtureController.php', line: 10 + i } }),
  );
  const db = await createScratchDatabase(parseDbUrl(DB_URL));
  try {
    for (const t of schema.tables) await db.conn.query(renderCreateTable(t));
    const planner = await runPlannerPhase(db, { config, schema, shapes });
    const ctx = contextWith({ shapes, schema, planner, config });
    const rule = indexesRules.find((r) => r.id === c.expect.rule)!;
    const found = rule.check(ctx).map((d) => finalize(rule, d, config));
    // As the audit does after the rules: the size the planner used caps the severity of small tables.
    const sizing = { ...config.database, stats: loadStatistics(config).stats };
    return {
      note: planner.note,
      findings: capSmallTables(found, sizing).filter(
        (f) => f.table === c.expect.table && f.severity !== 'info',
      ),
    };
  } finally {
    await db.drop();
  }
}

describe('a statistics file sizes the planner', () => {
  it(`triggers: ${fixtures.trigger.why}`, async () => {
    const without = await plan(fixtures.trigger, false);
    expect(without.findings).toEqual([]);
    const measured = await plan(fixtures.trigger, true);
    expect(measured.note).toMatch(/measured sizes for 1 tables from .*orders\.json/);
    expect(measured.findings.map((f) => f.severity)).toEqual(['critical']);
    expect(measured.findings[0].message).toMatch(/At 2,000,000 rows/);
  });

  it(`passes: ${fixtures.pass.why}`, async () => {
    const without = await plan(fixtures.pass, false);
    expect(without.findings.map((f) => f.severity)).toEqual(['critical']);
    const measured = await plan(fixtures.pass, true);
    expect(measured.findings).toEqual([]);
  });
});

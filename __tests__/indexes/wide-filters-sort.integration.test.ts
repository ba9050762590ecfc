/**
 * A bounded sorted read whose filters keep a large share of the rows (a yes/no column, a visibility OR group
 * with a branch of them) needs the index of its sort: with the planner on a real scratch database, the list
 * with the filter and the unfiltered list sorted the same way share one `(updated_at)` proposal. An existing
 * `(draft, updated_at)` serves the filtered one; a selective filter keeps its own proposal.
 */

import { createScratchDatabase, parseDbUrl } from '../../src/database/connection.js';
import { runPlannerPhase } from '../../src/database/planner.js';
import { renderCreateTable } from '../../src/schema/ddl.js';
import { finalize } from '../../src/rules/finalize.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import { DB_URL, contextWith, seedConfig } from './seed.js';
import { schemaOf, shapesOf } from './fixture-case.js';
import type { FixtureCase } from './fixture-case.js';

const g = (id: number, branch: number) => ({ id, branch });
/** `(draft = 0 or (draft = 1 and owned_by = ?))`: every published page, and one's own drafts. */
const visible = [
  { column: 'draft', op: '=' as const, group: g(1, 0) },
  { column: 'draft', op: '=' as const, group: g(1, 1) },
  { column: 'owned_by', op: '=' as const, group: g(1, 1) },
  { column: 'deleted_at', op: 'is null' as const, via: 'SoftDeletes' },
];
const recent = { orderBy: [{ column: 'updated_at', direction: 'desc' as const }], limit: 10 };

const pages = (extra: [string, string[], string?][] = []): FixtureCase['tables'] => ({
  pages: {
    columns: {
      id: 'bigint(20) unsigned',
      name: 'varchar(191)',
      owned_by: 'int(10) unsigned',
      draft: 'tinyint(1)',
      updated_at: 'timestamp NULL',
      deleted_at: 'timestamp NULL',
    },
    indexes: [['PRIMARY', ['id'], 'primary'], ['pages_draft_index', ['draft']], ...extra],
  },
});

async function pa101(c: FixtureCase) {
  const schema = schemaOf(c);
  const db = await createScratchDatabase(parseDbUrl(DB_URL));
  try {
    for (const t of schema.tables) await db.conn.query(renderCreateTable(t));
    const config = { ...seedConfig(), queries: [] };
    const shapes = shapesOf(c);
    const planner = await runPlannerPhase(db, { config, schema, shapes });
    const rule = indexesRules.find((r) => r.id === 'PA101')!;
    return rule.check(contextWith({ shapes, schema, planner, config })).map((d) => finalize(rule, d, config));
  } finally {
    await db.drop();
  }
}

describe('PA101 on a bounded sorted read with wide filters', () => {
  it('proposes the sort index, shared by the filtered and the unfiltered list', async () => {
    const findings = await pa101({
      why: 'recently updated pages: published ones, and the whole visible list',
      tables: pages(),
      shapes: [
        { table: 'pages', where: [...visible, { column: 'draft', op: '=' }], ...recent },
        { table: 'pages', where: visible, ...recent, limit: 20 },
      ],
    });
    const onPages = findings.filter((f) => f.table === 'pages');
    expect(onPages.map((f) => f.columns)).toEqual([['updated_at']]);
    expect(onPages[0].locations.map((l) => l.line)).toEqual([10, 11]);
    expect(onPages[0].severity).toBe('critical');
    expect(JSON.stringify(onPages[0].evidence)).toMatch(
      /filters on draft, owned_by keep a large share of the rows/,
    );
  }, 60_000);

  it('is served by an index that leads with the yes/no column, then the sort', async () => {
    const findings = await pa101({
      why: 'the published list with (draft, updated_at) in place',
      tables: pages([['pages_draft_updated_at_index', ['draft', 'updated_at']]]),
      shapes: [{ table: 'pages', where: [...visible, { column: 'draft', op: '=' }], ...recent }],
    });
    expect(findings.filter((f) => f.table === 'pages')).toEqual([]);
  }, 60_000);

  it('keeps a selective filter in front of the sort', async () => {
    const findings = await pa101({
      why: "one owner's pages, most recent first",
      tables: pages(),
      shapes: [{ table: 'pages', where: [{ column: 'owned_by', op: '=' }], ...recent }],
    });
    expect(findings.filter((f) => f.table === 'pages').map((f) => f.columns)).toEqual([
      ['owned_by', 'updated_at'],
    ]);
  }, 60_000);
});

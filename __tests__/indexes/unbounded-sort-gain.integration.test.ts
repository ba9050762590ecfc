/**
 * A sort the proposed index removes blocks the merge only for a read that stops early (LIMIT, first()):
 * a read of every row of a key reads and returns them with or without the index, so the sort it saves is no
 * tenfold gain. Planned on a real scratch database: the same ORDER BY under a key read with a LIMIT is
 * critical; without one the plan with the index examines as many rows, so it is info, and the message says
 * why, with the figures of that query.
 */

import { createScratchDatabase, parseDbUrl } from '../../src/database/connection.js';
import { runPlannerPhase } from '../../src/database/planner.js';
import { renderCreateTable } from '../../src/schema/ddl.js';
import { finalize } from '../../src/rules/finalize.js';
import { UNBOUNDED_SORT_NOTE } from '../../src/rules/calibrate/proof-gain.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import { DB_URL, contextWith, scanOf, seedConfig } from './seed.js';
import { schemaOf, shapesOf } from './fixture-case.js';
import type { FixtureCase } from './fixture-case.js';
import type { ExplainSummary, Plan } from '../../src/database/types.js';

const tables: FixtureCase['tables'] = {
  accounts: {
    columns: { id: 'bigint(20) unsigned', name: 'varchar(191)' },
    indexes: [['PRIMARY', ['id'], 'primary']],
  },
  ledger_lines: {
    columns: {
      id: 'bigint(20) unsigned',
      account_id: 'bigint(20) unsigned',
      memo: 'varchar(191)',
      booked_on: 'date',
    },
    indexes: [
      ['PRIMARY', ['id'], 'primary'],
      ['ledger_lines_account_id_index', ['account_id']],
    ],
  },
};

const byAccount = [{ column: 'account_id', op: '=' as const }];
const byMemo = [{ column: 'memo', direction: 'asc' as const }];

async function pa101(c: FixtureCase) {
  const schema = schemaOf(c);
  const db = await createScratchDatabase(parseDbUrl(DB_URL));
  try {
    for (const t of schema.tables) await db.conn.query(renderCreateTable(t));
    const base = seedConfig();
    // A large ledger over few accounts: each account's lines are tens of thousands.
    const config = {
      ...base,
      queries: [],
      database: { ...base.database, tables: { ledger_lines: 1_000_000, accounts: 20 } },
    };
    const shapes = shapesOf(c);
    const planner = await runPlannerPhase(db, { config, schema, shapes });
    const rule = indexesRules.find((r) => r.id === 'PA101')!;
    return rule.check(contextWith({ shapes, schema, planner, config })).map((d) => finalize(rule, d, config));
  } finally {
    await db.drop();
  }
}

describe('PA101: a sort removed counts for a bounded read', () => {
  it('is critical when the sorted read of a key has a LIMIT', async () => {
    const findings = await pa101({
      why: "an account's first lines by memo, a page of them",
      tables,
      shapes: [{ table: 'ledger_lines', where: byAccount, orderBy: byMemo, limit: 20 }],
    });
    const f = findings.find((x) => x.table === 'ledger_lines');
    expect(f?.columns).toEqual(['account_id', 'memo']);
    expect(f?.severity).toBe('critical');
    expect(f?.message).toMatch(/filesort\/temporary table removed/);
  }, 60_000);

  it('must not warn, and says why, when the read returns every row of the key', async () => {
    const findings = await pa101({
      why: 'every line of an account by memo, no LIMIT',
      tables,
      shapes: [{ table: 'ledger_lines', where: byAccount, orderBy: byMemo }],
    });
    const f = findings.find((x) => x.table === 'ledger_lines');
    expect(f?.columns).toEqual(['account_id', 'memo']);
    expect(f?.severity).toBe('info');
    expect(f?.message).toContain(UNBOUNDED_SORT_NOTE);
  }, 60_000);

  it('gives the figures of the query that made it critical, not the worst pair of the index', () => {
    // The merged index's proof is the worst pair of the queries it serves: here a range the planner
    // still reads whole. The finding is critical for the paged list; its message shows that list's figures.
    const c: FixtureCase = {
      why: 'a paged list sorted by memo, and a range on memo that no index makes cheaper',
      tables,
      shapes: [
        { table: 'ledger_lines', where: [], orderBy: byMemo, limit: 20 },
        { table: 'ledger_lines', where: [{ column: 'memo', op: '<' as const }] },
      ],
    };
    const schema = schemaOf(c);
    const shapes = shapesOf(c);
    const access = (over: Partial<ExplainSummary>): ExplainSummary => scanOf('ledger_lines', over);
    const plan = (a: ExplainSummary): Plan => ({ sql: 'SELECT …', accesses: [a] });
    const name = 'ledger_lines_memo_index';
    const paged = {
      before: plan(access({ filesort: true })),
      after: plan(access({ access: 'index', key: name, rows: 20 })),
    };
    const range = { before: plan(access({})), after: plan(access({ possibleKeys: [name] })) };
    const base = seedConfig();
    const config = {
      ...base,
      queries: [],
      database: { ...base.database, tables: { ledger_lines: 1_000_000 } },
    };
    const planner = {
      plans: [
        { shapeId: shapes[0].id, before: paged.before },
        { shapeId: shapes[1].id, before: range.before },
      ],
      criticalPlans: [],
      proofs: [
        {
          table: 'ledger_lines',
          columns: ['memo'],
          indexName: name,
          before: range.before,
          after: range.after,
          queries: [
            { shapeId: shapes[0].id, after: paged.after },
            { shapeId: shapes[1].id, after: range.after },
          ],
        },
      ],
    };
    const rule = indexesRules.find((r) => r.id === 'PA101')!;
    const f = rule
      .check(contextWith({ shapes, schema, planner, config }))
      .map((d) => finalize(rule, d, config))
      .find((x) => x.table === 'ledger_lines');
    expect(f?.columns).toEqual(['memo']);
    expect(f?.severity).toBe('critical');
    expect(f?.message).toMatch(
      /rows examined 1,000,000 → 20 \(50,000× fewer\), filesort\/temporary table removed/,
    );
  });
});

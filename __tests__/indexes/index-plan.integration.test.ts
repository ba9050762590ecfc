/**
 * One index plan per table (__tests__/fixtures/indexes/plan/): the queries on a table get the smallest set
 * of indexes, one PA101 finding per index listing every query it serves, proved by the planner on a real
 * scratch database; PA101, PA104 and PA105 never name the same columns twice; the report's plan shows the
 * same indexes.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createScratchDatabase, parseDbUrl } from '../../src/database/connection.js';
import { runPlannerPhase } from '../../src/database/planner.js';
import type { PlannerResult } from '../../src/database/planner.js';
import { renderCreateTable } from '../../src/schema/ddl.js';
import { finalize } from '../../src/rules/finalize.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import type { RuleContext } from '../../src/rules/rule.js';
import type { Finding } from '../../src/findings.js';
import { indexPlan } from '../../src/report/index-plan.js';
import { DB_URL, contextWith, seedConfig } from './seed.js';
import { schemaOf, shapesOf } from './fixture-case.js';
import type { FixtureCase } from './fixture-case.js';

type PlanCase = FixtureCase & { expect: { columns: string[]; lines: number[] }[] };

const fx: Record<'trigger' | 'pass', PlanCase> = JSON.parse(
  readFileSync(join(process.cwd(), '__tests__/fixtures/indexes/plan/PA101-plan.json'), 'utf8'),
);

function findings(ctx: RuleContext): Finding[] {
  return indexesRules.flatMap((r) => r.check(ctx).map((d) => finalize(r, d, ctx.config)));
}

async function planned(c: FixtureCase): Promise<{ ctx: RuleContext; planner: PlannerResult }> {
  const schema = schemaOf(c);
  const db = await createScratchDatabase(parseDbUrl(DB_URL));
  try {
    for (const t of schema.tables) await db.conn.query(renderCreateTable(t));
    const config = { ...seedConfig(), queries: [] };
    const shapes = shapesOf(c);
    const planner = await runPlannerPhase(db, { config, schema, shapes });
    return { ctx: contextWith({ shapes, schema, planner, config }), planner };
  } finally {
    await db.drop();
  }
}

const staticCtx = (c: FixtureCase) =>
  contextWith({ shapes: shapesOf(c), schema: schemaOf(c), planner: null });

const pa101 = (all: Finding[]) =>
  all
    .filter((f) => f.rule === 'PA101')
    .map((f) => ({ columns: f.columns, lines: f.locations.map((l) => l.line) }));

/** No two findings of PA101, PA104 and PA105 name the same table and columns. */
function sameColumnsTwice(all: Finding[]): string[] {
  const keys = all
    .filter((f) => ['PA101', 'PA104', 'PA105'].includes(f.rule))
    .map((f) => `${f.table}(${[...f.columns].sort().join(',')})`);
  return keys.filter((k, i) => keys.indexOf(k) !== i);
}

describe(`one index plan per table, triggers on: ${fx.trigger.why}`, () => {
  it('statically: one finding per merged index, listing every query it serves', () => {
    const all = findings(staticCtx(fx.trigger));
    expect(pa101(all)).toEqual(fx.trigger.expect);
    const merged = all.find((f) => f.columns.join() === 'user_id,is_paid')!;
    expect(merged.message).toContain(
      'One index serves them all, each by a leftmost part: (user_id), (user_id, is_paid)',
    );
    expect((merged.evidence.queries as { columns: string[] }[]).map((q) => q.columns)).toEqual([
      ['user_id'],
      ['user_id', 'is_paid'],
    ]);
    // orders.user_id has no index and points at users: PA101 leads its index with it, so PA105 stays quiet.
    expect(all.filter((f) => f.rule === 'PA105')).toEqual([]);
    expect(sameColumnsTwice(all)).toEqual([]);
  });

  it('with the planner: each merged index is proved and every query it serves planned again', async () => {
    const { ctx, planner } = await planned(fx.trigger);
    const proofs = planner.proofs.map((p) => ({
      columns: p.columns,
      queries: (p.queries ?? []).length,
      uses: (p.queries ?? []).every((q) => q.after.accesses.some((a) => a.key === p.indexName)),
    }));
    expect(proofs).toEqual([
      { columns: ['user_id', 'is_paid'], queries: 2, uses: true },
      { columns: ['user_id', 'status'], queries: 1, uses: true },
    ]);
    const all = findings(ctx);
    expect(pa101(all)).toEqual(fx.trigger.expect);
    for (const f of all.filter((x) => x.rule === 'PA101')) {
      expect(f.severity).toBe('critical');
      expect(f.evidence.decidedBy).toBe('planner');
    }
    expect(sameColumnsTwice(all)).toEqual([]);
  });

  it("the report's index plan shows the same indexes, once each", () => {
    const all = findings(staticCtx(fx.trigger)).filter((f) => f.rule === 'PA101');
    const plans = indexPlan(all);
    expect(plans.map((p) => [p.table, p.indexes.map((i) => i.columns)])).toEqual([
      [
        'orders',
        [
          ['user_id', 'is_paid'],
          ['user_id', 'status'],
        ],
      ],
    ]);
  });
});

describe(`one index plan per table, stays quiet on: ${fx.pass.why}`, () => {
  it('statically and with the planner', async () => {
    expect(pa101(findings(staticCtx(fx.pass)))).toEqual([]);
    const { ctx } = await planned(fx.pass);
    expect(pa101(findings(ctx))).toEqual([]);
  });
});

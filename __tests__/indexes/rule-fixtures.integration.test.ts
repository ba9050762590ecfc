/**
 * Every index rule against its fixture pair (__tests__/fixtures/indexes/rules/PA1xx.json): `trigger` must
 * produce the rule's finding and `pass` must not, statically and with the planner on a real scratch database.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createScratchDatabase, parseDbUrl } from '../../src/database/connection.js';
import { runPlannerPhase } from '../../src/database/planner.js';
import { renderCreateTable } from '../../src/schema/ddl.js';
import { finalize } from '../../src/rules/finalize.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import type { RuleContext } from '../../src/rules/rule.js';
import { DB_URL, contextWith, seedConfig } from './seed.js';
import { schemaOf, shapesOf } from './fixture-case.js';
import type { FixtureCase } from './fixture-case.js';

const dir = join(process.cwd(), '__tests__/fixtures/indexes/rules');
const load = (rule: string): Record<'trigger' | 'pass', FixtureCase> =>
  JSON.parse(readFileSync(join(dir, `${rule}.json`), 'utf8'));

function findingsOf(rule: string, ctx: RuleContext) {
  const r = indexesRules.find((x) => x.id === rule)!;
  return r.check(ctx).map((d) => finalize(r, d, ctx.config));
}

async function withPlanner(c: FixtureCase, rule: string) {
  const schema = schemaOf(c);
  const db = await createScratchDatabase(parseDbUrl(DB_URL));
  try {
    for (const t of schema.tables) await db.conn.query(renderCreateTable(t));
    const config = { ...seedConfig(), queries: [] };
    const shapes = shapesOf(c);
    const planner = await runPlannerPhase(db, { config, schema, shapes });
    return findingsOf(rule, contextWith({ shapes, schema, planner, config }));
  } finally {
    await db.drop();
  }
}

const RULES = ['PA101', 'PA102', 'PA103', 'PA104', 'PA105', 'PA106', 'PA107'];

describe.each(RULES)('%s fixtures', (rule) => {
  const fx = load(rule);
  const needsDatabase = indexesRules.find((r) => r.id === rule)!.needs === 'database';

  it(`triggers on: ${fx.trigger.why}`, async () => {
    const found = await withPlanner(fx.trigger, rule);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].fix.sql ?? found[0].fix.migration ?? found[0].fix.text).toBeTruthy();
    if (!needsDatabase) {
      const shapes = shapesOf(fx.trigger);
      expect(
        findingsOf(rule, contextWith({ shapes, schema: schemaOf(fx.trigger), planner: null })).length,
      ).toBeGreaterThan(0);
    }
  });

  it(`stays quiet on: ${fx.pass.why}`, async () => {
    expect(await withPlanner(fx.pass, rule)).toEqual([]);
    const shapes = shapesOf(fx.pass);
    expect(findingsOf(rule, contextWith({ shapes, schema: schemaOf(fx.pass), planner: null }))).toEqual([]);
  });
});

describe('the registry', () => {
  it('registers PA101–PA107 once each, with docs', () => {
    expect(indexesRules.map((r) => r.id)).toEqual(RULES);
    for (const r of indexesRules)
      expect(() => readFileSync(join(process.cwd(), 'docs/rules', `${r.id}.md`), 'utf8')).not.toThrow();
  });
});

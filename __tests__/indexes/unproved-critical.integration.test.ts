/**
 * With a database, a PA101 finding is critical only with the planner's proof. A query the planner cannot
 * EXPLAIN (its shape names a column the table does not have: clauses read from exclusive branches, a
 * mis-read chain) has no proof, so it is a warning that says why; the same query planned is critical.
 */

import { createScratchDatabase, parseDbUrl } from '../../src/database/connection.js';
import { runPlannerPhase } from '../../src/database/planner.js';
import { renderCreateTable } from '../../src/schema/ddl.js';
import { finalize } from '../../src/rules/finalize.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import type { Predicate, QueryShape } from '../../src/project/model.js';
import { DB_URL, contextWith, seedConfig, shape } from './seed.js';
import { schemaOf } from './fixture-case.js';
import type { FixtureCase } from './fixture-case.js';

const webhooks: FixtureCase = {
  why: 'webhooks listed by their owner',
  tables: {
    webhooks: {
      columns: {
        id: 'bigint(20) unsigned',
        company_id: 'bigint(20) unsigned',
        user_id: 'bigint(20) unsigned',
        target_url: 'varchar(255)',
      },
      indexes: [['PRIMARY', ['id'], 'primary']],
    },
  },
  shapes: [],
};

const byOwner = (extra: Predicate[] = []): QueryShape =>
  shape({
    table: 'webhooks',
    where: [{ column: 'user_id', op: '=' }, ...extra],
    code: "Webhook::where('user_id', $user->id)->get()",
    place: 'request',
    location: { file: 'app/Http/Controllers/WebhookController.php', line: 40 },
  });

async function pa101(shapes: QueryShape[], withDatabase: boolean) {
  const schema = schemaOf(webhooks);
  const rule = indexesRules.find((r) => r.id === 'PA101')!;
  const config = { ...seedConfig(), queries: [] };
  if (!withDatabase) {
    const ctx = contextWith({ shapes, schema, planner: null, config });
    return rule.check(ctx).map((d) => finalize(rule, d, ctx.config));
  }
  const db = await createScratchDatabase(parseDbUrl(DB_URL));
  try {
    for (const t of schema.tables) await db.conn.query(renderCreateTable(t));
    const planner = await runPlannerPhase(db, { config, schema, shapes });
    const ctx = contextWith({ shapes, schema, planner, config });
    return rule.check(ctx).map((d) => finalize(rule, d, ctx.config));
  } finally {
    await db.drop();
  }
}

describe('PA101: critical needs the planner when a database ran', () => {
  const unexplainable = byOwner([{ column: 'assigned_user_id', op: '=' }]);

  it('is a warning, saying why, when the planner cannot EXPLAIN the query', async () => {
    const [f] = await pa101([unexplainable], true);
    expect(f).toMatchObject({ rule: 'PA101', severity: 'warning', table: 'webhooks', columns: ['user_id'] });
    expect(f.message).toMatch(/could not EXPLAIN this query \(column assigned_user_id is not in webhooks\)/);
    expect(f.message).not.toMatch(/no database was used/);
    expect(f.evidence).toMatchObject({ decidedBy: 'static' });
  });

  it('stays critical when the planner proves the index on the same table', async () => {
    const [f] = await pa101([byOwner()], true);
    expect(f).toMatchObject({ severity: 'critical', columns: ['user_id'] });
    expect(f.evidence).toMatchObject({ decidedBy: 'planner' });
  });

  it('keeps the static verdict when no database was used', async () => {
    const [f] = await pa101([unexplainable], false);
    expect(f).toMatchObject({ severity: 'critical', columns: ['user_id'] });
    expect(f.message).toMatch(/static verdict: no database was used/);
  });
});

/**
 * PA101 over the planner's proof of a merged index: a query the proof shows the index does not help is left
 * out of the finding, and the index shrinks to the leading part the kept queries use.
 */

import type { ExplainSummary, Plan } from '../../src/database/types.js';
import { indexProposal } from '../../src/schema/index-match.js';
import type { Schema } from '../../src/schema/model.js';
import { finalize } from '../../src/rules/finalize.js';
import { pa101MissingIndex } from '../../src/rules/pa101-missing-index.js';
import { contextWith, scanOf, shape } from './seed.js';

const schema: Schema = {
  source: 'static',
  tables: [
    {
      name: 'tokens',
      columns: ['id', 'gateway_id', 'client_id', 'type_id'].map((name) => ({
        name,
        type: 'bigint(20) unsigned',
        nullable: false,
        default: null,
      })),
      indexes: [{ name: 'PRIMARY', columns: ['id'], unique: true, primary: true }],
      foreignKeys: [],
    },
  ],
};

const byGateway = shape({
  table: 'tokens',
  where: [{ column: 'gateway_id', op: '=' }],
  location: { file: 'app/Observers/GatewayObserver.php', line: 12 },
});
const byAll = shape({
  table: 'tokens',
  where: [
    { column: 'gateway_id', op: '=' },
    { column: 'client_id', op: '=' },
    { column: 'type_id', op: '=' },
  ],
  location: { file: 'app/Services/Tokens.php', line: 40 },
});

const access = (a: Partial<ExplainSummary>): ExplainSummary => scanOf('tokens', a);
const plan = (a: Partial<ExplainSummary>): Plan => ({ sql: 'SELECT …', accesses: [access(a)] });

function findingsWith(allHelped: boolean) {
  const wide = indexProposal('tokens', ['gateway_id', 'client_id', 'type_id']);
  const used = plan({ access: 'ref', key: wide.name, rows: 10 });
  const planner = {
    plans: [
      { shapeId: byGateway.id, before: plan({}) },
      { shapeId: byAll.id, before: plan({}) },
    ],
    criticalPlans: [],
    proofs: [
      {
        table: 'tokens',
        columns: wide.columns,
        indexName: wide.name,
        before: plan({}),
        after: used,
        queries: [
          { shapeId: byGateway.id, after: used },
          { shapeId: byAll.id, after: allHelped ? used : plan({}) },
        ],
      },
    ],
  };
  const ctx = contextWith({ shapes: [byGateway, byAll], schema, planner });
  return pa101MissingIndex.check(ctx).map((d) => finalize(pa101MissingIndex, d, ctx.config));
}

describe('a merged index and its proof', () => {
  it('keeps the whole index when the proof shows it helps every query it serves', () => {
    const [f, ...rest] = findingsWith(true);
    expect(rest).toEqual([]);
    expect(f.columns).toEqual(['gateway_id', 'client_id', 'type_id']);
    expect(f.locations.map((l) => l.line)).toEqual([12, 40]);
  });

  it('leaves out a query the index does not help, and shrinks to the part the kept queries use', () => {
    const [f, ...rest] = findingsWith(false);
    expect(rest).toEqual([]);
    expect(f.columns).toEqual(['gateway_id']);
    expect(f.severity).toBe('critical');
    expect(f.locations.map((l) => l.file)).toEqual(['app/Observers/GatewayObserver.php']);
    expect(f.fix.sql).toBe('ALTER TABLE tokens ADD INDEX tokens_gateway_id_index (gateway_id);');
    expect(f.message).toContain('whose leading gateway_id the proposal keeps');
  });
});

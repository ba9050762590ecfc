/**
 * PA104 on a function in ORDER BY: behind an equality prefix the index still seeks to the prefix's rows and
 * only their order is computed, so the finding is info; a sort expression on the index's first column, or a
 * function around a filtered column, stays a warning.
 */

import { finalize } from '../../src/rules/finalize.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import type { QueryShape } from '../../src/project/model.js';
import type { Index, Schema } from '../../src/schema/model.js';
import { contextWith, shape } from './seed.js';

const col = (name: string, type = 'bigint(20) unsigned') => ({ name, type, nullable: true, default: null });
const index = (name: string, columns: string[], unique = false): Index => ({
  name,
  columns,
  unique,
  primary: false,
});
const schema: Schema = {
  source: 'static',
  tables: [
    {
      name: 'allocations',
      columns: [
        col('id'),
        col('node_id'),
        col('ip', 'varchar(45)'),
        col('port', 'int'),
        col('created_at', 'timestamp'),
      ],
      indexes: [
        { name: 'PRIMARY', columns: ['id'], unique: true, primary: true },
        index('allocations_node_id_ip_port_unique', ['node_id', 'ip', 'port'], true),
        index('allocations_created_at_index', ['created_at']),
      ],
      foreignKeys: [],
    },
  ],
};

function pa104(shapes: QueryShape[]) {
  const rule = indexesRules.find((r) => r.id === 'PA104')!;
  const ctx = contextWith({ shapes, schema, planner: null });
  return rule.check(ctx).map((d) => finalize(rule, d, ctx.config));
}

describe('PA104 and a function in ORDER BY', () => {
  it('is info behind an equality prefix the index still seeks on, and says so', () => {
    const [f, ...rest] = pa104([
      shape({
        table: 'allocations',
        id: 'node-allocations',
        where: [{ column: 'node_id', op: '=' }],
        orderBy: [{ column: 'ip', direction: 'asc', fn: 'INET_ATON' }],
        code: "Allocation::where('node_id', $node->id)->orderByRaw('INET_ATON(ip) ASC')",
      }),
    ]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'PA104', severity: 'info', columns: ['ip'] });
    expect(f.message).toMatch(/in INET_ATON\(\) in its ORDER BY/);
    expect(f.message).toMatch(/still seeks on node_id, so only the rows with those values are sorted/);
    expect(f.evidence).toMatchObject({ sortOnly: true, seeksOn: ['node_id'] });
  });

  it('stays a warning when the wrapped sorted column leads the index (nothing narrows the sort)', () => {
    const [f] = pa104([
      shape({
        table: 'allocations',
        id: 'by-day',
        orderBy: [{ column: 'created_at', direction: 'desc', fn: 'DATE' }],
        code: "Allocation::orderByRaw('DATE(created_at) DESC')",
      }),
    ]);
    expect(f).toMatchObject({ rule: 'PA104', severity: 'warning' });
    expect(f.evidence).not.toHaveProperty('seeksOn');
  });

  it('stays a warning for a function around a filtered column behind the same prefix', () => {
    const [f] = pa104([
      shape({
        table: 'allocations',
        id: 'node-ip-filter',
        where: [
          { column: 'node_id', op: '=' },
          { column: 'ip', op: '=', fn: 'LOWER' },
        ],
        code: "Allocation::where('node_id', $id)->whereRaw('LOWER(ip) = ?', [$ip])",
      }),
    ]);
    expect(f).toMatchObject({ rule: 'PA104', severity: 'warning', columns: ['ip'] });
    expect(f.evidence).not.toHaveProperty('sortOnly');
  });
});

/** PA101 without a database: the static verdict still bounds an index of low-cardinality columns to info. */

import { finalize } from '../../src/rules/finalize.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import type { Column, Schema } from '../../src/schema/model.js';
import { contextWith, shape } from './seed.js';

const col = (name: string, type: string, def: string | null = null): Column => ({
  name,
  type,
  nullable: false,
  default: def,
});

// Written for this test.
const schema: Schema = {
  source: 'static',
  tables: [
    {
      name: 'devices',
      columns: [
        col('id', 'bigint(20) unsigned'),
        col('user_id', 'bigint(20) unsigned'),
        col('requestable', 'tinyint(4)', '0'),
        col('status', 'varchar(20)'),
      ],
      indexes: [{ name: 'PRIMARY', columns: ['id'], unique: true, primary: true }],
      foreignKeys: [],
    },
  ],
};
const at = (line: number) => ({ file: 'app/Http/Controllers/DeviceController.php', line });
const requestable = shape({
  table: 'devices',
  place: 'request',
  where: [
    { column: 'requestable', op: '=', value: '1' },
    { column: 'status', op: '=', value: 'ready' },
  ],
  location: at(10),
});
const owned = shape({
  table: 'devices',
  place: 'request',
  where: [
    { column: 'user_id', op: '=' },
    { column: 'requestable', op: '=', value: '1' },
  ],
  location: at(11),
});

const pa101 = indexesRules.find((r) => r.id === 'PA101')!;
const findings = () => {
  const ctx = contextWith({ shapes: [requestable, owned], schema, planner: null });
  return pa101.check(ctx).map((d) => finalize(pa101, d, ctx.config));
};

describe('PA101 on low-cardinality columns, static verdicts', () => {
  it('an integer flag with a status: info, saying why', () => {
    const f = findings().find((x) => x.columns[0] !== 'user_id')!;
    expect(f.columns.sort()).toEqual(['requestable', 'status']);
    expect(f.severity).toBe('info');
    expect(f.message).toMatch(/Info only: .*requestable is a boolean/);
    expect(f.evidence).toMatchObject({ lowCardinality: { requestable: 'boolean', status: 'status-like' } });
  });

  it('the same flag after a selective column: the finding keeps its severity', () => {
    const f = findings().find((x) => x.columns[0] === 'user_id')!;
    expect(f.columns).toEqual(['user_id', 'requestable']);
    expect(f.severity).toBe('critical');
  });
});

/**
 * PA103's floor (`min-rows`, 10,000 by default): a filesort of one parent's children (one user's plays, about
 * a thousand rows at the assumed scale) fits MariaDB's sort buffer and is not reported; a sort of tens of
 * thousands of rows is. The option still lowers or raises the floor.
 */

import type { Config } from '../../src/config/model.js';
import type { Plan } from '../../src/database/types.js';
import type { Schema } from '../../src/schema/model.js';
import { findingsOnPlan, seedConfig, shape } from './seed.js';

const col = (name: string) => ({ name, type: 'bigint(20) unsigned', nullable: false, default: null });
const schema: Schema = {
  source: 'static',
  tables: [
    {
      name: 'plays',
      columns: [col('id'), col('user_id'), col('play_count')],
      indexes: [
        { name: 'PRIMARY', columns: ['id'], unique: true, primary: true },
        { name: 'plays_user_id_index', columns: ['user_id'], unique: false },
      ],
      foreignKeys: [],
    },
  ],
};
const mostPlayed = shape({
  table: 'plays',
  where: [{ column: 'user_id', op: '=' }],
  orderBy: [{ column: 'play_count', direction: 'desc' }],
  limit: 20,
  location: { file: 'app/Repositories/PlayRepository.php', line: 31 },
});

function pa103(rows: number, config: Config = seedConfig()) {
  const plan: Plan = {
    sql: 'SELECT …',
    accesses: [
      {
        table: 'plays',
        access: 'ref',
        key: 'plays_user_id_index',
        possibleKeys: ['plays_user_id_index'],
        usedKeyParts: ['user_id'],
        rows,
        filesort: true,
        temporary: false,
        tableRows: 1_000_000,
      },
    ],
  };
  return findingsOnPlan('PA103', mostPlayed, schema, plan, config);
}

describe('how many sorted rows PA103 reports', () => {
  it("does not report a sort of one parent's children (about a thousand rows)", () => {
    expect(pa103(1_040)).toEqual([]);
    expect(pa103(9_999)).toEqual([]);
  });

  it('reports a sort of ten thousand rows or more', () => {
    const [f] = pa103(10_000);
    expect(f).toMatchObject({ rule: 'PA103', table: 'plays', severity: 'warning' });
    expect(f.message).toContain('sorts 10,000 rows with a filesort');
  });

  it('follows the min-rows option', () => {
    const config = seedConfig();
    config.rules.PA103 = { options: { 'min-rows': 1000 } };
    expect(pa103(1_040, config)).toHaveLength(1);
  });
});

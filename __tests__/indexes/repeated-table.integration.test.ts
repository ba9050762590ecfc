/**
 * One table joined twice (`join('users as author', …)->join('users as reviewer', …)`): each instance gets an
 * alias MariaDB accepts, the join's own conditions stay on its instance, and the plan reads back as the table.
 */

import { renderShapeSql } from '../../src/database/render-shape.js';
import { explain } from '../../src/database/plan-pool.js';
import type { ScratchDatabase } from '../../src/database/connection.js';
import { SEED_SQL, scratchWith, seedSchema, shape } from './seed.js';

const twice = shape({
  table: 'discord_practices',
  joins: [
    { table: 'users', on: [{ left: 'id', right: 'discord_practices.coach_id' }], type: 'left' },
    {
      table: 'users',
      on: [{ left: 'id', right: 'discord_practices.coach_id' }],
      type: 'left',
      where: [{ column: 'role', op: '=', table: 'users', value: 'coach' }],
    },
  ],
});

describe('a table joined twice', () => {
  let db: ScratchDatabase;
  beforeAll(async () => {
    db = await scratchWith(SEED_SQL);
  }, 60_000);
  afterAll(async () => {
    await db.drop();
  });

  it('renders the second instance under its own alias, with its ON condition on it', () => {
    const r = renderShapeSql(twice, seedSchema(), (t) => (t === 'users' ? ['users_role_index'] : []));
    if ('error' in r) throw new Error(r.error);
    expect(r.sql).toContain('LEFT JOIN `users` IGNORE INDEX (`users_role_index`) ON `users`.`id` = ');
    expect(r.sql).toContain(
      "LEFT JOIN `users` AS `users#2` IGNORE INDEX (`users_role_index`) ON `users#2`.`id` = `discord_practices`.`coach_id` AND `users#2`.`role` = 'coach'",
    );
    expect(r.display).toContain('LEFT JOIN `users` AS `users#2` ON');
  });

  it('is planned by MariaDB, and both accesses are read as the table', async () => {
    // Inner joins: MariaDB drops a LEFT JOIN on a unique key whose columns the statement never reads.
    const inner = { ...twice, joins: twice.joins.map((j) => ({ ...j, type: 'inner' as const })) };
    const r = renderShapeSql(inner, seedSchema());
    if ('error' in r) throw new Error(r.error);
    const plan = await explain(db.conn, r.sql);
    expect(plan.error).toBeUndefined();
    expect(plan.accesses.map((a) => a.table).sort()).toEqual(['discord_practices', 'users', 'users']);
  });
});

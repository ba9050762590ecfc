/**
 * PA103 on a sort by a column of another table than the one the plan reads first: `$role->users()` sorts a
 * role's members by `users.name` while MariaDB reads `role_user` first and sorts there. No index on
 * `role_user` gives that order: info, saying why. The same query with a LIMIT is not demoted, and a sort
 * by the driving table's own column is a warning as before.
 */

import type { ExplainSummary, Plan } from '../../src/database/types.js';
import type { QueryShape } from '../../src/project/model.js';
import type { Schema, Table } from '../../src/schema/model.js';
import { findingsOnPlan, seedConfig, shape } from './seed.js';

const table = (name: string, ...columns: string[]): Table => ({
  name,
  columns: ['id', ...columns].map((c) => ({
    name: c,
    type: 'bigint(20) unsigned',
    nullable: false,
    default: null,
  })),
  indexes: [{ name: 'PRIMARY', columns: ['id'], unique: true, primary: true }],
  foreignKeys: [],
});
const schema: Schema = {
  source: 'static',
  tables: [table('users', 'name'), table('role_user', 'role_id', 'user_id')],
};
const access = (over: Partial<ExplainSummary>): ExplainSummary => ({
  table: 'role_user',
  access: 'ref',
  key: 'role_user_role_id_foreign',
  possibleKeys: ['role_user_role_id_foreign'],
  usedKeyParts: ['role_id'],
  rows: 42_000,
  filesort: true,
  temporary: true,
  tableRows: 1_000_000,
  ...over,
});
const members = (over: Partial<QueryShape> = {}) =>
  shape({
    table: 'users',
    joins: [{ table: 'role_user', on: [{ left: 'role_user.user_id', right: 'users.id' }], type: 'inner' }],
    where: [{ column: 'role_user.role_id', op: '=' }],
    orderBy: [{ column: 'name', direction: 'asc' }],
    location: { file: 'app/Permissions/PermissionsRepo.php', line: 137 },
    ...over,
  });

function pa103(q: QueryShape, first: ExplainSummary) {
  const plan: Plan = {
    sql: 'SELECT …',
    accesses: [
      first,
      {
        ...first,
        table: 'users',
        access: 'eq_ref',
        key: 'PRIMARY',
        rows: 1,
        filesort: false,
        temporary: false,
      },
    ],
  };
  const config = {
    ...seedConfig(),
    database: { ...seedConfig().database, tables: { users: 1_000_000, role_user: 1_000_000 } },
  };
  return findingsOnPlan('PA103', q, schema, plan, config);
}

describe('PA103 on a sort by a column of a table read later', () => {
  it('is info, saying whose column it is, when the query reads every row it finds', () => {
    const [f] = pa103(members(), access({}));
    expect(f.severity).toBe('info');
    expect(f.message).toMatch(
      /the sorted or grouped columns are users's, which MariaDB reads after role_user/,
    );
  });

  it('a grouping by the other table qualified by name is the same', () => {
    const q = members({ orderBy: [], groupBy: ['users.id'] });
    expect(pa103(q, access({}))[0].severity).toBe('info');
  });

  it('is not demoted with a LIMIT, nor for a sort by the driving table its own column', () => {
    // With a LIMIT, reading users first by name may pay: not demoted (PA101 proposes that index here).
    expect(pa103(members({ limit: 20 }), access({})).filter((f) => f.severity === 'info')).toEqual([]);
    const own = members({ orderBy: [{ column: 'role_user.user_id', direction: 'asc' }] });
    expect(pa103(own, access({}))[0].severity).toBe('warning');
  });
});

describe('PA103 on a bounded sort by a LEFT JOINed table its column', () => {
  // `RoleUser::leftJoin('users', …)->orderBy('name')->limit(15)`: `name` is only users', where MariaDB finds it.
  const listing = (type: 'left' | 'inner') =>
    shape({
      table: 'role_user',
      joins: [{ table: 'users', on: [{ left: 'users.id', right: 'role_user.user_id' }], type }],
      where: [{ column: 'role_id', op: '=' }],
      orderBy: [{ column: 'name', direction: 'asc' }],
      limit: 15,
      location: { file: 'app/Http/Controllers/RoleController.php', line: 30 },
    });

  it("is info even with a LIMIT: the LEFT JOIN is read after the table, and the column is the joined table's", () => {
    const [f] = pa103(listing('left'), access({}));
    expect(f.severity).toBe('info');
    expect(f.message).toMatch(
      /columns are users's, which MariaDB reads after role_user \(a LEFT JOIN keeps that order\)/,
    );
    expect(f.evidence.sortedColumnsOf).toBe('users');
  });

  it('must not: an inner join with a LIMIT may be read the other way round, so it stays a warning', () => {
    expect(pa103(listing('inner'), access({}))[0].severity).toBe('warning');
  });
});

describe("PA103's columns", () => {
  it('lists a column both grouped and sorted once, grouped columns first', () => {
    // `groupBy('user_id', 'role_id')->orderBy('user_id')`: one index (user_id, role_id) serves both.
    const q = shape({
      table: 'role_user',
      groupBy: ['user_id', 'role_id'],
      orderBy: [{ column: 'user_id', direction: 'asc' }],
      location: { file: 'app/Jobs/PruneRoles.php', line: 20 },
    });
    const scan = access({ access: 'ALL', key: null, possibleKeys: [], usedKeyParts: [], rows: 1_000_000 });
    const config = {
      ...seedConfig(),
      database: { ...seedConfig().database, tables: { role_user: 1_000_000 } },
    };
    const [f] = findingsOnPlan('PA103', q, schema, { sql: 'SELECT …', accesses: [scan] }, config);
    expect(f.columns).toEqual(['user_id', 'role_id']);
  });

  it("names a joined table's sorted column with its table", () => {
    const q = members({ orderBy: [{ column: 'user_id', table: 'role_user', direction: 'asc' }], limit: 10 });
    expect(pa103(q, access({}))[0].columns).toEqual(['role_user.user_id']);
  });
});

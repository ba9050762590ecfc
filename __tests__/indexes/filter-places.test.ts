/**
 * A finding lists where its queries are sent and where the filter they need is written: an optional branch's
 * line (the filter a hundred lines below `User::select(…)`), the relation method a relation's query runs. It
 * still counts the queries by where they are sent.
 */

import { finalize } from '../../src/rules/finalize.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import { contextWith, seedSchema, shape } from './seed.js';

const rule = indexesRules.find((r) => r.id === 'PA101')!;
const FILE = 'app/Http/Controllers/UsersController.php';

function findingFor(branchLine?: number, definedAt?: { file: string; line: number }) {
  const byName = shape({
    table: 'users',
    where: [{ column: 'name', op: '=' }],
    place: 'request',
    location: { file: FILE, line: 10 },
    optionalBranch: {
      columns: ['name'],
      requestInput: false,
      ...(branchLine !== undefined ? { line: branchLine } : {}),
    },
    ...(definedAt ? { definedAt } : {}),
  });
  const ctx = contextWith({ shapes: [byName], schema: seedSchema() });
  const found = rule.check(ctx).map((d) => finalize(rule, d, ctx.config));
  return found.find((f) => f.table === 'users' && f.columns?.[0] === 'name')!;
}

describe('PA101 on a query an optional branch sends', () => {
  it('lists the chain’s start and the branch’s line, and counts one query', () => {
    const f = findingFor(151);
    expect(f.locations).toEqual([
      { file: FILE, line: 10 },
      { file: FILE, line: 151 },
    ]);
    expect(f.message).toContain('No index serves a query on users');
    expect(f.evidence['queries']).toMatchObject([{ line: 10, optionalBranch: { line: 151 } }]);
  });

  it('lists only the chain’s start when the branch’s line is not known', () => {
    expect(findingFor().locations).toEqual([{ file: FILE, line: 10 }]);
  });
});

describe('PA101 on a relation’s query', () => {
  it('lists the relation method next to where the relation is read', () => {
    const f = findingFor(undefined, { file: 'app/Models/Team.php', line: 31 });
    expect(f.locations).toEqual([
      { file: FILE, line: 10 },
      { file: 'app/Models/Team.php', line: 31 },
    ]);
    expect(f.message).toContain('No index serves a query on users');
  });
});

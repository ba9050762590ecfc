/**
 * A query sent only when an optional branch runs is found at its chain's start and at the branch's line (the
 * filter a hundred lines below `User::select(…)`): the finding lists both, and still counts one query.
 */

import { finalize } from '../../src/rules/finalize.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import { contextWith, seedSchema, shape } from './seed.js';

const rule = indexesRules.find((r) => r.id === 'PA101')!;
const FILE = 'app/Http/Controllers/UsersController.php';

function findingFor(branchLine?: number) {
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

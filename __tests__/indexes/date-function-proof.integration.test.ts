/**
 * A query that compares DATE(col) (`whereDate()`) cannot seek on any index of col as written. PA101 proposes
 * the index and says the query must compare the bare column; with a database, the planner proves that index
 * on the query written so (`col >= day AND col < next day`), end to end on the real MariaDB. Before, the
 * proof planned the query as written, the planner could not take the index, and the finding was dropped.
 */

import type { Finding } from '../../src/findings.js';
import { plannedFindings, shape } from './seed.js';

// Written for this test: timed actions, one copy without an index on started_at and one with it.
const table = (name: string, keys: string) => `
CREATE TABLE ${name} (
  id bigint unsigned auto_increment PRIMARY KEY,
  name varchar(80) NOT NULL,
  started_at timestamp NULL${keys}
);`;
const SQL =
  table('action_runs', '') + table('indexed_runs', `,\n  KEY indexed_runs_started_at_index (started_at)`);

const onDay = (on: string, line: number) =>
  shape({
    table: on,
    place: 'request',
    where: [{ column: 'started_at', op: '=', fn: 'date' }],
    single: true,
    limit: 1,
    location: { file: 'app/Http/Controllers/ActionController.php', line },
    code: "ActionRun::whereDate('started_at', $day)->first()",
  });

describe('an index for a DATE() comparison, proved on the bare column (MariaDB)', () => {
  let of: (rule: string) => Finding[];

  beforeAll(async () => {
    of = await plannedFindings(SQL, [onDay('action_runs', 10), onDay('indexed_runs', 20)]);
  }, 60_000);

  it('triggers: the index on started_at, proved by the planner, with the rewrite it needs', () => {
    const f = of('PA101').find((x) => x.table === 'action_runs')!;
    expect(f).toBeDefined();
    expect(f.columns).toEqual(['started_at']);
    expect(f.severity).toBe('critical');
    expect(f.evidence.decidedBy).toBe('planner');
    expect(f.message).toContain('it must also compare the bare column');
    const gain = f.evidence.proofGain as { ratio: number };
    expect(gain.ratio).toBeGreaterThanOrEqual(10);
  });

  it('must not: a column that has its index already gets no PA101, only the function finding', () => {
    expect(of('PA101').filter((x) => x.table === 'indexed_runs')).toEqual([]);
    expect(of('PA104').some((x) => x.table === 'indexed_runs')).toBe(true);
  });
});

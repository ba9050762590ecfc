import { describe, expect, it } from '@jest/globals';
import type { ReviewedRow } from '../../eval/src/labels.js';
import { appPrecision, findingKey, severitySplit, summarizePrecision } from '../../eval/src/precision.js';
import type { IndexFinding } from '../../eval/src/recall.js';

function reviewed(over: Partial<ReviewedRow>): ReviewedRow {
  return {
    commit: 'c'.repeat(40),
    rule: 'PA101',
    severity: 'critical',
    table: 'schedules',
    columns: ['is_active'],
    file: 'app/A.php',
    line: 1,
    verdict: 'true',
    reason: '',
    ...over,
  };
}

function finding(over: Partial<IndexFinding>): IndexFinding {
  return {
    rule: 'PA101',
    severity: 'critical',
    table: 'schedules',
    columns: ['is_active'],
    file: 'app/A.php',
    line: 5,
    ...over,
  };
}

describe('findingKey', () => {
  it('ignores case, line and a leading ./ but not the column order', () => {
    expect(findingKey(finding({ file: './APP/A.php', line: 99 }))).toBe(findingKey(reviewed({})));
    expect(findingKey(finding({ rule: 'PA105', file: null }))).toBe(
      findingKey(reviewed({ rule: 'PA105', file: null })),
    );
    expect(findingKey(finding({ file: 'app/B.php' }))).not.toBe(findingKey(reviewed({})));
    expect(findingKey(finding({ columns: ['a', 'b'] }))).not.toBe(
      findingKey(finding({ columns: ['b', 'a'] })),
    );
  });
});

describe('findingKey of a table rule (PA105–PA107)', () => {
  it('leaves out where the table was declared', () => {
    const placed = finding({ rule: 'PA106', file: 'database/migrations/x.php', line: 9 });
    expect(findingKey(placed)).toBe(findingKey(reviewed({ rule: 'PA106', file: null })));
    expect(findingKey(placed)).not.toBe(findingKey(reviewed({ rule: 'PA106', file: null, table: 'other' })));
  });
});

describe('appPrecision', () => {
  it('counts verdicts of the reviewed rows still reported and the unreviewed critical/warning index findings', () => {
    const rows = [
      reviewed({}),
      reviewed({ table: 'users', verdict: 'false' }),
      reviewed({ table: 'posts', verdict: 'debatable' }),
      reviewed({ table: 'gone', verdict: 'true' }),
    ];
    const findings = [
      finding({}),
      finding({ table: 'users' }),
      finding({ table: 'posts', severity: 'warning' }),
      finding({ table: 'new_one', severity: 'warning' }),
      finding({ table: 'quiet', severity: 'info' }),
      finding({ rule: 'PA201', table: null, columns: [] }),
    ];
    const p = appPrecision('app', rows, findings);
    expect(p.matched).toBe(3);
    expect(p.verdicts).toEqual({ true: 1, debatable: 1, false: 1 });
    expect(p.unmatched).toBe(1);
    expect(p.precision).toBeCloseTo(1 / 3);
    expect(p.unreviewed.map((f) => f.table)).toEqual(['new_one']);
  });

  it('has no precision when nothing matched, and sums apps', () => {
    const none = appPrecision('a', [reviewed({})], []);
    expect(none.precision).toBeNull();
    const all = appPrecision(
      'b',
      [reviewed({}), reviewed({ table: 'x', verdict: 'false' })],
      [finding({}), finding({ table: 'x' })],
    );
    const s = summarizePrecision([none, all]);
    expect(s.overall).toMatchObject({ reviewed: 3, matched: 2, unmatched: 1, precision: 0.5, unreviewed: 0 });
  });

  it('splits the verdicts by the severity the run reports each row with now', () => {
    const rows = [
      reviewed({}),
      reviewed({ table: 'users', verdict: 'false' }),
      reviewed({ table: 'posts', verdict: 'false' }),
      reviewed({ table: 'tags', verdict: 'debatable' }),
    ];
    const findings = [
      finding({}),
      finding({ table: 'users', severity: 'warning' }),
      // The same key twice: the highest severity counts.
      finding({ table: 'posts', severity: 'info' }),
      finding({ table: 'posts', severity: 'warning', line: 9 }),
      finding({ table: 'tags', severity: 'info' }),
    ];
    const p = appPrecision('app', rows, findings);
    expect(p.bySeverity).toEqual({
      critical: { true: 1, debatable: 0, false: 0 },
      warning: { true: 0, debatable: 0, false: 2 },
      info: { true: 0, debatable: 1, false: 0 },
    });
    const s = summarizePrecision([p, p]);
    const split = severitySplit(s.overall.bySeverity);
    expect(split.map((r) => [r.severity, r.matched, r.precision])).toEqual([
      ['critical', 2, 1],
      ['warning', 4, 0],
      ['info', 2, 0],
    ]);
  });
});

import { ANNOTATION_LIMITS, planAnnotations, repoPath } from '../../src/report/annotations.js';
import type { Severity } from '../../src/findings.js';
import { finding } from './sample-report.js';

function many(n: number, severity: Severity, status: 'new' | 'existing' = 'new') {
  return Array.from({ length: n }, (_, i) =>
    finding({ rule: 'PA101', severity, file: `app/F${severity}${i}.php`, line: i + 1, status }),
  );
}

describe('planAnnotations', () => {
  it('puts each annotation on the exact line, relative to the repository root', () => {
    const plan = planAnnotations(
      [
        finding({
          rule: 'PA101',
          severity: 'critical',
          file: 'app/Http/X.php',
          line: 14,
          title: 'Missing index',
        }),
      ],
      'apps/shop',
    );
    expect(plan.annotations).toEqual([
      expect.objectContaining({
        level: 'error',
        file: 'apps/shop/app/Http/X.php',
        startLine: 14,
        title: 'perf-audit PA101: Missing index',
      }),
    ]);
    expect(repoPath('', 'a/b.php')).toBe('a/b.php');
    expect(repoPath('./', 'a/b.php')).toBe('a/b.php');
  });

  it('most severe and new first; within GitHub limits per level, one error and one warning kept free; the rest counted', () => {
    const findings = [
      ...many(30, 'info'),
      ...many(30, 'warning', 'existing'),
      ...many(30, 'warning'),
      ...many(30, 'critical'),
    ];
    const plan = planAnnotations(findings);
    const count = (level: string) => plan.annotations.filter((a) => a.level === level).length;
    expect(count('error')).toBe(ANNOTATION_LIMITS.error - 1);
    expect(count('warning')).toBe(ANNOTATION_LIMITS.warning - 1);
    expect(count('notice')).toBe(ANNOTATION_LIMITS.notice);
    expect(plan.annotations.length).toBeLessThanOrEqual(ANNOTATION_LIMITS.total);
    expect(plan.omitted).toBe(120 - plan.annotations.length);
    expect(plan.annotations[0]!.level).toBe('error');
    // The warnings shown are the new ones, not the pre-existing ones.
    expect(
      plan.annotations.filter((a) => a.level === 'warning').every((a) => !a.title.includes('pre-existing')),
    ).toBe(true);
  });

  it('never annotates silenced findings, and keeps annotation text on one line', () => {
    const plan = planAnnotations([
      {
        ...finding({ rule: 'PA101', severity: 'critical', file: 'a.php', line: 1 }),
        silenced: { reason: 'r', by: 'b' },
      },
      finding({ rule: 'PA201', severity: 'warning', message: 'two\nlines', file: '.env', line: 2 }),
    ]);
    expect(plan.annotations).toHaveLength(1);
    expect(plan.annotations[0]!.message).toBe('two lines');
  });
});

import { alignTable, renderTable } from '../../src/report/text.js';
import { report } from './sample-report.js';

describe('renderTable (terminal)', () => {
  const out = renderTable(report());

  it('has the same sections as the markdown, as plain text', () => {
    expect(out.split('\n')[0]).toBe(
      'perf-audit 0.1.0: BLOCKED (2 new findings at or above fail-on critical)',
    );
    for (const heading of [
      'Summary',
      'Critical queries (EXPLAIN at production scale)',
      'Missing indexes (2)',
      'New findings (2)',
      'Pre-existing, not blocking (2)',
      'Response times',
      'Capacity',
      'Plan',
      'Phases',
    ]) {
      expect(out).toContain(`\n${heading}\n${'='.repeat(heading.length)}\n`);
    }
    expect(out).toContain(
      'ALTER TABLE discord_practices ADD INDEX discord_practices_start_at_index (start_at);',
    );
    expect(out).toContain("Laravel: $table->index('start_at');");
    expect(out).not.toMatch(/\\[_|*-]/);
  });

  it('aligns columns', () => {
    const table = alignTable(
      ['A', 'Long header'],
      [
        ['x', '1'],
        ['longer cell', '2'],
      ],
    ).split('\n');
    expect(table[0]!.indexOf('Long header')).toBe(table[2]!.indexOf('1'));
    expect(table[3]!.indexOf('2')).toBe(table[2]!.indexOf('1'));
  });

  it('says when verdicts are static', () => {
    const r = report();
    r.summary.verdicts = 'static';
    expect(renderTable(r)).toContain('Static verdicts only: no database.');
  });
});

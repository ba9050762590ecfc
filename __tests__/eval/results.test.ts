import { describe, expect, it } from '@jest/globals';
import { appPrecision, summarizePrecision } from '../../eval/src/precision.js';
import { appRecall, summarizeRecall } from '../../eval/src/recall.js';
import {
  describeDiff,
  renderResultsMarkdown,
  renderTerminal,
  type EvalResult,
} from '../../eval/src/results.js';

const P = 'a'.repeat(40);

function result(over: Partial<EvalResult> = {}): EvalResult {
  const recall = summarizeRecall([
    appRecall(
      'owner+app',
      [
        {
          fix: P,
          parent: P,
          migration: null,
          table: 'orders',
          columns: ['user_id'],
          query: { file: 'app/O.php', line: 4 },
          alreadyIndexed: false,
          existing: [],
          description: '',
        },
        {
          fix: P,
          parent: P,
          migration: null,
          table: 'items',
          columns: ['sku'],
          query: null,
          alreadyIndexed: false,
          existing: [],
          description: '',
        },
        {
          fix: P,
          parent: P,
          migration: null,
          table: 'users',
          columns: ['team_id'],
          query: null,
          alreadyIndexed: true,
          existing: [],
          description: '',
        },
        {
          fix: P,
          parent: P,
          migration: null,
          table: 'visits',
          columns: ['site_id', 'ip'],
          query: null,
          alreadyIndexed: true,
          existing: [['site_id']],
          description: '',
        },
      ],
      {
        [P]: {
          db: [
            {
              rule: 'PA101',
              severity: 'critical',
              table: 'orders',
              columns: ['user_id'],
              file: 'app/O.php',
              line: 4,
            },
            {
              rule: 'PA101',
              severity: 'warning',
              table: 'users',
              columns: ['team_id'],
              file: null,
              line: null,
            },
            {
              rule: 'PA101',
              severity: 'warning',
              table: 'visits',
              columns: ['site_id', 'ip'],
              file: null,
              line: null,
            },
          ],
          static: [],
        },
      },
    ),
  ]);
  return {
    date: '2026-12-01',
    perfAudit: { commit: '0123456789abcdef0123456789abcdef01234567', dirty: true, cli: 'abcdef012345' },
    apps: ['owner+app'],
    missing: [{ app: 'other+app', why: 'not in the corpus folder', fetch: 'git clone --mirror x y' }],
    fidelity: [
      {
        app: 'owner+app',
        agreement: 0.9,
        expected: 10,
        agreed: 9,
        diffs: [
          {
            kind: 'column-differs',
            table: 'orders',
            column: 'total',
            expected: 'decimal(8,2)',
            actual: 'double',
            source: { file: 'database/migrations/m.php', line: 12 },
          },
          { kind: 'index-missing', table: 'orders', index: 'a|b' },
        ],
        ran: 3,
        failed: [{ file: 'database/migrations/bad.php', error: 'boom', tables: ['bad'] }],
        inDump: 50,
        oracleMs: 2500,
        error: null,
        oracleError: 'killed after 600000 ms',
      },
    ],
    recall,
    head: [
      {
        app: 'owner+app',
        commit: P,
        exitCode: 1,
        counts: { critical: 1, warning: 1, info: 4 },
        byRule: { PA101: { critical: 1, warning: 0, info: 0 }, PA103: { critical: 0, warning: 1, info: 4 } },
        commentChars: 12345,
        comment: { chars: 12345, duplicatedRows: 2, blockingNamed: { named: 0, of: 1 } },
        indexFindings: [
          {
            rule: 'PA101',
            severity: 'critical',
            table: 'orders',
            columns: ['user_id'],
            file: 'app/O.php',
            line: 4,
            verdict: 'true',
            reason: 'hot path',
          },
          {
            rule: 'PA105',
            severity: 'warning',
            table: 'orders',
            columns: ['shop_id'],
            file: null,
            line: null,
          },
        ],
        error: null,
      },
    ],
    precision: summarizePrecision([appPrecision('owner+app', [], [])]),
    timing: [
      {
        app: 'owner+app',
        dbMs: 3000,
        phases: { project: 1000, schema: 500 },
        staticMs: 1500,
        oracleMs: 2500,
      },
    ],
    problems: ['eval/labels/other.json: none yet'],
    runtimeMs: 61000,
    runs: { total: 4, cached: 3 },
    ...over,
  };
}

describe('describeDiff', () => {
  it('names the item, both sides and the migration line', () => {
    expect(
      describeDiff({
        kind: 'column-differs',
        table: 't',
        column: 'c',
        expected: 'int',
        actual: 'bigint',
        source: { file: 'm.php', line: 7 },
      }),
    ).toBe('column-differs t.c: Laravel int, perf-audit bigint (m.php:7)');
    expect(describeDiff({ kind: 'table-extra', table: 't' })).toBe('table-extra t');
  });
});

describe('renderResultsMarkdown', () => {
  const md = renderResultsMarkdown(result(), 1);

  it('holds the date, the commit with its dirty flag and the missing apps', () => {
    expect(md).toContain(
      'Measured 2026-12-01 with perf-audit at `0123456789ab` (with uncommitted changes) (dist/cli/index.js sha1 `abcdef012345`)',
    );
    expect(md).toContain('Whole run: 61.0 s (3 of 4 perf-audit runs reused from eval/.work).');
    expect(md).toContain('Missing apps: other+app (not in the corpus folder).');
  });

  it('prints the fidelity table and only the top differences', () => {
    expect(md).toContain(
      '| owner+app | 90.0% | 9/10 | 2 | 3 ran, 1 failed, 50 in dump (incomplete) | 2.5 s |',
    );
    expect(md).toContain(
      '- column-differs orders.total: Laravel decimal(8,2), perf-audit double (database/migrations/m.php:12)',
    );
    expect(md).not.toContain('index-missing');
    expect(md).toContain('- ... 1 more in eval/.work/last-run.json');
    expect(md).toContain("- Laravel's run did not complete: killed after 600000 ms");
    expect(md).toContain('- Laravel failed database/migrations/bad.php (tables excluded: bad): boom');
  });

  it('prints recall with controls apart, the flagged control and the missed rows', () => {
    expect(md).toContain('| owner+app | 1/2 50.0% | 1 | 1 | 0/2 0.0% | 0 | 0 | 1/2 |');
    expect(md).toContain('- owner+app: users (team_id) flagged db');
    expect(md).toContain('- owner+app: visits (site_id, ip), existing (site_id): db');
    expect(md).toContain('- owner+app: items (sku) at aaaaaaaaaa');
  });

  it('prints the findings at HEAD, the index findings list, precision and timing', () => {
    expect(md).toContain('| owner+app | 1 | 1 | 1 | 4 | PA101 1/0/0, PA103 0/1/4 | 12,345 | 2 | 0/1 ❌ |');
    expect(md).toContain(
      'Comments: 1 of 1 at most 20,000 characters; 2 duplicated rows; the first screen (before the first collapsed section) names every blocking finding in 0 of 1 app with blocking findings.',
    );
    expect(md).toContain('- PA101 critical orders (user_id) app/O.php:4: **true** (hot path)');
    expect(md).toContain('- PA105 warning orders (shop_id): not reviewed');
    expect(md).toContain('| overall | 0 | 0 | 0 | 0 | 0 | 0 | — | 0 |');
    expect(md).toContain('| owner+app | 3.0 s | 1.0 s | — | 0.5 s | — | — | 1.5 s | 2.5 s |');
  });

  it('says why a part was skipped', () => {
    const skipped = renderResultsMarkdown(result({ fidelity: 'the Laravel oracle is not built here' }));
    expect(skipped).toContain('Skipped: the Laravel oracle is not built here');
  });
});

describe('renderTerminal', () => {
  it('prints the three tables and timing as aligned text', () => {
    const text = renderTerminal(result({ recall: 'skipped by --skip recall' }));
    expect(text).toContain('perf-audit 0123456789ab+dirty, 2026-12-01');
    expect(text).toContain('Recall on historic fixes\nskipped: skipped by --skip recall');
    expect(text).toMatch(/owner\+app\s+1\s+1\s+1\s+4\s+PA101 1\/0\/0, PA103 0\/1\/4\s+12,345/);
    expect(text).toMatch(/owner\+app\s+90\.0%\s+9\/10/);
  });
});

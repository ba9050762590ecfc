import { commentMarker, COMMENT_MAX_CHARS, renderMarkdown } from '../../src/report/markdown.js';
import { cacheDriver, finding, missingIndex, report, sessionDriver } from './sample-report.js';

/** The lines of the table that follows a `### title` heading. */
function tableAfter(md: string, heading: string): string[] {
  const start = md.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const lines = md.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[] = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith('|')) break;
    rows.push(line);
  }
  return rows;
}

describe('renderMarkdown: the seed audit laid out for a PR', () => {
  const md = renderMarkdown(report(), {
    docsBaseUrl: 'https://github.com/acme/perf-audit/blob/v1/',
    commentKey: 'api',
  });

  it('starts with the hidden marker and a blocked headline with counts and the verdict source', () => {
    expect(md.startsWith('<!-- perf-audit:api -->\n')).toBe(true);
    expect(md).toContain('## ❌ perf-audit: blocked');
    expect(md).toContain('2 new findings at or above fail\\-on critical');
    expect(md).toContain('totals: 2 critical, 2 warnings, 0 info');
    expect(md).toContain("verdicts confirmed by MariaDB's planner at production scale");
  });

  it('has the summary table with a status per line', () => {
    const rows = tableAfter(md, '### 📊 Summary');
    const row = (metric: string) => rows.find((r) => r.startsWith(`| ${metric}`)) ?? '';
    expect(row('TTFB')).toContain('92 ms');
    expect(row('TTFB')).toContain('✅ Excellent');
    expect(row('Cache driver')).toContain('**database**');
    expect(row('Cache driver')).toContain('⚠️ Migrate to Redis');
    expect(row('Session driver')).toContain('⚠️ Migrate to Redis');
    expect(row('Queue connection')).toContain('**redis**');
    expect(row('Queue connection')).toContain('✅ Correct');
    expect(row('Missing indexes')).toContain('**2**');
    expect(row('Missing indexes')).toContain('❌');
    expect(row('PHP\\-FPM workers')).toContain('➖ no pool config given');
    expect(row('Capacity at 100 concurrent users')).toContain('⚠️ may degrade');
  });

  it('lists the critical queries like the seed: type, rows and the problem', () => {
    const rows = tableAfter(md, '### 🔍 Critical queries');
    expect(rows[0]).toBe('| Query | Type | Rows | Problem |');
    expect(rows[2]).toContain('Upcoming practices');
    expect(rows[2]).toContain('`ALL`');
    expect(rows[2]).toContain('1,000,000');
    expect(rows[2]).toContain('❌ Full table scan \\+ filesort');
    expect(rows[3]).toContain('✅ Uses index `users_role_index`');
  });

  it('gives the missing indexes as ready SQL and as a Laravel migration', () => {
    const section = md.slice(md.indexOf('### 🗂️ Missing indexes (2)'));
    expect(section).toContain('```sql\n-- 🔴 new: discord_practices.start_at');
    expect(section).toContain(
      'ALTER TABLE discord_practices ADD INDEX discord_practices_start_at_index (start_at);',
    );
    expect(section).toContain(
      'ALTER TABLE certificates ADD INDEX certificates_created_at_index (created_at);',
    );
    expect(section).toContain(
      "Schema::table('certificates', function (Blueprint $table) {\n    $table->index('created_at');\n});",
    );
  });

  it('shows new findings with fixes and doc links, pre-existing ones folded', () => {
    const rows = tableAfter(md, '### 🆕 New findings (2)');
    expect(rows).toHaveLength(4);
    expect(rows[2]).toContain('[PA101](https://github.com/acme/perf-audit/blob/v1/docs/rules/PA101.md)');
    expect(rows[2]).toContain('`app/Http/Controllers/PracticeController.php:14`');
    expect(md).toMatch(
      /<details><summary>2 pre-existing findings \(already on the base branch, not blocking\)<\/summary>\n\n\|/,
    );
    const details = md.slice(md.indexOf('<details><summary>2 pre-existing'));
    expect(details.slice(0, details.indexOf('</details>'))).toContain('.env: CACHE\\_DRIVER=redis');
  });

  it('has TTFB and capacity tables, a prioritized plan and the phases', () => {
    expect(tableAfter(md, '### ⚡ Response times')[0]).toBe(
      '| URL | Samples | DNS | Connect | TTFB p50 | TTFB p95 | Total p50 | Status |',
    );
    expect(tableAfter(md, '### ⚡ Response times')[2]).toContain('**92 ms**');
    expect(tableAfter(md, '### 🚀 Capacity')).toHaveLength(4);
    const plan = md.slice(md.indexOf('### 🔧 Plan'));
    expect(plan.indexOf('**High priority** (critical)')).toBeLessThan(
      plan.indexOf('**Medium priority** (warnings)'),
    );
    expect(plan).toContain(
      '1. Missing index on discord\\_practices.start\\_at — `ALTER TABLE discord_practices',
    );
    expect(plan).toContain('3. Cache store is database _(pre-existing)_ — .env: CACHE\\_DRIVER=redis');
    expect(md).toContain('| planner | ✅ ran | 900 ms | 12 shapes |');
  });
});

describe('renderMarkdown: verdicts', () => {
  it('passes when only pre-existing findings remain, and says which were fixed', () => {
    const fixed = missingIndex('certificates', 'created_at', { status: 'existing' });
    const r = report({
      findings: [missingIndex('discord_practices', 'start_at', { status: 'existing' }), cacheDriver()],
      fixed: [fixed],
    });
    r.summary.blocked = false;
    const md = renderMarkdown(r);
    expect(md).toContain('## ✅ perf-audit: passed');
    expect(md).toContain('no new finding at or above fail\\-on critical');
    expect(md).toContain('### 🆕 New findings\n\nNone: this change adds no finding.');
    expect(tableAfter(md, '### 🎉 Fixed since base (1)')[2]).toContain(
      'Missing index on certificates.created\\_at',
    );
  });

  it('says plainly when no database confirmed the verdicts', () => {
    const r = report({ explains: [] });
    r.summary.verdicts = 'static';
    const md = renderMarkdown(r);
    expect(md).toContain('static verdicts only: no database');
    expect(md).not.toContain('### 🔍 Critical queries');
  });

  it('lists silenced findings with their reason and never counts them as new', () => {
    const silenced = {
      ...missingIndex('legacy_logs', 'created_at'),
      silenced: { reason: 'rewritten in Q3', by: '.perf-audit.yml ignore[0]' },
    };
    const r = report({ findings: [silenced, sessionDriver()] });
    const md = renderMarkdown(r);
    const rows = tableAfter(md, '### 🔕 Silenced (1, never blocking)');
    expect(rows[2]).toContain('rewritten in Q3');
    expect(rows[2]).toContain('.perf\\-audit.yml ignore\\[0\\]');
    expect(md).not.toContain('### 🆕 New findings (');
  });
});

describe('renderMarkdown: size limit', () => {
  const many = Array.from({ length: 600 }, (_, i) =>
    finding({
      rule: 'PA101',
      severity: i % 3 === 0 ? 'critical' : 'warning',
      title: `Missing index on table_${i}.column_${i}`,
      message: 'x'.repeat(380),
      file: `app/Models/Model${i}.php`,
      line: i + 1,
      table: `table_${i}`,
      columns: [`column_${i}`],
      fix: {
        sql: `ALTER TABLE table_${i} ADD INDEX idx_${i} (column_${i});`,
        migration: `$table->index('column_${i}');`,
        text: null,
      },
      status: i % 2 ? 'existing' : 'new',
    }),
  );

  it('stays under GitHub comment limit by trimming the least important sections first', () => {
    const full = renderMarkdown(report({ findings: many }), { maxChars: 10_000_000 });
    expect(full.length).toBeGreaterThan(COMMENT_MAX_CHARS);
    const md = renderMarkdown(report({ findings: many }), {
      commentKey: 'default',
      summaryUrl: 'https://github.com/acme/app/actions/runs/1',
    });
    expect(md.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(md).toContain(
      "Shortened to fit GitHub's size limit: [see the job summary](https://github.com/acme/app/actions/runs/1)",
    );
    expect(md).toContain('### 📊 Summary');
    expect(md).toContain('### 🆕 New findings (300)');
    expect(md).not.toContain('<summary>Phases</summary>');
    expect(md).not.toContain('### 🔧 Plan');
  });

  it('cuts table rows when the sections that must stay are still too long', () => {
    const md = renderMarkdown(report({ findings: many }), { maxChars: 8_000 });
    expect(md.length).toBeLessThanOrEqual(8_000);
    expect(md).toContain('## ❌ perf-audit: blocked');
    expect(md).toMatch(/…and \d+ more: see the job summary/);
    // Every code fence that opens also closes.
    expect((md.match(/^```/gm) ?? []).length % 2).toBe(0);
  });

  it('keeps the headline even with an absurdly small limit', () => {
    const md = renderMarkdown(report({ findings: many }), { maxChars: 300, commentKey: 'x' });
    expect(md.length).toBeLessThanOrEqual(300);
    expect(md.startsWith(commentMarker('x'))).toBe(true);
  });
});

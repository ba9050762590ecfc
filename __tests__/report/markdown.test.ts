import { commentMarker, COMMENT_BUDGET_CHARS, renderMarkdown } from '../../src/report/markdown.js';
import { cacheDriver, finding, missingIndex, report, sessionDriver } from './sample-report.js';
import { decidedAt } from '../../src/report/markdown-sections.js';

const SOURCE = { blobUrl: 'https://github.com/acme/app/blob/abc123', appDir: 'api' };

/** The lines of the first table after `marker`. */
function tableAfter(md: string, marker: string): string[] {
  const start = md.indexOf(marker);
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

/** The text of the collapsed block whose summary starts with `summary`. */
function detailsOf(md: string, summary: string): string {
  const start = md.indexOf(`<details><summary>${summary}`);
  expect(start).toBeGreaterThanOrEqual(0);
  return md.slice(start, md.indexOf('</details>', start));
}

describe('renderMarkdown: the decision first, the rest collapsed', () => {
  const md = renderMarkdown(report(), {
    docsBaseUrl: 'https://github.com/acme/perf-audit/blob/v1/',
    commentKey: 'api',
    source: SOURCE,
  });
  const firstScreen = md.slice(0, md.indexOf('<details>'));

  it('starts with the hidden marker and a blocked headline with counts and the verdict source', () => {
    expect(md.startsWith('<!-- perf-audit:api -->\n')).toBe(true);
    expect(md).toContain('## ❌ perf-audit: blocked');
    expect(md).toContain('2 new findings at or above fail\\-on critical');
    expect(md).toContain('totals: 2 critical, 2 warnings, 0 info');
    expect(md).toContain("verdicts confirmed by MariaDB's planner at production scale");
  });

  it('lists each blocking finding with its rule, a link to the line at the head commit and its fix as code', () => {
    expect(firstScreen).toContain('### Blocking findings (2)');
    expect(firstScreen).toContain('#### 1. 🔴 Missing index on discord\\_practices.start\\_at');
    expect(firstScreen).toContain(
      '[PA101](https://github.com/acme/perf-audit/blob/v1/docs/rules/PA101.md) · [app/<wbr>Http/<wbr>Controllers/<wbr>PracticeController.php:14](https://github.com/acme/app/blob/abc123/api/app/Http/Controllers/PracticeController.php#L14)',
    );
    expect(firstScreen).toContain(
      '```sql\nALTER TABLE discord_practices\n  ADD INDEX discord_practices_start_at_index (start_at);\n```',
    );
    expect(firstScreen).toContain("```php\n$table->index('start_at');\n```");
  });

  it('then the index plan of the new findings: one ALTER TABLE and one Schema::table per table', () => {
    const plan = firstScreen.slice(firstScreen.indexOf('### 🗂️ Index plan for the new findings'));
    expect(plan).toContain('ALTER TABLE certificates ADD INDEX certificates_created_at_index (created_at);');
    expect(plan).toContain(
      "Schema::table('certificates', function (Blueprint $table) {\n    $table->index('created_at');\n});",
    );
  });

  it('keeps pre-existing findings, checks, TTFB, capacity, EXPLAIN and phases collapsed', () => {
    expect(firstScreen).not.toContain('Cache store is database');
    const existing = detailsOf(md, '2 pre-existing findings (already on the base branch, not blocking)');
    expect(tableAfter(existing, '|')[0]).toBe('|  | Rule | Where | Finding |');
    // Fixes never sit in a table column.
    expect(existing).toContain('- Cache store is database: .env: CACHE\\_DRIVER=redis');
    const checks = detailsOf(md, '📊 Checks and settings');
    const row = (metric: string) => tableAfter(checks, '|').find((r) => r.startsWith(`| ${metric}`)) ?? '';
    expect(row('Cache driver')).toContain('⚠️ Migrate to Redis');
    expect(row('Missing indexes')).toContain('**2**');
    expect(checks).toContain('| `cache.default` | `database` | .env.example:12: CACHE\\_DRIVER |');
    expect(detailsOf(md, '⚡ Response times')).toContain('**92 ms**');
    expect(tableAfter(detailsOf(md, '🚀 Capacity'), '|')).toHaveLength(4);
    expect(detailsOf(md, 'Phases')).toContain('| planner | ✅ ran | 900 ms | 12 shapes |');
    const explain = detailsOf(md, '🔍 EXPLAIN at production scale: 2 queries, 1 with a problem');
    expect(explain).toContain('`ALL` | 1,000,000 | ❌ Full table scan \\+ filesort');
  });

  it('says nothing was shortened when nothing was left out', () => {
    expect(md).not.toContain('Shortened');
    expect(md.length).toBeLessThan(COMMENT_BUDGET_CHARS);
  });
});

describe('renderMarkdown: EXPLAIN rows show the query as the code wrote it', () => {
  it('shows the source chain, never the sample values the planner was given', () => {
    const r = report({
      explains: [
        {
          name: 'Order::where(…)',
          sql: "SELECT * FROM orders WHERE status = 'sample1'",
          code: "Order::where('status', $status)->get()",
          table: 'orders',
          access: 'ALL',
          key: null,
          rows: 1_000_000,
          filesort: false,
          temporary: false,
          verdict: 'full scan',
          location: { file: 'app/Http/Controllers/OrderController.php', line: 9 },
        },
      ],
    });
    const explain = detailsOf(renderMarkdown(r, { source: SOURCE }), '🔍 EXPLAIN');
    expect(explain).toContain("`Order::where('status', $status)->get()`");
    expect(explain).not.toContain('sample1');
    expect(explain).toContain(
      '(https://github.com/acme/app/blob/abc123/api/app/Http/Controllers/OrderController.php#L9)',
    );
  });
});

describe('renderMarkdown: EXPLAIN rows never repeat', () => {
  const row = (sql: string, rows: number, key = 'orders_status_index') => ({
    name: 'Order::query() …->get()',
    sql,
    code: 'Order::query() …->get()',
    table: 'orders',
    access: 'range',
    key,
    rows,
    filesort: true,
    temporary: false,
    verdict: 'filesort' as const,
    location: { file: 'app/Http/Controllers/OrderController.php', line: 20 },
  });

  it('shows shapes of one query with the same plan once, with their count', () => {
    const r = report({
      explains: [
        row('SELECT * FROM orders WHERE status IN (?) ORDER BY name', 480),
        row(
          'SELECT * FROM orders WHERE status IN (?) AND visible = 1 ORDER BY name',
          480,
          'orders_visible_index',
        ),
      ],
    });
    const explain = detailsOf(renderMarkdown(r, { source: SOURCE }), '🔍 EXPLAIN');
    expect(explain.split('\n').filter((l) => l.includes('OrderController.php:20')).length).toBe(1);
    expect(explain).toContain('2 shapes of this query, one plan');
  });

  it('keeps shapes whose plans differ as rows of their own', () => {
    const r = report({
      explains: [row('SELECT * FROM orders WHERE status IN (?)', 480), row('SELECT * FROM orders', 9000)],
    });
    const explain = detailsOf(renderMarkdown(r, { source: SOURCE }), '🔍 EXPLAIN');
    expect(explain.split('\n').filter((l) => l.includes('OrderController.php:20')).length).toBe(2);
    expect(explain).not.toContain('shapes of this query');
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
    expect(md).not.toContain('### Blocking findings');
    expect(md).not.toContain('### 🗂️ Index plan');
    expect(detailsOf(md, '🎉 1 finding fixed since base')).toContain(
      'Missing index on certificates.created\\_at',
    );
  });

  it('collapses new findings that do not block, with their fixes under the table', () => {
    const r = report({ findings: [cacheDriver('new')] });
    r.summary.blocked = false;
    const md = renderMarkdown(r);
    const other = detailsOf(md, '1 other new finding (not blocking)');
    expect(other).toContain('**Cache store is database**');
    expect(other).toContain('- Cache store is database: .env: CACHE\\_DRIVER=redis');
  });

  it('says plainly when no database confirmed the verdicts', () => {
    const r = report({ explains: [] });
    r.summary.verdicts = 'static';
    const md = renderMarkdown(r);
    expect(md).toContain('static verdicts only: no database');
    expect(md).not.toContain('EXPLAIN at production scale');
  });

  it('lists silenced findings with their reason and never counts them as new', () => {
    const silenced = {
      ...missingIndex('legacy_logs', 'created_at'),
      silenced: { reason: 'rewritten in Q3', by: '.perf-audit.yml ignore[0]' },
    };
    const r = report({ findings: [silenced, sessionDriver()] });
    const md = renderMarkdown(r);
    const rows = tableAfter(detailsOf(md, '🔕 1 silenced finding (never blocking)'), '|');
    expect(rows[2]).toContain('rewritten in Q3');
    expect(rows[2]).toContain('.perf\\-audit.yml ignore\\[0\\]');
    expect(md).not.toContain('### Blocking findings');
  });

  it('merges indexes that lead another planned index of the same table', () => {
    const wide = finding({
      rule: 'PA101',
      severity: 'critical',
      title: 'Missing index on orders (user_id, created_at)',
      table: 'orders',
      columns: ['user_id', 'created_at'],
      fix: {
        sql: 'ALTER TABLE orders ADD INDEX orders_user_id_created_at_index (user_id, created_at);',
        migration: "$table->index(['user_id', 'created_at']);",
        text: null,
      },
    });
    const md = renderMarkdown(report({ findings: [missingIndex('orders', 'user_id'), wide] }));
    const plan = md.slice(md.indexOf('### 🗂️ Index plan'), md.indexOf('<details>'));
    expect(plan).toContain(
      'ALTER TABLE orders\n  ADD INDEX orders_user_id_created_at_index (user_id, created_at);',
    );
    expect(plan).not.toContain('orders_user_id_index');
  });
});

describe('renderMarkdown: constructs not understood', () => {
  it('one line per construct with its count and at most three places', () => {
    const findings = Array.from({ length: 64 }, (_, i) =>
      finding({
        rule: 'PA901',
        severity: 'info',
        title: 'Construct not understood',
        file: `app/Models/M${i}.php`,
        line: i + 1,
        evidence: { construct: 'dynamic static call' },
      }),
    );
    const md = renderMarkdown(report({ findings }));
    const block = detailsOf(md, '🧩 Not understood: 1 construct, 64 places');
    expect(block.split('\n').filter((l) => l.startsWith('- '))).toEqual([
      '- dynamic static call ×64: `app/Models/M0.php:1`, `app/Models/M1.php:2`, `app/Models/M2.php:3` and 61 more',
    ]);
    expect(md).not.toContain('### Blocking findings');
  });
});

describe('renderMarkdown: size budget', () => {
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

  it('fills the budget, blocking findings first, and says what it left out and where the rest is', () => {
    const md = renderMarkdown(report({ findings: many }), {
      commentKey: 'default',
      summaryUrl: 'https://github.com/acme/app/actions/runs/1',
    });
    expect(md.length).toBeLessThanOrEqual(COMMENT_BUDGET_CHARS);
    expect(md.length).toBeGreaterThan(COMMENT_BUDGET_CHARS * 0.9);
    expect(md).toMatch(/Shortened to 20,000 characters: left out \d+ of the fixes of 100 blocking findings/);
    // Those without room for their fix are still named on the first screen, one line each, numbered on.
    const screen = md.slice(0, md.indexOf('<details'));
    expect(screen).toContain(
      'Also blocking (fixes in [the job summary](https://github.com/acme/app/actions/runs/1)):',
    );
    const cards = (screen.match(/^#### \d+\. /gm) ?? []).length;
    const named = screen.match(/^\d+\. .* · `PA\d+`.*$/gm) ?? [];
    // Up to 7,000 characters of names; the full lines would not all fit, so every name is the short one.
    expect(named.length).toBeGreaterThan(50);
    expect(named.join('\n').length).toBeLessThanOrEqual(7_000);
    expect(named.filter((l) => l.includes('app/Models/'))).toEqual([]);
    // The short names all fit: every blocking finding is on the first screen, as a card or a name.
    expect(cards + named.length).toBe(100);
    expect(screen).not.toContain('more in [the job summary]');
    expect(named[0]).toMatch(
      new RegExp(
        `^${cards + 1}\\. Missing index on table\\\\_\\d+\\.column\\\\_\\d+ · \`PA101\` · \`Model\\d+\\.php:\\d+\`$`,
      ),
    );
    expect(md).toContain('### Blocking findings (100)');
    // Every section got a few rows before any grew.
    expect(md).toContain('<summary>300 pre-existing findings');
  });

  it('keeps every code fence closed and the headline first with a small budget', () => {
    const md = renderMarkdown(report({ findings: many }), { maxChars: 8_000 });
    expect(md.length).toBeLessThanOrEqual(8_000);
    expect(md).toContain('## ❌ perf-audit: blocked');
    expect(md).toMatch(/Shortened to 8,000 characters/);
    expect((md.match(/^```/gm) ?? []).length % 2).toBe(0);
  });

  it('names as many blocking findings as 7,000 characters of short names hold, and counts the rest', () => {
    const blocking = Array.from({ length: 400 }, (_, i) => ({
      ...many[0],
      title: `Missing index on table_${i}.column_${i}`,
      table: `table_${i}`,
      columns: [`column_${i}`],
      file: `app/Models/Model${i}.php`,
      line: i + 1,
      fingerprint: `f${i}`,
    }));
    const md = renderMarkdown(report({ findings: blocking }), { summaryUrl: 'https://x/run' });
    const screen = md.slice(0, md.indexOf('<details') < 0 ? md.length : md.indexOf('<details'));
    const cards = (screen.match(/^#### \d+\. /gm) ?? []).length;
    const named = screen.match(/^\d+\. .* · `PA\d+`.*$/gm) ?? [];
    expect(named.join('\n').length).toBeLessThanOrEqual(7_000);
    expect(cards + named.length).toBeLessThan(400);
    expect(screen).toContain(
      `_…and ${400 - cards - named.length} more in [the job summary](https://x/run)._`,
    );
  });

  it('keeps the headline even with an absurdly small limit', () => {
    const md = renderMarkdown(report({ findings: many }), { maxChars: 300, commentKey: 'x' });
    expect(md.length).toBeLessThanOrEqual(300);
    expect(md.startsWith(commentMarker('x'))).toBe(true);
  });
});

describe('which file decided a setting', () => {
  it('names the file and line: an env line, a config default, a framework default without a place', () => {
    expect(
      decidedAt({
        source: 'docker-compose.prod.yml: CACHE_DRIVER',
        file: 'docker-compose.prod.yml',
        line: 9,
      }),
    ).toBe('docker-compose.prod.yml:9: CACHE_DRIVER');
    expect(
      decidedAt({
        source: 'config/cache.php default (no env file sets CACHE_DRIVER)',
        file: 'config/cache.php',
        line: 33,
      }),
    ).toBe('config/cache.php default (no env file sets CACHE_DRIVER) (config/cache.php:33)');
    expect(
      decidedAt({ source: 'Laravel 11 default (config/cache.php absent)', file: null, line: null }),
    ).toBe('Laravel 11 default (config/cache.php absent)');
  });
});

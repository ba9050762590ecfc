/**
 * The PR comment as a reviewer sees it: rendered by a real markdown renderer and laid out by Chromium at
 * 1280×800. The blocking finding must be on the first screen and nothing may stick out sideways, on the
 * example app with a baseline (one new finding, several pre-existing) and on a large synthetic report.
 */

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../../src/findings.js';
import { parseReport } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { DB_URL, EXAMPLE_APP, runCli } from '../cli/helpers.js';
import { lookAt } from '../helpers/rendered-comment.js';
import { finding, missingIndex, report } from './sample-report.js';

const FIRST_SCREEN = 800;
const OPTIONS = {
  commentKey: 'default',
  docsBaseUrl: 'https://github.com/acme/perf-audit/blob/v1/',
  summaryUrl: 'https://github.com/acme/shop/actions/runs/42',
  source: {
    blobUrl: 'https://github.com/acme/shop/blob/0123456789abcdef0123456789abcdef01234567',
    appDir: 'app',
  },
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'dev',
      GIT_AUTHOR_EMAIL: 'dev@example.test',
      GIT_COMMITTER_NAME: 'dev',
      GIT_COMMITTER_EMAIL: 'dev@example.test',
    },
  }).trim();
}

const ORDER_CONTROLLER = `<?php

namespace App\\Http\\Controllers;

use App\\Models\\Order;

class OrderController extends Controller
{
    public function pending()
    {
        return view('orders.pending', [
            'orders' => Order::where('status', 'pending')->orderBy('created_at')->get(),
        ]);
    }
}
`;

describe('the rendered comment, on the example app with a baseline', () => {
  let repo: string;
  let md: string;

  beforeAll(async () => {
    repo = mkdtempSync(join(tmpdir(), 'pa-rendered-'));
    cpSync(EXAMPLE_APP, join(repo, 'app'), { recursive: true, filter: (src) => !src.includes('/vendor/') });
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'base');
    const base = git(repo, 'rev-parse', 'HEAD');
    writeFileSync(join(repo, 'app/app/Http/Controllers/OrderController.php'), ORDER_CONTROLLER);
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'pending orders');
    const out = join(repo, 'report.json');
    const run = await runCli(
      ['--app', join(repo, 'app'), '--db', DB_URL, '--baseline', base, '--format', 'json', '--output', out],
      { PERF_AUDIT_CACHE_DIR: 'none' },
    );
    expect(run.stderr).toContain('BLOCKED');
    expect(run.code).toBe(1);
    md = renderMarkdown(parseReport(readFileSync(out, 'utf8')), OPTIONS);
  });

  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('leads with the one new finding, its fix and a link to its line; the rest is collapsed', () => {
    expect(md).toContain('### Blocking findings (1)');
    const blocking = md.slice(md.indexOf('### Blocking findings'), md.indexOf('<details>'));
    expect(blocking).toContain(
      '(https://github.com/acme/shop/blob/0123456789abcdef0123456789abcdef01234567/app/app/Http/Controllers/OrderController.php#L12)',
    );
    expect(blocking).toMatch(/```sql\nALTER TABLE orders/);
    expect(blocking).toMatch(/```php\n\$table->index\(\['status', 'created_at'\]\);/);
    expect(blocking).not.toContain('certificates');
    expect(md).toMatch(/<details><summary>\d+ pre-existing findings/);
    expect(md).not.toContain('Shortened');
  });

  it('shows the blocking finding on the first screen at 1280×800, and nothing overflows', async () => {
    const look = await lookAt(md);
    try {
      const title = await look.bottomOf('Missing index on orders');
      expect(title).not.toBeNull();
      expect(title!).toBeLessThan(FIRST_SCREEN);
      // Its fix too: the ALTER TABLE and the migration line.
      expect((await look.bottomOf("$table->index(['status', 'created_at']);"))!).toBeLessThan(FIRST_SCREEN);
      expect(await look.overflowing()).toEqual([]);
    } finally {
      await look.close();
    }
  });
});

describe('the rendered comment, on a large report', () => {
  const findings: Finding[] = [
    missingIndex('invoices', 'customer_id', {
      file: 'app/Http/Controllers/Billing/InvoiceController.php',
      line: 88,
    }),
  ];
  for (let i = 0; i < 240; i += 1)
    findings.push(
      missingIndex(`table_${i % 60}`, `column_${i}`, {
        status: 'existing',
        severity: i % 4 ? 'warning' : 'critical',
        file: `app/Domain/Module${i % 17}/Repositories/EloquentRecordRepository${i}.php`,
        line: 10 + i,
      }),
    );
  for (let i = 0; i < 300; i += 1)
    findings.push(
      finding({
        rule: 'PA901',
        severity: 'info',
        title: 'Construct not understood',
        message: `A query built through a dynamic method name could not be followed (${i})`,
        file: `app/Services/Service${i % 40}.php`,
        line: i + 1,
        evidence: { construct: `dynamic method call ${i % 7}` },
        status: 'existing',
      }),
    );
  const big = report({ findings, explains: report().explains });

  it('fits its budget, says what it left out, and still leads with the blocking finding', async () => {
    const md = renderMarkdown(big, OPTIONS);
    expect(md.length).toBeLessThanOrEqual(20_000);
    expect(md).toMatch(/Shortened to 20,000 characters: left out \d+ of 240 pre-existing findings/);
    expect(md).toContain('[the job summary](https://github.com/acme/shop/actions/runs/42)');
    // PA901: one line per construct, never one per place.
    expect(md).toContain('Not understood: 7 constructs, 300 places');
    expect(md.match(/dynamic method call 0 ×43/g)).toHaveLength(1);
    const look = await lookAt(md);
    try {
      expect((await look.bottomOf('Missing index on invoices.customer_id'))!).toBeLessThan(FIRST_SCREEN);
      expect((await look.bottomOf("$table->index('customer_id');"))!).toBeLessThan(FIRST_SCREEN);
      expect(await look.overflowing()).toEqual([]);
    } finally {
      await look.close();
    }
  });
});

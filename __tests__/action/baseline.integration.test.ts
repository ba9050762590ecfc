/**
 * The gate on a real git history: a PR that adds one missing index to an app that already has two blocks
 * on exactly that one, and the comment lists the two as pre-existing. Ignores from the config and inline
 * show up as silenced. Drives the bundled action (dist/index.js).
 */

import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { commentMarker } from '../../src/report/markdown.js';
import { FakeGitHub } from './github-api.js';
import { pullRequestEvent, runAction } from './run-action.js';

const FIXTURES = resolve('__tests__/fixtures/gate');
const PR = 31;

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

let api: FakeGitHub;
let repo: string;

beforeEach(async () => {
  api = await new FakeGitHub().start();
  api.addPull(PR);
  repo = await mkdtemp(join(tmpdir(), 'perf-audit-pr-'));
  await cp(join(FIXTURES, 'shop-app'), join(repo, 'shop'), { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'shop with two missing indexes');
});

afterEach(async () => {
  await api.stop();
  await rm(repo, { recursive: true, force: true });
});

describe('baseline: only what the PR introduced blocks', () => {
  const DB_URL = process.env['PERF_AUDIT_DB_URL'] || 'mysql://root@127.0.0.1:3306';

  it.each([
    ['static verdicts (no database)', null],
    ["MariaDB's planner", DB_URL],
  ])(
    'one new missing index blocks alone; the two on the base are listed as pre-existing: %s',
    async (_label, dbUrl) => {
      const base = git(repo, 'rev-parse', 'HEAD');
      git(repo, 'checkout', '-q', '-b', 'feature');
      await cp(join(FIXTURES, 'shop-pr'), join(repo, 'shop'), { recursive: true });
      git(repo, 'add', '.');
      git(repo, 'commit', '-q', '-m', 'deals page');
      const head = git(repo, 'rev-parse', 'HEAD');

      const run = await runAction({
        workspace: repo,
        apiUrl: api.url,
        event: pullRequestEvent(PR, base, head),
        inputs: {
          app: 'shop',
          baseline: 'base',
          'github-token': 'ghs_token',
          ...(dbUrl ? { 'database-url': dbUrl } : {}),
        },
      });
      expect(run.code).toBe(1);
      expect(run.summary).toContain(
        dbUrl ? "verdicts confirmed by MariaDB's planner" : 'static verdicts only: no database',
      );
      const added = run.report!.findings.filter((f) => f.status === 'new');
      const existing = run.report!.findings.filter((f) => f.status === 'existing');
      expect(added.map((f) => [f.rule, f.table, f.columns])).toEqual([['PA101', 'products', ['price']]]);
      expect(
        existing
          .filter((f) => f.rule === 'PA101')
          .map((f) => `${f.table}.${f.columns.join(',')}`)
          .sort(),
      ).toEqual(['products.category', 'reviews.published_at']);

      const [comment] = api.ourComments(PR, commentMarker('default'));
      expect(comment!.body).toContain('## ❌ perf-audit: blocked');
      expect(comment!.body).toContain('**1 new finding at or above fail\\-on critical**');
      const blocking = comment!.body.slice(comment!.body.indexOf('### Blocking findings (1)'));
      const firstScreen = blocking.slice(0, blocking.indexOf('\n\n<details>'));
      expect(firstScreen).toContain('Missing index on products \\(price\\)');
      // A link to the line at the PR head, and the fix as code blocks.
      expect(firstScreen).toContain(`/blob/${head}/shop/app/Http/Controllers/`);
      expect(firstScreen).toMatch(/```sql\nALTER TABLE products/);
      const details = comment!.body.slice(
        comment!.body.indexOf('<details><summary>'),
        comment!.body.indexOf('</details>'),
      );
      expect(details).toMatch(
        /<summary>\d+ pre-existing findings? \(already on the base branch, not blocking\)<\/summary>/,
      );
      expect(details).toContain('Missing index on products \\(category\\)');
      expect(details).toContain('Missing index on reviews \\(published\\_at\\)');

      // The base was audited in a worktree that is gone again.
      expect(git(repo, 'worktree', 'list').split('\n')).toHaveLength(1);
      expect(git(repo, 'status', '--porcelain')).toBe('');
    },
  );

  it('baseline: none blocks on every finding, old ones included', async () => {
    const run = await runAction({
      workspace: repo,
      apiUrl: api.url,
      event: pullRequestEvent(PR),
      inputs: { app: 'shop', baseline: 'none', comment: 'false' },
    });
    expect(run.code).toBe(1);
    expect(run.report!.findings.filter((f) => f.rule === 'PA101').every((f) => f.status === 'new')).toBe(
      true,
    );
  });

  it('ignores from the config and inline are listed as silenced and do not block', async () => {
    const controller = join(repo, 'shop', 'app', 'Http', 'Controllers', 'CatalogController.php');
    const text = await readFile(controller, 'utf8');
    await writeFile(
      controller,
      text.replace(
        "        $products = Product::where('category', $category)",
        "        // perf-audit-ignore PA101 twelve categories, served from the page cache\n        $products = Product::where('category', $category)",
      ),
    );
    await writeFile(
      join(repo, 'shop', '.perf-audit.yml'),
      'ignore:\n  - rule: PA101\n    table: reviews\n    columns: [published_at]\n    reason: reviews are read from the search index\n',
    );
    const run = await runAction({
      workspace: repo,
      apiUrl: api.url,
      event: pullRequestEvent(PR),
      inputs: { app: 'shop', baseline: 'none', 'github-token': 't0ken' },
    });
    expect(run.code).toBe(0);
    const silenced = run
      .report!.findings.filter((f) => f.silenced)
      .map((f) => [f.table, f.silenced!.reason, f.silenced!.by]);
    expect(silenced).toEqual(
      expect.arrayContaining([
        [
          'products',
          'twelve categories, served from the page cache',
          'inline comment at app/Http/Controllers/CatalogController.php:12',
        ],
        ['reviews', 'reviews are read from the search index', '.perf-audit.yml ignore[0]'],
      ]),
    );
    const [comment] = api.ourComments(PR, commentMarker('default'));
    expect(comment!.body).toContain('## ✅ perf-audit: passed');
    expect(comment!.body).toContain('<summary>🔕 2 silenced findings (never blocking)</summary>');
    expect(comment!.body).toContain('reviews are read from the search index');
  });
});

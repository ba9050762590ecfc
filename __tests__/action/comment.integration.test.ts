/**
 * The bundled action against a local stand-in for the GitHub REST API: one comment, created then updated,
 * showing "passed" after a fix; 150 other comments; and each failure GitHub can answer with.
 * Needs dist/index.js (`npm run bundle`; `npm test` runs it first).
 */

import { cp, mkdtemp, rm } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { commentMarker } from '../../src/report/markdown.js';
import { FakeGitHub } from './github-api.js';
import { pullRequestEvent, runAction, type ActionRun } from './run-action.js';

const FIXTURES = resolve('__tests__/fixtures/gate');
const PR = 12;
const MARKER = commentMarker('default');

let api: FakeGitHub;
let workspace: string;
let app: string;

beforeEach(async () => {
  api = await new FakeGitHub().start();
  api.addPull(PR);
  workspace = await mkdtemp(join(tmpdir(), 'perf-audit-ws-'));
  app = join(workspace, 'shop');
  await cp(join(FIXTURES, 'shop-app'), app, { recursive: true });
});

afterEach(async () => {
  await api.stop();
  await rm(workspace, { recursive: true, force: true });
});

function audit(
  inputs: Record<string, string> = {},
  event: { name: string; payload: object } = pullRequestEvent(PR),
): Promise<ActionRun> {
  return runAction({
    workspace,
    apiUrl: api.url,
    event,
    inputs: {
      app: 'shop',
      baseline: 'none',
      'github-token': 'ghs_secret_token_value',
      comment: 'true',
      ...inputs,
    },
  });
}

/** Every run, whatever GitHub answered, leaves the audit in the summary and the JSON report. */
function expectAuditWritten(run: ActionRun): void {
  expect(run.summary).toMatch(/## (❌|✅) perf-audit: (blocked|passed)/);
  expect(run.reportPath).not.toBeNull();
  expect(existsSync(run.reportPath!)).toBe(true);
  expect(run.report!.summary.blocked).toBe(run.outputs['blocked'] === 'true');
  expect(existsSync(run.sarifPath!)).toBe(true);
  // The token is registered with ::add-mask:: (the runner then hides it) and appears nowhere else.
  const visible = (run.stdout + run.stderr).split('\n').filter((l) => !l.startsWith('::add-mask::'));
  expect(visible.join('\n') + run.summary + readFileSync(run.reportPath!, 'utf8')).not.toContain(
    'ghs_secret_token_value',
  );
}

describe('the PR comment', () => {
  it('is created once, updated in place, and shows "passed" once a push fixes everything', async () => {
    const first = await audit();
    expectAuditWritten(first);
    expect(first.code).toBe(1);
    expect(first.outputs).toMatchObject({ blocked: 'true', critical: '2' });
    expect(api.ourComments(PR, MARKER)).toHaveLength(1);
    expect(api.ourComments(PR, MARKER)[0]!.body).toContain('## ❌ perf-audit: blocked');
    expect(api.ourComments(PR, MARKER)[0]!.body).toContain('ALTER TABLE products ADD INDEX');
    expect(api.requests.find((r) => r.method === 'POST')!.authorization).toBe('token ghs_secret_token_value');

    const second = await audit();
    expect(second.code).toBe(1);
    expect(api.ourComments(PR, MARKER)).toHaveLength(1);
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);

    await cp(join(FIXTURES, 'shop-fix'), app, { recursive: true });
    const third = await audit();
    expectAuditWritten(third);
    expect(third.code).toBe(0);
    expect(third.outputs['blocked']).toBe('false');
    const [comment] = api.ourComments(PR, MARKER);
    expect(api.ourComments(PR, MARKER)).toHaveLength(1);
    expect(comment!.body).toContain('## ✅ perf-audit: passed');
    expect(comment!.body).not.toContain('## ❌ perf-audit: blocked');
    expect(comment!.body).not.toContain('ALTER TABLE products');
  });

  it('finds its own comment among 150 others on several pages', async () => {
    for (let i = 0; i < 100; i += 1)
      api.addComment(PR, `review comment ${i}`, { login: `dev${i}`, type: 'User' });
    api.addComment(PR, `${commentMarker('other-app')}\nanother audit`, {
      login: 'github-actions[bot]',
      type: 'Bot',
    });
    const ours = api.addComment(PR, `${MARKER}\nstale audit`, { login: 'github-actions[bot]', type: 'Bot' });
    for (let i = 0; i < 49; i += 1) api.addComment(PR, `more ${i}`, { login: `dev${i}`, type: 'User' });

    const run = await audit();
    expectAuditWritten(run);
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
    expect(api.comments.get(PR)).toHaveLength(151);
    expect(api.comments.get(PR)!.find((c) => c.id === ours.id)!.body).toContain('perf-audit: blocked');
    expect(api.comments.get(PR)!.find((c) => c.body.includes('other-app'))!.body).toContain('another audit');
    expect(
      api.requests
        .filter((r) => r.method === 'GET' && r.path.endsWith('/comments'))
        .map((r) => r.query.get('page') ?? '1'),
    ).toEqual(['1', '2']);
  });

  it('403 on a fork PR: a warning with the reason and the workflow_run fix; the verdict does not change', async () => {
    api.fail(
      'POST',
      /\/comments$/,
      [{ status: 403, body: { message: 'Resource not accessible by integration' } }],
      true,
    );
    const run = await audit();
    expectAuditWritten(run);
    expect(run.code).toBe(1);
    expect(run.outputs['blocked']).toBe('true');
    const warning = run.commands.find((c) => c.startsWith('::warning::'));
    expect(warning).toContain('Resource not accessible by integration');
    expect(warning).toContain('workflow_run');
    expect(run.summary).toContain('docs/fork-prs.md');

    // The same 403 on a passing audit leaves it passing.
    await cp(join(FIXTURES, 'shop-fix'), app, { recursive: true });
    const passing = await audit();
    expect(passing.code).toBe(0);
    expect(passing.commands.some((c) => c.startsWith('::warning::') && c.includes('403'))).toBe(true);
  });

  it('404: the pull request cannot be seen; said clearly, verdict unchanged', async () => {
    const run = await audit({}, pullRequestEvent(404));
    expectAuditWritten(run);
    expect(run.code).toBe(1);
    expect(run.commands.find((c) => c.startsWith('::warning::'))).toMatch(
      /Pull request acme\/shop#404 was not found, or the token cannot see it \(404/,
    );
  });

  it('422: GitHub rejected the comment; its reason is shown', async () => {
    api.fail(
      'POST',
      /\/comments$/,
      [
        {
          status: 422,
          body: {
            message: 'Validation Failed',
            errors: [{ resource: 'IssueComment', code: 'unprocessable', message: 'locked conversation' }],
          },
        },
      ],
      true,
    );
    const run = await audit();
    expectAuditWritten(run);
    expect(run.commands.find((c) => c.startsWith('::warning::'))).toContain(
      '422: Validation Failed (locked conversation)',
    );
  });

  it('429 with Retry-After: waits and then posts', async () => {
    api.fail('GET', /\/comments$/, [
      {
        status: 429,
        headers: { 'retry-after': '1' },
        body: { message: 'You have exceeded a secondary rate limit.' },
      },
    ]);
    const run = await audit();
    expectAuditWritten(run);
    const gets = api.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/comments'));
    expect(gets).toHaveLength(2);
    expect(gets[1]!.at - gets[0]!.at).toBeGreaterThanOrEqual(950);
    expect(api.ourComments(PR, MARKER)).toHaveLength(1);
  });

  it('502: retried with backoff, then posted', async () => {
    api.fail('POST', /\/comments$/, [{ status: 502, body: { message: 'Bad Gateway' } }]);
    const run = await audit();
    expectAuditWritten(run);
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
    expect(api.ourComments(PR, MARKER)).toHaveLength(1);
    expect(run.commands.some((c) => c.startsWith('::warning::'))).toBe(false);
  });

  it('separate comments per comment-key; none on push events or with comment: false', async () => {
    await audit({ 'comment-key': 'shop' });
    await audit({ 'comment-key': 'admin' });
    expect(api.ourComments(PR, commentMarker('shop'))).toHaveLength(1);
    expect(api.ourComments(PR, commentMarker('admin'))).toHaveLength(1);

    const before = api.requests.length;
    const push = await audit({}, { name: 'push', payload: { ref: 'refs/heads/main' } });
    expectAuditWritten(push);
    const off = await audit({ comment: 'false' });
    expectAuditWritten(off);
    expect(api.requests.length).toBe(before);
  });
});

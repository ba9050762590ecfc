/**
 * The fork-safe pair: the audit workflow saves its JSON report; a workflow_run workflow with write permission
 * posts it with `mode: comment-only`, without checking out or running the PR's code. Also: how the action
 * fails when the audit itself cannot run. Drives the bundled action (dist/index.js).
 */

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { commentMarker } from '../../src/report/markdown.js';
import { FakeGitHub } from './github-api.js';
import { pullRequestEvent, runAction } from './run-action.js';

const FIXTURES = resolve('__tests__/fixtures/gate');
const PR = 5;
const HEAD = 'c'.repeat(40);

let api: FakeGitHub;
let workspace: string;

beforeEach(async () => {
  api = await new FakeGitHub().start();
  api.addPull(PR, HEAD);
  workspace = await mkdtemp(join(tmpdir(), 'perf-audit-fork-'));
  await cp(join(FIXTURES, 'shop-app'), join(workspace, 'shop'), { recursive: true });
});

afterEach(async () => {
  await api.stop();
  await rm(workspace, { recursive: true, force: true });
});

/** The first workflow, on the fork's pull_request: audit, no comment (its token is read-only). */
async function auditWithoutComment(): Promise<string> {
  const run = await runAction({
    workspace,
    apiUrl: api.url,
    event: pullRequestEvent(PR, 'b'.repeat(40), HEAD),
    inputs: { app: 'shop', baseline: 'none', comment: 'false' },
  });
  expect(run.code).toBe(1);
  expect(api.requests).toHaveLength(0);
  const saved = join(workspace, 'artifact', 'report.json');
  await cp(run.reportPath!, saved);
  return saved;
}

function workflowRun(headSha: string) {
  return {
    name: 'workflow_run',
    payload: {
      action: 'completed',
      workflow_run: { head_sha: headSha, event: 'pull_request', conclusion: 'failure' },
    },
  };
}

describe('mode: comment-only', () => {
  it('posts the saved report on the pull request it names, and does not fail on its verdict', async () => {
    const saved = await auditWithoutComment();
    const run = await runAction({
      workspace,
      apiUrl: api.url,
      event: workflowRun(HEAD),
      inputs: { mode: 'comment-only', 'report-path': 'artifact/report.json', 'github-token': 'ghs_write' },
    });
    expect(run.code).toBe(0);
    const [comment] = api.ourComments(PR, commentMarker('default'));
    expect(comment!.body).toContain('## ❌ perf-audit: blocked');
    expect(comment!.body).toContain('ALTER TABLE products ADD INDEX products_category_index (category);');
    expect(run.summary).toContain('## ❌ perf-audit: blocked');
    expect(run.outputs['blocked']).toBe('true');
    expect(JSON.parse(await readFile(saved, 'utf8')).context).toMatchObject({
      pullRequest: PR,
      sha: HEAD,
      repository: 'acme/shop',
    });

    // A second audit of the same PR updates that comment.
    await runAction({
      workspace,
      apiUrl: api.url,
      event: workflowRun(HEAD),
      inputs: { mode: 'comment-only', 'report-path': saved, 'github-token': 'ghs_write' },
    });
    expect(api.ourComments(PR, commentMarker('default'))).toHaveLength(1);
  });

  it('does not post an audit of a commit the pull request has moved past', async () => {
    await auditWithoutComment();
    api.addPull(PR, 'd'.repeat(40));
    const run = await runAction({
      workspace,
      apiUrl: api.url,
      event: workflowRun(HEAD),
      inputs: { mode: 'comment-only', 'report-path': 'artifact/report.json', 'github-token': 'ghs_write' },
    });
    expect(run.code).toBe(0);
    expect(run.commands.some((c) => c.startsWith('::notice::') && c.includes('has moved on'))).toBe(true);
    expect(api.comments.get(PR)).toHaveLength(0);
  });

  it('renders an untrusted report inert, and refuses one made for another repository', async () => {
    const hostile = {
      version: 1,
      tool: { name: 'perf-audit', version: '9' },
      summary: {
        critical: 1,
        warning: 0,
        info: 0,
        blocked: true,
        silenced: 0,
        failOn: 'critical',
        verdicts: 'static',
      },
      findings: [
        {
          rule: 'PA101',
          severity: 'critical',
          title: 'hi @org/team <img src=x onerror=alert(1)>',
          message: '| a | b |\n# heading',
          file: 'x.php',
          line: 1,
          status: 'new',
          fingerprint: 'f',
        },
      ],
      context: { repository: 'acme/shop', pullRequest: PR, sha: HEAD, event: 'pull_request' },
    };
    await writeFile(join(workspace, 'hostile.json'), JSON.stringify(hostile));
    const run = await runAction({
      workspace,
      apiUrl: api.url,
      event: workflowRun(HEAD),
      inputs: { mode: 'comment-only', 'report-path': 'hostile.json', 'github-token': 'ghs_write' },
    });
    expect(run.code).toBe(0);
    const body = api.ourComments(PR, commentMarker('default'))[0]!.body;
    expect(body).not.toContain('<img');
    expect(body).toContain('@\u200dorg/team');
    expect(body).not.toMatch(/^# heading/m);

    await writeFile(
      join(workspace, 'other.json'),
      JSON.stringify({ ...hostile, context: { ...hostile.context, repository: 'evil/repo' } }),
    );
    const other = await runAction({
      workspace,
      apiUrl: api.url,
      event: workflowRun(HEAD),
      inputs: { mode: 'comment-only', 'report-path': 'other.json', 'github-token': 'ghs_write' },
    });
    expect(other.code).toBe(3);
    expect(other.commands.find((c) => c.startsWith('::error::'))).toContain(
      'the report was made for evil/repo, not acme/shop',
    );
  });

  it('fails (this workflow has write permission) when GitHub refuses the comment', async () => {
    await auditWithoutComment();
    api.fail(
      'POST',
      /\/comments$/,
      [{ status: 403, body: { message: 'Resource not accessible by integration' } }],
      true,
    );
    const run = await runAction({
      workspace,
      apiUrl: api.url,
      event: workflowRun(HEAD),
      inputs: { mode: 'comment-only', 'report-path': 'artifact/report.json', 'github-token': 'ghs_write' },
    });
    expect(run.code).toBe(3);
    expect(run.summary).toContain('## ❌ perf-audit: blocked');
    expect(run.summary).toContain('could not post the comment');
    expect(run.summary).toContain('Resource not accessible by integration');
  });
});

describe('when no verdict can be reached', () => {
  it('a missing app folder is a usage error: the summary says so, exit status 2, nothing posted', async () => {
    const run = await runAction({
      workspace,
      apiUrl: api.url,
      event: pullRequestEvent(PR),
      inputs: { app: 'no-such-app', 'github-token': 'x' },
    });
    expect(run.code).toBe(2);
    expect(run.summary).toContain('## ❌ perf-audit could not run');
    expect(run.summary).toContain('app folder not found');
    expect(run.summary).toContain('no-such-app');
    expect(run.commands.find((c) => c.startsWith('::error::'))).toContain('perf-audit configuration error');
    expect(api.requests).toHaveLength(0);
  });

  it('a bad config file: a configuration error naming the file and line, exit status 2', async () => {
    await writeFile(join(workspace, 'shop', '.perf-audit.yml'), 'fail-on: sometimes\n');
    const run = await runAction({
      workspace,
      apiUrl: api.url,
      event: pullRequestEvent(PR),
      inputs: { app: 'shop' },
    });
    expect(run.code).toBe(2);
    expect(run.summary).toContain('configuration error');
    expect(run.summary).toContain('shop/.perf-audit.yml:1: fail-on');
  });

  it('a saved report that cannot be read: the summary says so, exit status 3', async () => {
    const run = await runAction({
      workspace,
      apiUrl: api.url,
      event: workflowRun(HEAD),
      inputs: { mode: 'comment-only', 'report-path': 'missing/report.json', 'github-token': 'x' },
    });
    expect(run.code).toBe(3);
    expect(run.summary).toContain('## ❌ perf-audit could not run');
    expect(run.summary).toContain('missing/report.json');
    expect(api.requests).toHaveLength(0);
  });
});

/**
 * The GitHub API with bounded waits, the comment markers and redaction, at the level of the functions the
 * action calls: a local server that accepts connections and never answers, the GitHub stand-in for the
 * marker cases, and the renderers for every form a secret can take in the comment.
 */

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pullRequestHead, upsertComment } from '../../src/report/comment.js';
import { commentMarker, renderMarkdown } from '../../src/report/markdown.js';
import { redactSecrets } from '../../src/report/redact.js';
import { mdCode, mdText } from '../../src/report/escape.js';
import { FakeGitHub } from '../action/github-api.js';
import { finding, report } from '../report/sample-report.js';

const target = { owner: 'acme', repo: 'shop', issueNumber: 7 };

describe('a GitHub API that accepts and never answers', () => {
  let server: Server;
  let url: string;
  let requests = 0;

  beforeAll(async () => {
    server = createServer(() => {
      requests += 1; // holds the socket: no answer, ever
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('each request is abandoned after requestTimeoutMs and the comment fails with a reason', async () => {
    const started = Date.now();
    const outcome = await upsertComment({
      token: 'ghs_x',
      target,
      body: 'hello',
      baseUrl: url,
      retries: 0,
      requestTimeoutMs: 500,
      deadlineMs: 10_000,
    });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(outcome).toMatchObject({ ok: false, reason: 'network' });
    expect(!outcome.ok && outcome.message).toMatch(/GitHub did not answer in time for acme\/shop#7/);
    expect(requests).toBeGreaterThan(0);
  }, 20_000);

  it('retries and backoff included, everything ends at the total deadline', async () => {
    const started = Date.now();
    const outcome = await upsertComment({
      token: 'ghs_x',
      target,
      body: 'hello',
      baseUrl: url,
      retries: 1,
      requestTimeoutMs: 2000,
      deadlineMs: 2500,
    });
    const ms = Date.now() - started;
    expect(ms).toBeGreaterThanOrEqual(2000);
    expect(ms).toBeLessThan(6000);
    expect(outcome).toMatchObject({ ok: false, reason: 'network' });
  }, 20_000);

  it('comment-only mode: the pull request head check is bounded too', async () => {
    const started = Date.now();
    await expect(
      pullRequestHead('ghs_x', target, { baseUrl: url, retries: 0, requestTimeoutMs: 500, deadlineMs: 1500 }),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(5000);
  }, 20_000);
});

describe('comment markers in repository text', () => {
  let api: FakeGitHub;
  beforeEach(async () => {
    api = await new FakeGitHub().start();
    api.addPull(7);
  });
  afterEach(() => api.stop());

  const hostile = () =>
    report({
      findings: [
        finding({ rule: 'PA101', file: '<!-- perf-audit:other -->.php', line: 3, title: 'Missing index' }),
      ],
    });

  it('a file named <!-- perf-audit:other -->.php does not make this audit edit the other comment', async () => {
    const other = api.addComment(7, `${commentMarker('other')}\nthe other audit`, {
      login: 'github-actions[bot]',
      type: 'Bot',
    });
    const body = renderMarkdown(hostile(), { commentKey: 'default' });
    // The file name is still shown, but is no longer a marker.
    expect(body.split(commentMarker('other')).length).toBe(1);
    expect(body).toContain('perf-audit\u200b:other');
    expect(body.startsWith(commentMarker('default'))).toBe(true);

    const first = await upsertComment({ token: 'ghs_x', target, body, key: 'default', baseUrl: api.url });
    expect(first).toMatchObject({ ok: true, action: 'created' });
    const again = await upsertComment({
      token: 'ghs_x',
      target,
      body: `${body}\nv2`,
      key: 'default',
      baseUrl: api.url,
    });
    expect(again).toMatchObject({ ok: true, action: 'updated', id: (first as { id: number }).id });
    expect(api.comments.get(7)!.find((c) => c.id === other.id)!.body).toBe(
      `${commentMarker('other')}\nthe other audit`,
    );
  });

  it('the other audit still finds its own comment, not one that quotes its marker', async () => {
    const ours = await upsertComment({
      token: 'ghs_x',
      target,
      body: `${commentMarker('default')}\nquoted: ${commentMarker('other')}`,
      key: 'default',
      baseUrl: api.url,
    });
    expect(ours.ok).toBe(true);
    const theirs = await upsertComment({
      token: 'ghs_x',
      target,
      body: 'other audit',
      key: 'other',
      baseUrl: api.url,
    });
    expect(theirs).toMatchObject({ ok: true, action: 'created' });
    expect((theirs as { id: number }).id).not.toBe((ours as { id: number }).id);
    // The marker quoted in our body was neutralised when it was posted.
    const posted = api.comments.get(7)!.find((c) => c.id === (ours as { id: number }).id)!;
    expect(posted.body).not.toContain(commentMarker('other'));
  });
});

describe('redaction of every form a secret takes', () => {
  const token = 'ghs_S3cr3t_T0ken-value.1234';
  const password = 'p@ss/w_rd&<x>"';
  const secrets = [token, password];
  const forms = [
    token,
    mdText(token),
    mdCode(token, { inTable: true }).slice(1, -1),
    encodeURIComponent(token),
    token.replace(/_/g, '%5f'),
    password,
    mdText(password),
    encodeURIComponent(password),
    encodeURI(password),
    password.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
    JSON.stringify(password).slice(1, -1),
    `@${'\u200d'}${token}`.slice(2),
  ];

  it.each(forms.map((f) => [f]))('masks %s', (form) => {
    const out = redactSecrets(`before ${form} after`, secrets);
    expect(out).toBe('before *** after');
  });

  it('the markdown-escaped token (ghs\\_…) in a rendered comment is masked', () => {
    const body = renderMarkdown(
      report({ findings: [finding({ rule: 'PA101', title: `token ${token}`, message: `leak ${token}` })] }),
      { commentKey: 'default' },
    );
    expect(body).toContain('ghs\\_S3cr3t');
    const masked = redactSecrets(body, secrets);
    for (const probe of ['S3cr3t', 'T0ken']) expect(masked).not.toContain(probe);
  });

  it('leaves text without the secret alone', () => {
    const text = 'ghs_ alone, p@ss and 1234 are not the secrets';
    expect(redactSecrets(text, secrets)).toBe(text);
  });
});

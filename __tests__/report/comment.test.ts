import { commentMarker } from '../../src/report/markdown.js';
import { upsertComment, type UpsertOptions } from '../../src/report/comment.js';
import { FakeGitHub } from '../action/github-api.js';

const PR = 7;
let api: FakeGitHub;

beforeEach(async () => {
  api = await new FakeGitHub().start();
  api.addPull(PR);
});
afterEach(async () => {
  await api.stop();
});

function opts(over: Partial<UpsertOptions> = {}): UpsertOptions {
  return {
    token: 'test-token',
    target: { owner: 'acme', repo: 'shop', issueNumber: PR },
    body: 'audit v1',
    baseUrl: api.url,
    ...over,
  };
}

describe('upsertComment', () => {
  it('creates one comment, then updates it in place, then leaves it alone when nothing changed', async () => {
    const first = await upsertComment(opts());
    expect(first).toMatchObject({ ok: true, action: 'created' });
    const second = await upsertComment(opts({ body: 'audit v2' }));
    expect(second).toMatchObject({ ok: true, action: 'updated' });
    const third = await upsertComment(opts({ body: 'audit v2' }));
    expect(third).toMatchObject({ ok: true, action: 'unchanged' });
    const ours = api.ourComments(PR, commentMarker('default'));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toBe(`${commentMarker('default')}\naudit v2`);
    expect(api.requests.find((r) => r.method === 'POST')!.authorization).toBe('token test-token');
  });

  it('finds its comment among 150 others across pages, ignoring look-alikes', async () => {
    for (let i = 0; i < 120; i += 1) api.addComment(PR, `comment ${i}`, { login: `user${i}`, type: 'User' });
    // A person quoting the marker, and another audit's comment (other key): neither is ours.
    api.addComment(PR, `${commentMarker('default')} quoted by a person`, { login: 'mallory', type: 'User' });
    api.addComment(PR, `${commentMarker('web')}\nthe web app's audit`, {
      login: 'github-actions[bot]',
      type: 'Bot',
    });
    const ours = api.addComment(PR, `${commentMarker('default')}\nold audit`, {
      login: 'github-actions[bot]',
      type: 'Bot',
    });
    for (let i = 0; i < 28; i += 1) api.addComment(PR, `later ${i}`, { login: `user${i}`, type: 'User' });

    const outcome = await upsertComment(opts({ body: 'new audit' }));
    expect(outcome).toMatchObject({ ok: true, action: 'updated', id: ours.id });
    const pages = api.requests
      .filter((r) => r.method === 'GET' && r.path.endsWith('/comments'))
      .map((r) => r.query.get('page') ?? '1');
    expect(pages).toEqual(['1', '2']);
    expect(api.comments.get(PR)).toHaveLength(151);
    expect(api.comments.get(PR)!.find((c) => c.user.login === 'mallory')!.body).toContain(
      'quoted by a person',
    );
  });

  it('keeps separate comments per comment-key', async () => {
    await upsertComment(opts({ key: 'api', body: 'api audit' }));
    await upsertComment(opts({ key: 'web', body: 'web audit' }));
    await upsertComment(opts({ key: 'api', body: 'api audit 2' }));
    expect(api.comments.get(PR)!.map((c) => c.body)).toEqual([
      `${commentMarker('api')}\napi audit 2`,
      `${commentMarker('web')}\nweb audit`,
    ]);
  });

  it('with a personal token, recognises its own earlier comment by the token owner', async () => {
    api.poster = { login: 'release-bot-person', type: 'User' };
    api.tokenUser = 'release-bot-person';
    await upsertComment(opts());
    const outcome = await upsertComment(opts({ body: 'second' }));
    expect(outcome).toMatchObject({ ok: true, action: 'updated' });
    expect(api.comments.get(PR)).toHaveLength(1);
  });

  it('403 (fork PR, read-only token): a clear reason and the workflow_run fix', async () => {
    api.fail('POST', /comments$/, [
      { status: 403, body: { message: 'Resource not accessible by integration' } },
    ]);
    const outcome = await upsertComment(opts());
    expect(outcome).toMatchObject({ ok: false, reason: 'forbidden', status: 403 });
    if (outcome.ok) throw new Error('unreachable');
    expect(outcome.message).toContain('Resource not accessible by integration');
    expect(outcome.message).toContain('workflow_run');
    expect(outcome.message).toContain('docs/fork-prs.md');
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('404: the pull request is not there or not visible', async () => {
    const outcome = await upsertComment(opts({ target: { owner: 'acme', repo: 'shop', issueNumber: 404 } }));
    expect(outcome).toMatchObject({ ok: false, reason: 'not-found', status: 404 });
  });

  it('422: GitHub rejected the body, with its own explanation', async () => {
    api.fail('POST', /comments$/, [
      {
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [{ message: 'body is too long (maximum is 65536 characters)' }],
        },
      },
    ]);
    const outcome = await upsertComment(opts());
    expect(outcome).toMatchObject({ ok: false, reason: 'invalid', status: 422 });
    if (outcome.ok) throw new Error('unreachable');
    expect(outcome.message).toContain('body is too long');
  });

  it('429 with Retry-After: waits as told, then succeeds', async () => {
    api.fail('GET', /comments$/, [
      {
        status: 429,
        headers: { 'retry-after': '1' },
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        },
      },
    ]);
    const outcome = await upsertComment(opts());
    expect(outcome).toMatchObject({ ok: true, action: 'created' });
    const gets = api.requests.filter((r) => r.method === 'GET');
    expect(gets).toHaveLength(2);
    expect(gets[1]!.at - gets[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it('a bare 429 with only Retry-After is waited out too', async () => {
    api.fail('POST', /comments$/, [
      { status: 429, headers: { 'retry-after': '1' }, body: { message: 'Too Many Requests' } },
    ]);
    const outcome = await upsertComment(opts());
    expect(outcome).toMatchObject({ ok: true, action: 'created' });
    const posts = api.requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it('a Retry-After longer than the job should wait gives up with a clear reason', async () => {
    api.fail(
      'POST',
      /comments$/,
      [{ status: 429, headers: { 'retry-after': '3600' }, body: { message: 'Too Many Requests' } }],
      true,
    );
    const outcome = await upsertComment(opts());
    expect(outcome).toMatchObject({ ok: false, reason: 'rate-limited', status: 429 });
  });

  it('primary rate limit (x-ratelimit-remaining: 0): waits until the reset', async () => {
    const reset = Math.ceil(Date.now() / 1000);
    api.fail('GET', /comments$/, [
      {
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
        body: { message: 'API rate limit exceeded' },
      },
    ]);
    const outcome = await upsertComment(opts());
    expect(outcome).toMatchObject({ ok: true, action: 'created' });
    expect(api.requests.filter((r) => r.method === 'GET')).toHaveLength(2);
  });

  it('502: retried with backoff; a server that keeps failing is reported, not thrown', async () => {
    api.fail('POST', /comments$/, [{ status: 502, body: { message: 'Bad Gateway' } }]);
    expect(await upsertComment(opts())).toMatchObject({ ok: true, action: 'created' });
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(2);

    api.fail('PATCH', /comments\/\d+$/, [{ status: 502, body: { message: 'Bad Gateway' } }], true);
    const outcome = await upsertComment(opts({ body: 'v2', retries: 1 }));
    expect(outcome).toMatchObject({ ok: false, reason: 'server', status: 502 });
    expect(api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(2);
  });
});

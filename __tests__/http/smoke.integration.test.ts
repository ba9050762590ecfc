import { defaultHttpConfig } from '../../src/config/defaults.js';
import type { HttpConfig } from '../../src/config/model.js';
import { runSmoke } from '../../src/http/smoke.js';
import { timedRequest } from '../../src/http/ttfb.js';
import { appHandler, closedPort, startServer, type TestServer } from './servers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer(appHandler);
});
afterAll(async () => {
  await server.close();
});

function config(patch: Partial<HttpConfig>): HttpConfig {
  return {
    ...defaultHttpConfig(),
    baseUrl: server.base,
    samples: 5,
    warmup: 1,
    timeoutMs: 400,
    readiness: { timeoutMs: 1500 },
    ...patch,
  };
}

describe('timedRequest', () => {
  it('measures the phases in order, from the request start', async () => {
    const r = await timedRequest(`http://localhost:${server.port}/slow`, { timeoutMs: 2000 });
    expect(r.error).toBeNull();
    expect(r.status).toBe(200);
    expect(r.dnsMs).not.toBeNull();
    expect(r.connectMs as number).toBeGreaterThanOrEqual(r.dnsMs as number);
    // The server writes nothing before its 50 ms timer fires.
    expect(r.ttfbMs as number).toBeGreaterThanOrEqual(49);
    expect(r.totalMs as number).toBeGreaterThanOrEqual(r.ttfbMs as number);
    expect(r.bytes).toBe(4);
  });
  it('sends configured headers and cookies', async () => {
    const r = await timedRequest(`${server.base}/echo-cookie`, {
      timeoutMs: 2000,
      headers: { Cookie: 'a=1' },
      cookies: { laravel_session: 'xyz' },
    });
    expect(r.status).toBe(200);
    expect(r.bytes).toBe('a=1; laravel_session=xyz'.length);
  });
  it('does not follow redirects and reports where they point', async () => {
    const r = await timedRequest(`${server.base}/to-ok`, { timeoutMs: 2000 });
    expect(r.status).toBe(302);
    expect(r.location).toBe(`${server.base}/ok`);
  });
  it('classifies refused and timed-out requests', async () => {
    const refused = await timedRequest(`http://127.0.0.1:${await closedPort()}/`, { timeoutMs: 2000 });
    expect(refused.error?.kind).toBe('refused');
    const hang = await timedRequest(`${server.base}/hang`, { timeoutMs: 200 });
    expect(hang.error?.kind).toBe('timeout');
    expect(hang.status).toBeNull();
  });
});

describe('runSmoke', () => {
  it('counts the samples it takes, across URLs, for the progress lines', async () => {
    const seen: [number, number][] = [];
    await runSmoke(config({ urls: ['/ok', '/slow'], samples: 3 }), { onSample: (d, t) => seen.push([d, t]) });
    expect(seen).toEqual([
      [1, 6],
      [2, 6],
      [3, 6],
      [4, 6],
      [5, 6],
      [6, 6],
    ]);
  });

  it('gives refused, 500, hanging and redirect-loop URLs a clear error, within the bound, and keeps the others intact', async () => {
    const dead = `http://127.0.0.1:${await closedPort()}/`;
    const http = config({ urls: ['/ok', dead, '/error', '/hang', '/loop-a', '/slow'], samples: 20 });
    const started = Date.now();
    const rows = await runSmoke(http);
    const elapsed = Date.now() - started;

    expect(rows.map((r) => [r.url, r.ok, r.errorKind ?? null])).toEqual([
      [`${server.base}/ok`, true, null],
      [dead, false, 'refused'],
      [`${server.base}/error`, false, 'status'],
      [`${server.base}/hang`, false, 'timeout'],
      [`${server.base}/loop-a`, false, 'redirect-loop'],
      [`${server.base}/slow`, true, null],
    ]);
    expect(rows[1].error).toMatch(/not answering after 1500 ms .*connection refused/);
    expect(rows[2].error).toBe('HTTP 500 on 20 of 20 samples');
    expect(rows[3].error).toMatch(/not answering after 1500 ms .*no complete response within \d+ ms/);
    expect(rows[4].error).toBe(
      `redirect loop: ${server.base}/loop-a → ${server.base}/loop-b → ${server.base}/loop-a`,
    );

    for (const ok of [rows[0], rows[5]]) {
      expect(ok.samples).toBe(20);
      expect(ok.status).toBe(200);
      expect(ok.ttfbP50Ms).not.toBeNull();
      expect(ok.ttfbP95Ms as number).toBeGreaterThanOrEqual(ok.ttfbP50Ms as number);
      expect(ok.ttfbMaxMs as number).toBeGreaterThanOrEqual(ok.ttfbP95Ms as number);
    }
    expect(rows[5].ttfbP50Ms as number).toBeGreaterThanOrEqual(49);
    // The hanging URL is never sampled 20 times over (20 × 400 ms): it costs the readiness wait once.
    expect(server.hits.get('/hang') ?? 0).toBeLessThan(10);
    // Generous bound: readiness wait + one request timeout + the healthy URLs' samples.
    expect(elapsed).toBeLessThan(http.readiness.timeoutMs + http.timeoutMs + 6000);
  });

  it('waits for a URL that is still starting (503) and then times it', async () => {
    const rows = await runSmoke(config({ urls: ['/warming'] }));
    expect(rows[0]).toMatchObject({ ok: true, status: 200, samples: 5 });
    expect(server.hits.get('/warming')).toBeGreaterThanOrEqual(4 + 1 + 5);
  });

  it('reports a redirect without following it, or follows it when configured', async () => {
    const [notFollowed] = await runSmoke(config({ urls: ['/to-ok'] }));
    expect(notFollowed).toMatchObject({ ok: true, status: 302 });
    expect(notFollowed.redirect).toEqual({
      location: `${server.base}/ok`,
      final: `${server.base}/ok`,
      hops: 1,
      followed: false,
    });
    const [followed] = await runSmoke(config({ urls: ['/to-ok'], followRedirects: true }));
    expect(followed).toMatchObject({ ok: true, status: 200, url: `${server.base}/to-ok` });
    expect(followed.redirect?.followed).toBe(true);
  });

  it('sends http.cookies (a session) with every request', async () => {
    const [anonymous] = await runSmoke(config({ urls: ['/private'] }));
    expect(anonymous.status).toBe(302);
    const [loggedIn] = await runSmoke(
      config({ urls: ['/private'], headers: { Cookie: 'theme=dark' }, cookies: { laravel_session: 'abc' } }),
    );
    expect(loggedIn).toMatchObject({ ok: true, status: 200, samples: 5 });
    expect(loggedIn.redirect).toBeUndefined();
  });

  it('reports a relative URL without a base URL as invalid and goes on', async () => {
    const rows = await runSmoke(config({ baseUrl: null, urls: ['/ok', `${server.base}/ok`] }));
    expect(rows[0]).toMatchObject({ ok: false, errorKind: 'invalid-url' });
    expect(rows[0].error).toContain('base-url');
    expect(rows[1].ok).toBe(true);
  });
});

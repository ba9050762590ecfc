import { defaultConfig, defaultHttpConfig } from '../../src/config/defaults.js';
import type { HttpConfig } from '../../src/config/model.js';
import { runLoadRamp } from '../../src/http/load.js';
import { runHttpPhase } from '../../src/http/phase.js';
import { pa303Capacity } from '../../src/rules/pa303-capacity.js';
import { httpContext } from './context.js';
import { appHandler, startServer, type TestServer } from './servers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer(appHandler);
});
afterAll(async () => {
  await server.close();
});

function http(patch: Partial<HttpConfig> = {}): HttpConfig {
  return {
    ...defaultHttpConfig(),
    baseUrl: server.base,
    timeoutMs: 2000,
    load: { users: [8, 2], seconds: 1, p95Ms: 500, maxErrorRate: 0.01 },
    ...patch,
  };
}

describe('runLoadRamp', () => {
  it('runs each concurrency step with autocannon and reports rps, latency and errors', async () => {
    const steps = await runLoadRamp(http(), ['/slow']);
    expect(steps.map((s) => [s.url, s.users, s.seconds])).toEqual([
      [`${server.base}/slow`, 2, 1],
      [`${server.base}/slow`, 8, 1],
    ]);
    for (const s of steps) {
      expect(s.requests).toBeGreaterThan(0);
      expect(s.rps).toBeGreaterThan(0);
      // The server waits 50 ms before answering.
      expect(s.p50Ms).toBeGreaterThanOrEqual(49);
      expect(s.p95Ms).toBeGreaterThanOrEqual(s.p50Ms);
      expect(s.errorRate).toBe(0);
      expect(s.verdict).toBe('manageable');
    }
    // More users waiting 50 ms each: more requests per second.
    expect(steps[1].rps).toBeGreaterThan(steps[0].rps);
  });

  it('judges a failing URL as degradation likely, which PA303 reports at the target concurrency', async () => {
    const steps = await runLoadRamp(
      http({ load: { users: [4], seconds: 1, p95Ms: 500, maxErrorRate: 0.01 } }),
      ['/error'],
    );
    expect(steps[0]).toMatchObject({ users: 4, errorRate: 1, verdict: 'degradation likely' });
    const drafts = pa303Capacity.check(
      httpContext({ load: steps, config: (c) => (c.targetConcurrency = 4) }),
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0].title).toBe('/error at 4 users: degradation likely');
  });

  it('does nothing without http.load', async () => {
    expect(await runLoadRamp(http({ load: null }), ['/ok'])).toEqual([]);
  });
});

describe('runHttpPhase without a database', () => {
  it('times the URLs, runs the ramp on the healthy ones, and says why nothing was captured', async () => {
    const config = defaultConfig('/tmp/app');
    config.http = http({
      urls: ['/ok', '/error'],
      samples: 3,
      warmup: 0,
      load: { users: [2], seconds: 1, p95Ms: 500, maxErrorRate: 0.01 },
    });
    const phase = await runHttpPhase({ config, db: null });
    expect(phase.results.map((r) => r.ok)).toEqual([true, false]);
    expect(phase.load.map((s) => s.url)).toEqual([`${server.base}/ok`]);
    expect(phase.capture).toBeNull();
    expect(phase.failedJobs).toBeNull();
    expect(phase.note).toContain('2 URLs timed, 1 failed');
    expect(phase.note).toContain('queries not captured: no database URL');
  });
});

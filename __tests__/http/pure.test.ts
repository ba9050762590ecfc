import { loadVerdict, summarizeStep } from '../../src/http/load.js';
import { summarizeSamples } from '../../src/http/smoke.js';
import { attachQueries } from '../../src/http/phase.js';
import { withTableOutput } from '../../src/database/capture.js';
import { classifyError, type TimedResponse } from '../../src/http/ttfb.js';
import { row } from './context.js';

function sample(ttfbMs: number | null, patch: Partial<TimedResponse> = {}): TimedResponse {
  return {
    url: 'http://h/',
    status: 200,
    location: null,
    setCookies: [],
    dnsMs: 0,
    connectMs: 1,
    tlsMs: null,
    ttfbMs,
    totalMs: ttfbMs === null ? null : ttfbMs + 1,
    bytes: 10,
    error: null,
    ...patch,
  };
}

describe('summarizeSamples', () => {
  it('reports median, p95 and max of the time to first byte', () => {
    const r = summarizeSamples(
      { url: 'http://h/', sampleUrl: 'http://h/' },
      [10, 30, 20, 40, 50].map((v) => sample(v)),
    );
    expect(r).toMatchObject({
      ok: true,
      samples: 5,
      status: 200,
      ttfbP50Ms: 30,
      ttfbP95Ms: 50,
      ttfbMaxMs: 50,
      totalP50Ms: 31,
    });
  });
  it('turns error statuses and failed samples into an error row', () => {
    const r = summarizeSamples({ url: 'http://h/', sampleUrl: 'http://h/' }, [
      sample(5, { status: 500 }),
      sample(6, { status: 500 }),
    ]);
    expect(r).toMatchObject({ ok: false, status: 500, errorKind: 'status', failedSamples: 2 });
    expect(r.error).toBe('HTTP 500 on 2 of 2 samples');
    const t = summarizeSamples({ url: 'http://h/', sampleUrl: 'http://h/' }, [
      sample(5),
      sample(null, {
        status: null,
        error: { kind: 'timeout', message: 'no complete response within 100 ms' },
      }),
    ]);
    expect(t).toMatchObject({ ok: false, errorKind: 'timeout', ttfbP50Ms: 5 });
  });
});

describe('load verdicts', () => {
  const limits = { p95Ms: 500, maxErrorRate: 0.01 };
  it('follows the seed scenarios', () => {
    expect(loadVerdict(300, 0, limits)).toBe('manageable');
    expect(loadVerdict(800, 0, limits)).toBe('may degrade');
    expect(loadVerdict(2000, 0, limits)).toBe('degradation likely');
    expect(loadVerdict(100, 0.05, limits)).toBe('degradation likely');
  });
  it('summarizes a step from its response times', () => {
    const latencies = Array.from({ length: 100 }, (_, i) => i + 1);
    const s = summarizeStep(
      'http://h/',
      10,
      2,
      { latencies, errors: 0, non2xx: 10, completed: 100, durationS: 2 },
      limits,
    );
    expect(s).toMatchObject({
      requests: 100,
      rps: 50,
      p50Ms: 50.5,
      p95Ms: 95,
      errorRate: 0.1,
      verdict: 'degradation likely',
    });
  });
});

describe('capture helpers', () => {
  it('adds TABLE to the log destinations and keeps FILE', () => {
    expect(withTableOutput('FILE')).toBe('FILE,TABLE');
    expect(withTableOutput('NONE')).toBe('TABLE');
    expect(withTableOutput('TABLE')).toBe('TABLE');
  });
  it('attaches each URL its query summary', () => {
    const out = attachQueries(
      [row('http://h/a'), row('http://h/b')],
      [{ url: 'http://h/a', statements: ['select 1', 'select 2', 'select 3'], normalized: ['x', 'x', 'y'] }],
    );
    expect(out[0].queries).toEqual({ count: 3, distinct: 2, repeated: [{ sql: 'x', times: 2 }] });
    expect(out[1].queries).toBeUndefined();
  });
  it('classifies socket errors', () => {
    expect(classifyError(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }), 1).kind).toBe('refused');
    expect(
      classifyError(Object.assign(new Error('x'), { code: 'PERF_AUDIT_TIMEOUT' }), 250).message,
    ).toContain('250 ms');
  });
});

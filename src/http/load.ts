/**
 * The capacity ramp (opt-in, config `http.load`): for each URL, autocannon holds N concurrent users
 * for a few seconds per step and the step gets requests/s, p50/p95 latency, error rate and a verdict
 * in the seed audit's words (manageable / may degrade / degradation likely).
 */

import type { HttpConfig } from '../config/model.js';
import type { LoadStep } from '../report/audit-report.js';
import { requestHeaders } from './headers.js';
import { median, percentile } from './stats.js';
import { resolveUrl } from './urls.js';

/** p95 beyond this multiple of the limit is "degradation likely" (seed: 300–800 ms may degrade, 1–3 s likely). */
export const DEGRADATION_FACTOR = 2.5;

export interface LoadLimits {
  p95Ms: number;
  maxErrorRate: number;
}

/** The seed's three scenarios as a verdict over one step (pure). */
export function loadVerdict(p95Ms: number, errorRate: number, limits: LoadLimits): LoadStep['verdict'] {
  if (errorRate > limits.maxErrorRate || p95Ms > limits.p95Ms * DEGRADATION_FACTOR)
    return 'degradation likely';
  if (p95Ms > limits.p95Ms) return 'may degrade';
  return 'manageable';
}

interface StepRun {
  latencies: number[];
  errors: number;
  non2xx: number;
  completed: number;
  durationS: number;
}

async function runStep(url: string, users: number, seconds: number, http: HttpConfig): Promise<StepRun> {
  // Loaded only when a ramp runs: it is the heaviest module of the bundle and most runs never need it.
  const { default: autocannon } = await import('autocannon');
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon(
      {
        url,
        connections: users,
        duration: seconds,
        timeout: Math.max(1, Math.ceil(http.timeoutMs / 1000)),
        headers: requestHeaders(http),
      },
      (err, result) => {
        if (err) return reject(err);
        resolve({
          latencies,
          // autocannon counts timeouts among errors.
          errors: result.errors,
          non2xx: result.non2xx,
          completed: latencies.length,
          durationS: result.duration || seconds,
        });
      },
    );
    // Exact per-response times: autocannon's own summary has no p95.
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
}

/** Reduces one step's raw figures to its report row (pure). */
export function summarizeStep(
  url: string,
  users: number,
  seconds: number,
  run: StepRun,
  limits: LoadLimits,
): LoadStep {
  const attempts = run.completed + run.errors;
  const errorRate = attempts === 0 ? 1 : (run.errors + run.non2xx) / attempts;
  const p50 = median(run.latencies) ?? 0;
  const p95 = percentile(run.latencies, 95) ?? 0;
  return {
    url,
    users,
    seconds,
    requests: run.completed,
    rps: Math.round((run.completed / run.durationS) * 10) / 10,
    p50Ms: Math.round(p50 * 10) / 10,
    p95Ms: Math.round(p95 * 10) / 10,
    errorRate: Math.round(errorRate * 10000) / 10000,
    verdict: attempts === 0 ? 'degradation likely' : loadVerdict(p95, errorRate, limits),
  };
}

/** Runs the ramp over `urls` (relative ones joined to http.baseUrl); [] when http.load is not configured. */
export async function runLoadRamp(
  http: HttpConfig,
  urls: string[],
  deadlineAt = Infinity,
): Promise<LoadStep[]> {
  if (!http.load) return [];
  const limits = { p95Ms: http.load.p95Ms, maxErrorRate: http.load.maxErrorRate };
  const steps: LoadStep[] = [];
  for (const u of urls) {
    const { absolute } = resolveUrl(u, http.baseUrl);
    if (!absolute) continue;
    for (const users of [...http.load.users].sort((a, b) => a - b)) {
      // A step that would end after http.deadline-ms is not started.
      if (Date.now() + http.load.seconds * 1000 > deadlineAt) return steps;
      const run = await runStep(absolute, users, http.load.seconds, http);
      steps.push(summarizeStep(absolute, users, http.load.seconds, run, limits));
    }
  }
  return steps;
}

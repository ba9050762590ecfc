/**
 * The TTFB smoke test: every URL is waited for (readiness), warmed up, then timed N times on a fresh
 * connection each. One URL failing (refused, timeout, error status, redirect loop) gives that URL an
 * error row and never touches the other URLs' rows.
 */

import type { HttpConfig } from '../config/model.js';
import type { HttpResult } from '../report/audit-report.js';
import { requestHeaders } from './headers.js';
import { notReadyReason, waitUntilReady, type Readiness } from './readiness.js';
import { followRedirects, isRedirect } from './redirects.js';
import { max, median, percentile, roundMs } from './stats.js';
import { timedRequest, type TimedResponse } from './ttfb.js';
import { resolveUrl } from './urls.js';

/** After this many timed-out samples a URL stops being sampled: its row is already a failure. */
const MAX_TIMEOUTS_PER_URL = 2;

export interface SmokeTarget {
  /** The URL as reported (absolute). */
  url: string;
  /** Where the samples go: the URL itself, or the end of its redirect chain when redirects are followed. */
  sampleUrl: string;
  redirect?: HttpResult['redirect'];
}

/** Reduces the timed samples of one URL to its report row (pure). */
export function summarizeSamples(target: SmokeTarget, samples: TimedResponse[]): HttpResult {
  const answered = samples.filter((s) => s.error === null && s.status !== null);
  const failed = samples.filter((s) => s.error !== null || (s.status !== null && s.status >= 400));
  const pick = (f: (s: TimedResponse) => number | null) =>
    answered.map(f).filter((v): v is number => v !== null);
  const ttfb = pick((s) => s.ttfbMs);
  const total = pick((s) => s.totalMs);

  const statusCounts = new Map<number, number>();
  for (const s of answered)
    statusCounts.set(s.status as number, (statusCounts.get(s.status as number) ?? 0) + 1);
  const commonStatus = [...statusCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;

  let error: string | null = null;
  let errorKind: string | undefined;
  if (failed.length > 0) {
    const first = failed[0];
    if (first.error) {
      error = `${failed.length} of ${samples.length} samples failed: ${first.error.message}`;
      errorKind = first.error.kind;
    } else {
      const statuses = [...new Set(failed.map((s) => s.status))].join(', ');
      error = `HTTP ${statuses} on ${failed.length} of ${samples.length} samples`;
      errorKind = 'status';
    }
  } else if (samples.length === 0) {
    error = 'no samples taken';
    errorKind = 'other';
  }

  return {
    url: target.url,
    samples: samples.length,
    ok: error === null,
    status: commonStatus,
    error,
    dnsMs: roundMs(median(pick((s) => s.dnsMs))),
    connectMs: roundMs(median(pick((s) => s.connectMs))),
    tlsMs: roundMs(median(pick((s) => s.tlsMs))),
    ttfbP50Ms: roundMs(median(ttfb)),
    ttfbP95Ms: roundMs(percentile(ttfb, 95)),
    ttfbMaxMs: roundMs(max(ttfb)),
    totalP50Ms: roundMs(median(total)),
    totalP95Ms: roundMs(percentile(total, 95)),
    failedSamples: failed.length,
    ...(errorKind ? { errorKind } : {}),
    ...(target.redirect ? { redirect: target.redirect } : {}),
  };
}

/** A row for a URL that was never timed (bad URL, never ready, redirect loop). */
export function failedRow(
  url: string,
  error: string,
  errorKind: string,
  status: number | null = null,
): HttpResult {
  return {
    url,
    samples: 0,
    ok: false,
    status,
    error,
    errorKind,
    failedSamples: 0,
    dnsMs: null,
    connectMs: null,
    tlsMs: null,
    ttfbP50Ms: null,
    ttfbP95Ms: null,
    ttfbMaxMs: null,
    totalP50Ms: null,
    totalP95Ms: null,
  };
}

async function sample(
  http: HttpConfig,
  target: SmokeTarget,
  deadlineAt: number,
  taken: () => void = () => undefined,
): Promise<TimedResponse[]> {
  const options = { timeoutMs: http.timeoutMs, headers: requestHeaders(http) };
  let timeouts = 0;
  for (let i = 0; i < http.warmup && Date.now() < deadlineAt; i++) {
    const r = await timedRequest(target.sampleUrl, options);
    if (r.error?.kind === 'timeout' && ++timeouts >= MAX_TIMEOUTS_PER_URL) return [r];
  }
  const samples: TimedResponse[] = [];
  for (let i = 0; i < http.samples; i++) {
    // Past http.deadline-ms the URL keeps what it has (at least one sample).
    if (i > 0 && Date.now() >= deadlineAt) break;
    const r = await timedRequest(target.sampleUrl, options);
    samples.push(r);
    taken();
    if (r.error?.kind === 'timeout' && ++timeouts >= MAX_TIMEOUTS_PER_URL) break;
  }
  return samples;
}

/** Decides what to time for a URL that answered its readiness probe; null target = a failure row. */
async function planTarget(
  http: HttpConfig,
  url: string,
  ready: Readiness,
): Promise<{ target: SmokeTarget } | { row: HttpResult }> {
  if (!isRedirect(ready.last)) return { target: { url, sampleUrl: url } };
  const chain = await followRedirects(ready.last, {
    timeoutMs: http.timeoutMs,
    headers: requestHeaders(http),
  });
  if (chain.error) {
    const kind = chain.error.startsWith('redirect loop') ? 'redirect-loop' : 'redirect';
    return { row: failedRow(url, chain.error, kind, ready.last.status) };
  }
  const location = ready.last.location as string;
  const finalUrl = chain.hops[chain.hops.length - 1];
  return {
    target: {
      url,
      sampleUrl: http.followRedirects ? finalUrl : url,
      redirect: { location, final: finalUrl, hops: chain.hops.length - 1, followed: http.followRedirects },
    },
  };
}

export interface SmokeOptions {
  /** Called after each URL's row is complete (progress logs). */
  onResult?: (row: HttpResult) => void;
  /** Epoch ms after which no more samples are taken (http.deadline-ms). */
  deadlineAt?: number;
  /** Told after each timed sample: samples taken of all URLs' planned samples (progress lines). */
  onSample?: (done: number, total: number) => void;
}

/** Runs the smoke test over config.http.urls; rows come back in the configured order. */
export async function runSmoke(http: HttpConfig, options: SmokeOptions = {}): Promise<HttpResult[]> {
  const resolved = http.urls.map((u) => resolveUrl(u, http.baseUrl));
  // Readiness in parallel: a dead URL costs the readiness bound once, not once per URL.
  const readiness = await Promise.all(
    resolved.map((r) =>
      r.absolute
        ? waitUntilReady(r.absolute, {
            timeoutMs: http.readiness.timeoutMs,
            requestTimeoutMs: http.timeoutMs,
            headers: requestHeaders(http),
          })
        : Promise.resolve(null),
    ),
  );

  const rows: HttpResult[] = [];
  const planned = resolved.length * http.samples;
  let done = 0;
  const taken = () => options.onSample?.(++done, planned);
  for (let i = 0; i < resolved.length; i++) {
    const { configured, absolute, error } = resolved[i];
    const ready = readiness[i];
    let row: HttpResult;
    if (!absolute || !ready) {
      row = failedRow(configured, error ?? 'invalid URL', 'invalid-url');
    } else if (!ready.ready) {
      row = failedRow(
        absolute,
        notReadyReason(ready, http.readiness.timeoutMs),
        ready.last.error?.kind ?? 'status',
        ready.last.status,
      );
    } else {
      const plan = await planTarget(http, absolute, ready);
      const deadlineAt = options.deadlineAt ?? Infinity;
      row =
        'row' in plan
          ? plan.row
          : summarizeSamples(plan.target, await sample(http, plan.target, deadlineAt, taken));
    }
    options.onResult?.(row);
    rows.push(row);
  }
  return rows;
}

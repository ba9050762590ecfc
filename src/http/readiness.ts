/**
 * Waits for a URL to answer before it is timed: servers in CI start slowly. Bounded by a deadline,
 * with exponential backoff between attempts. Gateway errors (502/503/504) count as "not up yet".
 */

import { timedRequest, type TimedResponse } from './ttfb.js';

export interface ReadinessOptions {
  /** Give up after this long in total. */
  timeoutMs: number;
  /** Per-attempt bound (the request timeout), cut to what is left of the deadline. */
  requestTimeoutMs: number;
  headers?: Record<string, string>;
  /** First pause between attempts; doubles up to maxDelayMs. */
  initialDelayMs?: number;
  maxDelayMs?: number;
}

export interface Readiness {
  ready: boolean;
  attempts: number;
  waitedMs: number;
  /** The last answer (or failure) seen. */
  last: TimedResponse;
}

const NOT_READY_STATUSES = new Set([502, 503, 504]);

export function isReadyResponse(r: TimedResponse): boolean {
  return r.error === null && r.status !== null && !NOT_READY_STATUSES.has(r.status);
}

export async function waitUntilReady(url: string, options: ReadinessOptions): Promise<Readiness> {
  const started = Date.now();
  const deadline = started + options.timeoutMs;
  let delay = options.initialDelayMs ?? 100;
  const maxDelay = options.maxDelayMs ?? 2000;
  let attempts = 0;
  for (;;) {
    const remaining = Math.max(1, deadline - Date.now());
    attempts += 1;
    const last = await timedRequest(url, {
      timeoutMs: Math.min(options.requestTimeoutMs, remaining),
      headers: options.headers,
    });
    if (isReadyResponse(last)) return { ready: true, attempts, waitedMs: Date.now() - started, last };
    if (Date.now() + delay >= deadline)
      return { ready: false, attempts, waitedMs: Date.now() - started, last };
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, maxDelay);
  }
}

/** The reason a URL never became ready, for PA302. */
export function notReadyReason(r: Readiness, readinessTimeoutMs: number): string {
  const why = r.last.error
    ? r.last.error.message
    : r.last.status !== null
      ? `HTTP ${r.last.status}`
      : 'no response';
  return `not answering after ${readinessTimeoutMs} ms of readiness wait (${r.attempts} attempt${r.attempts === 1 ? '' : 's'}): ${why}`;
}

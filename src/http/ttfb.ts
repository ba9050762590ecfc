/**
 * One timed HTTP request, phase by phase, the way curl's `-w` timings count them: every figure is
 * measured from the start of the request (DNS done, TCP connected, TLS done, first byte, last byte).
 * A fresh connection per request (no keep-alive), so connect and TLS are part of every sample.
 * Never rejects: failures come back as a classified error so one bad URL cannot end the run.
 */

import http from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';

export type RequestErrorKind = 'refused' | 'timeout' | 'dns' | 'reset' | 'tls' | 'invalid-url' | 'other';

export interface RequestError {
  kind: RequestErrorKind;
  message: string;
}

export interface TimedResponse {
  url: string;
  /** HTTP status; null when no response arrived. */
  status: number | null;
  /** The Location header of a redirect response, resolved against the request URL. */
  location: string | null;
  /** Set-Cookie values, so a readiness probe can carry a session into the samples when asked. */
  setCookies: string[];
  /** Cumulative from the request start, in milliseconds; null when the phase did not happen. */
  dnsMs: number | null;
  connectMs: number | null;
  tlsMs: number | null;
  ttfbMs: number | null;
  totalMs: number | null;
  bytes: number;
  error: RequestError | null;
}

export interface TimedRequestOptions {
  /** The whole request (connect to last byte) is abandoned after this many milliseconds. */
  timeoutMs: number;
  headers?: Record<string, string>;
  /** Sent as one Cookie header, after any Cookie given in `headers`. */
  cookies?: Record<string, string>;
  method?: string;
  /** Accept self-signed certificates (staging servers). */
  insecure?: boolean;
}

const NS_PER_MS = 1_000_000;

function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / NS_PER_MS;
}

/** Maps Node's socket errors to the reasons a reviewer reads in the report. */
export function classifyError(err: unknown, timeoutMs: number): RequestError {
  const e = err as NodeJS.ErrnoException;
  const code = e?.code ?? '';
  if (code === 'PERF_AUDIT_TIMEOUT')
    return { kind: 'timeout', message: `no complete response within ${timeoutMs} ms` };
  if (code === 'ECONNREFUSED') return { kind: 'refused', message: 'connection refused' };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return { kind: 'dns', message: `host name not resolved (${code})` };
  if (code === 'ECONNRESET' || code === 'EPIPE')
    return { kind: 'reset', message: 'connection reset by the server' };
  if (code.startsWith('ERR_TLS') || code.includes('CERT') || code === 'EPROTO') {
    return { kind: 'tls', message: `TLS handshake failed (${code})` };
  }
  const text = e instanceof Error ? e.message : String(err);
  return { kind: 'other', message: code ? `${text} (${code})` : text };
}

function cookieHeader(
  headers: Record<string, string>,
  cookies: Record<string, string> | undefined,
): string | null {
  const existing = Object.entries(headers).find(([k]) => k.toLowerCase() === 'cookie')?.[1];
  const extra = Object.entries(cookies ?? {}).map(([k, v]) => `${k}=${v}`);
  const all = [...(existing ? [existing] : []), ...extra];
  return all.length ? all.join('; ') : null;
}

export function timedRequest(url: string, options: TimedRequestOptions): Promise<TimedResponse> {
  const result: TimedResponse = {
    url,
    status: null,
    location: null,
    setCookies: [],
    dnsMs: null,
    connectMs: null,
    tlsMs: null,
    ttfbMs: null,
    totalMs: null,
    bytes: 0,
    error: null,
  };
  let target: URL;
  try {
    target = new URL(url);
    if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new Error('not http(s)');
  } catch {
    result.error = { kind: 'invalid-url', message: `not an http(s) URL: ${url}` };
    return Promise.resolve(result);
  }

  const headers: Record<string, string> = { 'user-agent': 'perf-audit', accept: 'text/html,*/*' };
  for (const [k, v] of Object.entries(options.headers ?? {})) {
    if (k.toLowerCase() !== 'cookie') headers[k.toLowerCase()] = v;
  }
  const cookie = cookieHeader(options.headers ?? {}, options.cookies);
  if (cookie) headers.cookie = cookie;

  return new Promise((resolve) => {
    let settled = false;
    const start = process.hrtime.bigint();
    const finish = (err?: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err !== undefined) result.error = classifyError(err, options.timeoutMs);
      else result.totalMs = elapsedMs(start);
      resolve(result);
    };

    const lib = target.protocol === 'https:' ? https : http;
    const req = lib.request(target, {
      method: options.method ?? 'GET',
      headers,
      agent: false,
      rejectUnauthorized: !options.insecure,
    });

    const timer = setTimeout(() => {
      const err = Object.assign(new Error('timeout'), { code: 'PERF_AUDIT_TIMEOUT' });
      req.destroy(err);
    }, options.timeoutMs);

    req.on('socket', (socket: Socket) => {
      // 'lookup' only fires for host names; an IP literal has no DNS phase (curl reports ~0 then).
      socket.once('lookup', () => {
        result.dnsMs = elapsedMs(start);
      });
      socket.once('connect', () => {
        result.connectMs = elapsedMs(start);
        if (result.dnsMs === null) result.dnsMs = 0;
      });
      socket.once('secureConnect', () => {
        result.tlsMs = elapsedMs(start);
      });
      // The first chunk off the wire, before the HTTP parser sees it: curl's time_starttransfer.
      socket.prependOnceListener('data', () => {
        if (result.ttfbMs === null) result.ttfbMs = elapsedMs(start);
      });
    });

    req.on('response', (res) => {
      if (result.ttfbMs === null) result.ttfbMs = elapsedMs(start);
      result.status = res.statusCode ?? null;
      const loc = res.headers.location;
      if (loc) {
        try {
          result.location = new URL(loc, target).toString();
        } catch {
          result.location = loc;
        }
      }
      const sc = res.headers['set-cookie'];
      result.setCookies = Array.isArray(sc) ? sc : [];
      res.on('data', (chunk: Buffer) => {
        result.bytes += chunk.length;
      });
      res.on('end', () => finish());
      res.on('error', (err) => finish(err));
      res.on('aborted', () => finish(Object.assign(new Error('response aborted'), { code: 'ECONNRESET' })));
    });
    req.on('error', (err) => finish(err));
    req.end();
  });
}

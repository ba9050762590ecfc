/** PA302: a smoke-test URL did not answer properly (refused, timeout, error status, redirect loop). */

import type { FindingDraft } from '../findings.js';
import type { HttpResult } from '../report/audit-report.js';
import { urlPath } from '../http/urls.js';
import type { Rule } from './rule.js';

const KIND_TITLES: Record<string, string> = {
  refused: 'connection refused',
  timeout: 'timed out',
  dns: 'host name not resolved',
  reset: 'connection reset',
  tls: 'TLS failure',
  status: 'error status',
  'redirect-loop': 'redirect loop',
  redirect: 'redirect chain broken',
  'invalid-url': 'invalid URL',
};

function failure(r: HttpResult): FindingDraft {
  const path = urlPath(r.url);
  const what = KIND_TITLES[r.errorKind ?? ''] ?? 'request failed';
  return {
    title: `${path}: ${what}`,
    message: `The smoke test could not get a good answer from ${r.url}: ${r.error ?? what}.`,
    evidence: {
      url: r.url,
      kind: r.errorKind ?? 'other',
      status: r.status,
      samples: r.samples,
      failedSamples: r.failedSamples ?? null,
      ...(r.redirect ? { redirect: r.redirect } : {}),
    },
    fix: {
      text:
        r.errorKind === 'redirect-loop'
          ? 'Break the loop: check the middleware that redirects (auth, HTTPS, locale) and the URL it sends to.'
          : r.errorKind === 'refused' || r.errorKind === 'timeout'
            ? 'Make sure the app is started (and ready) before perf-audit runs, on the host and port configured in http.base-url.'
            : 'Open the URL and read the app log (storage/logs/laravel.log) for the error it throws.',
    },
    fingerprintKey: `${path}|${r.errorKind ?? 'other'}`,
  };
}

function redirectNote(r: HttpResult): FindingDraft | null {
  if (!r.ok || !r.redirect || r.redirect.followed) return null;
  const path = urlPath(r.url);
  return {
    severity: 'info',
    title: `${path} redirects to ${urlPath(r.redirect.final)}`,
    message:
      `${r.url} answers ${r.status} to ${r.redirect.location}; its TTFB is the redirect's, not the page's. ` +
      'Audit the target URL instead, send a session cookie (http.cookies) or set http.follow-redirects.',
    evidence: { url: r.url, status: r.status, redirect: r.redirect },
    fingerprintKey: `${path}|redirect`,
  };
}

export const pa302SmokeFailed: Rule = {
  id: 'PA302',
  name: 'smoke-request-failed',
  title: 'Smoke request failed',
  defaultSeverity: 'critical',
  needs: 'http',
  check(ctx) {
    const drafts: FindingDraft[] = [];
    for (const r of ctx.http?.results ?? []) {
      const d = r.ok ? redirectNote(r) : failure(r);
      if (d) drafts.push(d);
    }
    return drafts;
  },
};

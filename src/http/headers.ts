/** The headers every perf-audit request sends: http.headers plus http.cookies folded into one Cookie header. */

import type { HttpConfig } from '../config/model.js';

export function requestHeaders(http: Pick<HttpConfig, 'headers' | 'cookies'>): Record<string, string> {
  const headers: Record<string, string> = {};
  let cookie: string | null = null;
  for (const [k, v] of Object.entries(http.headers)) {
    if (k.toLowerCase() === 'cookie') cookie = v;
    else headers[k] = v;
  }
  const extra = Object.entries(http.cookies ?? {}).map(([k, v]) => `${k}=${v}`);
  const all = [...(cookie ? [cookie] : []), ...extra];
  if (all.length) headers.Cookie = all.join('; ');
  return headers;
}

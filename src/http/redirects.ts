/** Follows a redirect chain hop by hop (bounded) to tell a plain redirect from a loop. */

import { timedRequest, type TimedResponse } from './ttfb.js';

export const MAX_REDIRECTS = 10;

export interface RedirectChain {
  /** Every URL visited, the first one included. */
  hops: string[];
  /** The answer at the end of the chain (not a redirect), when one came. */
  final: TimedResponse | null;
  /** Why the chain did not end: a loop, too many hops, or a request failure. */
  error: string | null;
}

export function isRedirect(r: TimedResponse): boolean {
  return r.status !== null && r.status >= 300 && r.status < 400 && r.location !== null;
}

export async function followRedirects(
  first: TimedResponse,
  options: { timeoutMs: number; headers?: Record<string, string> },
): Promise<RedirectChain> {
  const hops = [first.url];
  let current = first;
  while (isRedirect(current)) {
    const next = current.location as string;
    if (hops.includes(next)) {
      return { hops: [...hops, next], final: null, error: `redirect loop: ${[...hops, next].join(' → ')}` };
    }
    if (hops.length > MAX_REDIRECTS) {
      return { hops, final: null, error: `more than ${MAX_REDIRECTS} redirects: ${hops.join(' → ')}` };
    }
    hops.push(next);
    current = await timedRequest(next, options);
    if (current.error)
      return { hops, final: null, error: `redirect target ${next} failed: ${current.error.message}` };
  }
  return { hops, final: current, error: null };
}

/**
 * Bounds on every GitHub API call: each request is aborted after `requestTimeoutMs` (a server that accepts
 * the connection and never answers), and all requests of one operation, retries and rate-limit waits
 * included, end at a total deadline. The bounds ride on each request's AbortSignal, so the proxy-aware
 * fetch that @actions/github configures is kept.
 */

export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
export const DEFAULT_DEADLINE_MS = 300_000;

export class GitHubTimeout extends Error {
  override name = 'GitHubTimeout';
}

export interface Deadline {
  signal: AbortSignal;
  /** Resolves when the deadline passes (never rejects). */
  passed: Promise<void>;
  cancel(): void;
}

export function startDeadline(ms: number): Deadline {
  const controller = new AbortController();
  let cancel = () => undefined as void;
  const passed = new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      controller.abort(new GitHubTimeout(`GitHub did not answer within ${ms} ms in total`));
      resolve();
    }, ms);
    timer.unref();
    cancel = () => clearTimeout(timer);
  });
  return { signal: controller.signal, passed, cancel };
}

interface Hookable {
  hook: {
    wrap(
      name: 'request',
      fn: (
        request: (options: Record<string, unknown>) => Promise<unknown>,
        options: Record<string, unknown>,
      ) => Promise<unknown>,
    ): void;
  };
}

/** Gives every request of the client its own timeout, joined with the operation's deadline. */
export function boundRequests(client: unknown, requestTimeoutMs: number, deadline: AbortSignal): void {
  (client as Hookable).hook.wrap('request', async (request, options) => {
    const own = (options.request as { signal?: AbortSignal } | undefined)?.signal;
    // A timer of our own, held until the request ends: Node 20 can collect an unreferenced
    // AbortSignal.timeout() joined by AbortSignal.any() before it fires, and the wait is then unbounded.
    const timeout = new AbortController();
    const timer = setTimeout(
      () => timeout.abort(new DOMException('request timed out', 'TimeoutError')),
      requestTimeoutMs,
    );
    const signals = [timeout.signal, deadline, ...(own ? [own] : [])];
    // The hooks inside this one were bound to this same options object: it is changed in place.
    options.request = { ...(options.request as object), signal: AbortSignal.any(signals) };
    try {
      return await request(options);
    } finally {
      clearTimeout(timer);
    }
  });
}

/** An abortable sleep for rate-limit waits: the deadline ends it too. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(done, ms);
    function done() {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }
    function onAbort() {
      clearTimeout(timer);
      reject(signal.reason);
    }
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Whether a failed call failed because a request or the deadline ran out. */
export function isTimeout(err: unknown, deadline: AbortSignal): boolean {
  if (deadline.aborted) return true;
  const e = err as { name?: string; message?: string; cause?: { name?: string } };
  return (
    e?.name === 'TimeoutError' ||
    e?.name === 'AbortError' ||
    e?.cause?.name === 'TimeoutError' ||
    /aborted|timed? ?out/i.test(e?.message ?? '')
  );
}

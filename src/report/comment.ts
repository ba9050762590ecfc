/**
 * The one PR comment: found again by its hidden marker (and a bot author) across every page of comments,
 * updated in place, created only when none exists. Rate limits are retried when GitHub says when
 * (@octokit/plugin-throttling honours Retry-After and the rate-limit reset), 5xx answers with backoff
 * (@octokit/plugin-retry). Failures come back as values with a clear reason, never as a thrown error, so
 * the caller decides whether they matter (on a fork PR they do not change the verdict).
 */

import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import {
  boundRequests,
  DEFAULT_DEADLINE_MS,
  DEFAULT_REQUEST_TIMEOUT_MS,
  GitHubTimeout,
  isTimeout,
  sleep,
  startDeadline,
} from './github-deadline.js';
import { commentMarker, neutraliseMarkers } from './markdown.js';

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface UpsertOptions {
  token: string;
  target: CommentTarget;
  body: string;
  /** `comment-key`: several audits in one repository keep separate comments. */
  key?: string;
  /** REST API root; defaults to GITHUB_API_URL, then https://api.github.com. */
  baseUrl?: string;
  /** Login whose comments may be updated; default: any bot account (GITHUB_TOKEN posts as github-actions[bot]). */
  author?: string;
  /** Longest wait for a rate limit before giving up, in seconds. */
  maxRateLimitWaitSeconds?: number;
  /** Retries of a 5xx answer (backoff 1 s, 4 s, 9 s…); default 3. */
  retries?: number;
  /** One request that gets no answer is abandoned after this long (default 30 s). */
  requestTimeoutMs?: number;
  /** Everything (pages, retries, rate-limit waits) ends by this deadline (default 5 min). */
  deadlineMs?: number;
  log?: (message: string) => void;
}

export type CommentFailureReason =
  'forbidden' | 'unauthorized' | 'not-found' | 'invalid' | 'rate-limited' | 'server' | 'network';

export type CommentOutcome =
  | { ok: true; action: 'created' | 'updated' | 'unchanged'; id: number; url: string }
  | { ok: false; reason: CommentFailureReason; status: number | null; message: string };

interface ApiComment {
  id: number;
  body?: string | null;
  html_url: string;
  user: { login: string; type: string } | null;
}

const FORK_DOCS = 'docs/fork-prs.md';

let clients = 0;

/** A client with the retry and throttling plugins, pointed at GITHUB_API_URL (tests use a local server). */
export function createClient(
  token: string,
  opts: Pick<
    UpsertOptions,
    'baseUrl' | 'maxRateLimitWaitSeconds' | 'retries' | 'log' | 'requestTimeoutMs'
  > = {},
  deadline: AbortSignal = new AbortController().signal,
) {
  const log = opts.log ?? (() => undefined);
  const maxWait = opts.maxRateLimitWaitSeconds ?? 120;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method?: string; url?: string }, _o: unknown, retryCount: number) => {
      const again = retryCount < 3 && retryAfter <= maxWait;
      log(
        again
          ? `GitHub ${kind} on ${options.method} ${options.url}: retrying in ${retryAfter}s (retry ${retryCount + 1} of 3)`
          : `GitHub ${kind} on ${options.method} ${options.url}: giving up (asked to wait ${retryAfter}s)`,
      );
      return again;
    };
  const baseUrl = opts.baseUrl ?? process.env['GITHUB_API_URL'] ?? 'https://api.github.com';
  const client = getOctokit(
    token,
    {
      baseUrl,
      log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
      // Rate limits belong to the throttling plugin (it knows Retry-After and the reset time); 429 is kept
      // out of the retry plugin so one answer is never retried twice.
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451], retries: opts.retries ?? 3 },
      throttle: {
        // The write limiter's spacing is per id; one client makes at most two writes, so each gets its own.
        id: `perf-audit-${process.pid}-${++clients}`,
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
      },
    } as Parameters<typeof getOctokit>[1],
    retry,
    throttling,
  );
  boundRequests(client, opts.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS, deadline);
  return client;
}

type Client = ReturnType<typeof createClient>;

function failure(err: unknown, target: CommentTarget): CommentOutcome {
  const e = err as { status?: number; message?: string; response?: { data?: unknown } };
  const status = typeof e.status === 'number' ? e.status : null;
  const detail = githubMessage(e) ?? e.message ?? String(err);
  const where = `${target.owner}/${target.repo}#${target.issueNumber}`;
  if (status === 403) {
    if (/rate limit/i.test(detail))
      return {
        ok: false,
        reason: 'rate-limited',
        status,
        message: `GitHub kept rate-limiting the comment on ${where}: ${detail}`,
      };
    return {
      ok: false,
      reason: 'forbidden',
      status,
      message:
        `GitHub refused the comment on ${where} (403: ${detail}). Pull requests from forks get a read-only token; ` +
        `the verdict stands. To get the comment on fork PRs, post it from a second workflow triggered by ` +
        `workflow_run (see ${FORK_DOCS}); for branches of this repository grant \`permissions: pull-requests: write\`.`,
    };
  }
  if (status === 401)
    return {
      ok: false,
      reason: 'unauthorized',
      status,
      message: `GitHub rejected the token (401: ${detail}); check the github-token input.`,
    };
  if (status === 404)
    return {
      ok: false,
      reason: 'not-found',
      status,
      message: `Pull request ${where} was not found, or the token cannot see it (404: ${detail}); check the repository and the github-token input.`,
    };
  if (status === 422)
    return {
      ok: false,
      reason: 'invalid',
      status,
      message: `GitHub rejected the comment on ${where} as invalid (422: ${detail}).`,
    };
  if (status === 429)
    return {
      ok: false,
      reason: 'rate-limited',
      status,
      message: `GitHub kept rate-limiting the comment on ${where} (429: ${detail}).`,
    };
  if (status !== null && status >= 500)
    return {
      ok: false,
      reason: 'server',
      status,
      message: `GitHub kept failing on ${where} after retries (${status}: ${detail}).`,
    };
  return {
    ok: false,
    reason: 'network',
    status,
    message: `Could not reach GitHub to comment on ${where}: ${detail}`,
  };
}

function githubMessage(e: { response?: { data?: unknown } }): string | null {
  const data = e.response?.data;
  if (data && typeof data === 'object' && 'message' in data) {
    const errors = (data as { errors?: unknown[] }).errors;
    const extra =
      Array.isArray(errors) && errors.length
        ? ` (${errors.map((x) => (typeof x === 'object' && x && 'message' in x ? String((x as { message: unknown }).message) : JSON.stringify(x))).join('; ')})`
        : '';
    return `${String((data as { message: unknown }).message)}${extra}`;
  }
  return null;
}

/**
 * A 429 that carries only Retry-After (no rate-limit headers or secondary-limit message, which the throttling
 * plugin handles) is waited out here, a few times at most.
 */
async function honouringRetryAfter<T>(
  call: () => Promise<T>,
  maxWaitSeconds: number,
  log: (m: string) => void,
  deadline: AbortSignal,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (err) {
      const e = err as { status?: number; response?: { headers?: Record<string, string | undefined> } };
      const header = e.response?.headers?.['retry-after'];
      const seconds =
        header === undefined
          ? NaN
          : /^\d+$/.test(header)
            ? Number(header)
            : (Date.parse(header) - Date.now()) / 1000;
      if (e.status !== 429 || !Number.isFinite(seconds) || seconds > maxWaitSeconds || attempt > 3) throw err;
      log(
        `GitHub answered 429: retrying in ${Math.max(0, Math.ceil(seconds))}s as Retry-After asks (retry ${attempt} of 3)`,
      );
      await sleep(Math.max(0, seconds) * 1000, deadline);
    }
  }
}

/** Every comment of the PR, all pages. */
async function listComments(client: Client, target: CommentTarget): Promise<ApiComment[]> {
  return (await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  })) as ApiComment[];
}

/** The login behind the token, when GitHub tells (a PAT); installation tokens are not allowed to ask. */
async function tokenLogin(client: Client): Promise<string | null> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch {
    return null;
  }
}

/** Finds our comment among all of them: the marker, written by the expected author. */
export function findOwnComment<T extends ApiComment>(
  comments: T[],
  marker: string,
  author: string | null,
): T | undefined {
  // Our comments start with the marker; one quoted further down (repository text) is not ours.
  const marked = comments.filter((c) => (c.body ?? '').trimStart().startsWith(marker));
  return author ? marked.find((c) => c.user?.login === author) : marked.find((c) => c.user?.type === 'Bot');
}

function timedOut(opts: UpsertOptions, err?: unknown): CommentOutcome {
  const t = opts.target;
  const detail = err instanceof Error && !(err instanceof GitHubTimeout) ? ` (${err.message})` : '';
  return {
    ok: false,
    reason: 'network',
    status: null,
    message:
      `GitHub did not answer in time for ${t.owner}/${t.repo}#${t.issueNumber}: ` +
      `${opts.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS} ms per request, ` +
      `${opts.deadlineMs ?? DEFAULT_DEADLINE_MS} ms in total${detail}.`,
  };
}

/** Creates the PR comment, or updates the one this audit (this key) posted before, within the deadline. */
export async function upsertComment(opts: UpsertOptions): Promise<CommentOutcome> {
  const deadline = startDeadline(opts.deadlineMs ?? DEFAULT_DEADLINE_MS);
  try {
    return await Promise.race([
      upsertWithin(opts, deadline.signal),
      deadline.passed.then(() => timedOut(opts)),
    ]);
  } finally {
    deadline.cancel();
  }
}

async function upsertWithin(opts: UpsertOptions, signal: AbortSignal): Promise<CommentOutcome> {
  const { target } = opts;
  const marker = commentMarker(opts.key);
  const body = opts.body.startsWith(marker)
    ? marker + neutraliseMarkers(opts.body.slice(marker.length))
    : `${marker}\n${neutraliseMarkers(opts.body)}`;
  const client = createClient(opts.token, opts, signal);
  const patiently = <T>(call: () => Promise<T>) =>
    honouringRetryAfter(call, opts.maxRateLimitWaitSeconds ?? 120, opts.log ?? (() => undefined), signal);
  try {
    const comments = await patiently(() => listComments(client, target));
    let own = findOwnComment(comments, marker, opts.author ?? null);
    if (!own && !opts.author && comments.some((c) => (c.body ?? '').trimStart().startsWith(marker))) {
      // Marked comments by a person's account: the token may be a PAT, whose comments are that person's.
      const login = await tokenLogin(client);
      if (login) own = findOwnComment(comments, marker, login);
    }
    if (own) {
      if (own.body === body) return { ok: true, action: 'unchanged', id: own.id, url: own.html_url };
      const commentId = own.id;
      const { data } = await patiently(() =>
        client.rest.issues.updateComment({
          owner: target.owner,
          repo: target.repo,
          comment_id: commentId,
          body,
        }),
      );
      return { ok: true, action: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await patiently(() =>
      client.rest.issues.createComment({
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        body,
      }),
    );
    return { ok: true, action: 'created', id: data.id, url: data.html_url };
  } catch (err) {
    return isTimeout(err, signal) ? timedOut(opts, err) : failure(err, target);
  }
}

/** The head commit of a pull request: comment-only mode checks a saved report belongs to the PR it names. */
export async function pullRequestHead(
  token: string,
  target: CommentTarget,
  opts: Pick<UpsertOptions, 'baseUrl' | 'log' | 'retries' | 'requestTimeoutMs' | 'deadlineMs'> = {},
): Promise<string> {
  const ms = opts.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const deadline = startDeadline(ms);
  const client = createClient(token, opts, deadline.signal);
  const get = client.rest.pulls
    .get({ owner: target.owner, repo: target.repo, pull_number: target.issueNumber })
    .then(({ data }) => data.head.sha);
  try {
    return await Promise.race([
      get,
      deadline.passed.then(() => {
        throw new GitHubTimeout(`GitHub did not answer within ${ms} ms in total`);
      }),
    ]);
  } finally {
    deadline.cancel();
    get.catch(() => undefined);
  }
}

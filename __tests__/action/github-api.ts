/**
 * A local HTTP server standing in for the GitHub REST API: issue comments (paginated with Link headers like
 * GitHub), comment create/update, pull requests, and injected failures (403, 404, 422, 429, 502…).
 * Real HTTP on 127.0.0.1, so octokit's own fetch (undici) talks to it exactly as it would to GitHub.
 */

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoredComment {
  id: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
  html_url: string;
  created_at: string;
  updated_at: string;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  at: number;
  body: unknown;
  authorization: string | undefined;
}

export interface InjectedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

interface Fault {
  method: string;
  path: RegExp;
  responses: InjectedResponse[];
  /** Keep answering with the last response instead of running out. */
  sticky: boolean;
}

export class FakeGitHub {
  readonly comments = new Map<number, StoredComment[]>();
  readonly pulls = new Map<number, { headSha: string }>();
  readonly requests: LoggedRequest[] = [];
  /** The account the token belongs to when it may ask (/user); null answers 403 like an installation token. */
  tokenUser: string | null = null;
  /** Who posts with the token. */
  poster: { login: string; type: 'Bot' | 'User' } = { login: 'github-actions[bot]', type: 'Bot' };
  private faults: Fault[] = [];
  private nextId = 1000;
  private server: Server | null = null;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }

  addPull(number: number, headSha = 'a'.repeat(40)): void {
    this.pulls.set(number, { headSha });
    if (!this.comments.has(number)) this.comments.set(number, []);
  }

  addComment(issue: number, body: string, user: StoredComment['user']): StoredComment {
    const id = this.nextId++;
    const now = new Date().toISOString();
    const comment = {
      id,
      body,
      user,
      html_url: `https://github.test/o/r/pull/${issue}#issuecomment-${id}`,
      created_at: now,
      updated_at: now,
    };
    this.comments.get(issue)!.push(comment);
    return comment;
  }

  /** The next matching requests get these answers (in order), then the normal behaviour resumes. */
  fail(method: string, path: RegExp, responses: InjectedResponse[], sticky = false): void {
    this.faults.push({ method, path, responses: [...responses], sticky });
  }

  clearFaults(): void {
    this.faults = [];
  }

  ourComments(issue: number, marker: string): StoredComment[] {
    return (this.comments.get(issue) ?? []).filter((c) => c.body.includes(marker));
  }

  private send(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    this.requests.push({
      method,
      path: url.pathname,
      query: url.searchParams,
      at: Date.now(),
      body: text ? JSON.parse(text) : undefined,
      authorization: req.headers.authorization,
    });

    const fault = this.faults.find((f) => f.method === method && f.path.test(url.pathname));
    if (fault) {
      const response =
        fault.sticky && fault.responses.length === 1 ? fault.responses[0]! : fault.responses.shift()!;
      if (!fault.sticky && fault.responses.length === 0) this.faults = this.faults.filter((f) => f !== fault);
      return this.send(
        res,
        response.status,
        response.body ?? { message: `injected ${response.status}` },
        response.headers,
      );
    }

    let m: RegExpExecArray | null;
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname))) {
      const issue = Number(m[3]);
      const list = this.comments.get(issue);
      if (!list)
        return this.send(res, 404, {
          message: 'Not Found',
          documentation_url: 'https://docs.github.com/rest',
        });
      if (method === 'GET') {
        const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
        const page = Number(url.searchParams.get('page') ?? 1);
        const pages = Math.max(1, Math.ceil(list.length / perPage));
        const link = (p: number) => {
          const u = new URL(url.pathname, this.url);
          u.searchParams.set('per_page', String(perPage));
          u.searchParams.set('page', String(p));
          return u.toString();
        };
        const links: string[] = [];
        if (page < pages) links.push(`<${link(page + 1)}>; rel="next"`, `<${link(pages)}>; rel="last"`);
        if (page > 1) links.push(`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`);
        return this.send(
          res,
          200,
          list.slice((page - 1) * perPage, page * perPage),
          links.length ? { link: links.join(', ') } : {},
        );
      }
      if (method === 'POST') {
        const body = (JSON.parse(text) as { body: string }).body;
        return this.send(res, 201, this.addComment(issue, body, this.poster));
      }
    }
    if (
      (m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname)) &&
      method === 'PATCH'
    ) {
      const id = Number(m[3]);
      for (const list of this.comments.values()) {
        const comment = list.find((c) => c.id === id);
        if (comment) {
          if (comment.user.login !== this.poster.login)
            return this.send(res, 403, { message: 'Resource not accessible by integration' });
          comment.body = (JSON.parse(text) as { body: string }).body;
          comment.updated_at = new Date().toISOString();
          return this.send(res, 200, comment);
        }
      }
      return this.send(res, 404, { message: 'Not Found' });
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/.exec(url.pathname)) && method === 'GET') {
      const pr = this.pulls.get(Number(m[3]));
      if (!pr) return this.send(res, 404, { message: 'Not Found' });
      return this.send(res, 200, { number: Number(m[3]), head: { sha: pr.headSha } });
    }
    if (url.pathname === '/user' && method === 'GET') {
      if (!this.tokenUser) return this.send(res, 403, { message: 'Resource not accessible by integration' });
      return this.send(res, 200, { login: this.tokenUser, type: 'User' });
    }
    return this.send(res, 404, { message: `no route for ${method} ${url.pathname}` });
  }
}

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../../src/config/defaults.js';
import type { Config } from '../../src/config/model.js';
import { auditBaseline, compareWithBaseline, mergeBase } from '../../src/gate/baseline.js';
import { missingIndex, report } from '../report/sample-report.js';

describe('compareWithBaseline', () => {
  it('classifies by fingerprint: new, existing, and fixed', () => {
    const a = missingIndex('discord_practices', 'start_at');
    const b = missingIndex('certificates', 'created_at');
    const c = missingIndex('orders', 'status');
    const gone = missingIndex('lessons', 'chapter_id');
    // Same problem, moved to another line on the PR: the fingerprint has no line, so it is still "existing".
    const moved = { ...b, line: 99, locations: [{ file: b.file!, line: 99 }] };
    const { findings, fixed } = compareWithBaseline([a, moved, c], [a, b, gone]);
    expect(findings.map((f) => [f.table, f.status])).toEqual([
      ['discord_practices', 'existing'],
      ['certificates', 'existing'],
      ['orders', 'new'],
    ]);
    expect(fixed.map((f) => f.table)).toEqual(['lessons']);
  });

  it('matches fingerprints as a multiset: a second copy of an existing problem is new', () => {
    const a = missingIndex('users', 'email');
    const { findings } = compareWithBaseline([a, { ...a, line: 40 }], [a]);
    expect(findings.map((f) => f.status)).toEqual(['existing', 'new']);
  });
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.test',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.test',
    },
  }).trim();
}

describe('auditBaseline (a real git worktree)', () => {
  let repo: string;
  let app: string;

  beforeEach(async () => {
    repo = await mkdtemp(join(tmpdir(), 'perf-audit-gate-'));
    app = join(repo, 'apps', 'shop');
    await mkdir(app, { recursive: true });
    git(repo, 'init', '-q', '-b', 'main');
    await writeFile(join(app, 'base.php'), '<?php\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'base');
    git(repo, 'checkout', '-q', '-b', 'feature');
    await writeFile(join(app, 'feature.php'), '<?php\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'feature');
    // main moves on after the branch point: the baseline is the merge base, not main's tip.
    git(repo, 'checkout', '-q', 'main');
    await writeFile(join(app, 'later-on-main.php'), '<?php\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'later');
    git(repo, 'checkout', '-q', 'feature');
  });

  afterEach(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  function config(): Config {
    const c = defaultConfig(app);
    c.http.urls = ['/login'];
    c.http.baseUrl = 'http://127.0.0.1:8000';
    c.baseline = 'main';
    return c;
  }

  it('audits the merge base of HEAD and the ref, without HTTP, then removes the worktree', async () => {
    let seen: { app: string; files: string[]; urls: string[]; baseline: string | null } | null = null;
    const result = await auditBaseline('main', config(), async (c) => {
      seen = { app: c.app, files: (await readdir(c.app)).sort(), urls: c.http.urls, baseline: c.baseline };
      return report({ findings: [missingIndex('orders', 'status')] });
    });
    expect(result.findings.map((f) => f.table)).toEqual(['orders']);
    expect(seen!.files).toEqual(['base.php']);
    expect(seen!.app.endsWith(join('apps', 'shop'))).toBe(true);
    expect(seen!.app.startsWith(repo)).toBe(false);
    expect(seen!.urls).toEqual([]);
    expect(seen!.baseline).toBeNull();
    expect(existsSync(seen!.app)).toBe(false);
    expect(git(repo, 'worktree', 'list').split('\n')).toHaveLength(1);
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });

  it('removes the worktree when the audit of the base fails', async () => {
    let where = '';
    await expect(
      auditBaseline('main', config(), async (c) => {
        where = c.app;
        throw new Error('base audit broke');
      }),
    ).rejects.toThrow('base audit broke');
    expect(existsSync(where)).toBe(false);
    expect(git(repo, 'worktree', 'list').split('\n')).toHaveLength(1);
  });

  it('explains a ref that is not in the clone', async () => {
    await expect(auditBaseline('no-such-branch', config(), async () => report())).rejects.toThrow(
      /baseline ref "no-such-branch" is not in this clone and could not be fetched from origin: check out with fetch-depth: 0/,
    );
  });

  it('a shallow checkout that lacks the base commit fetches it from origin, as shallow as the rest', async () => {
    const base = git(repo, 'rev-parse', 'main~1');
    const clone = await mkdtemp(join(tmpdir(), 'perf-audit-shallow-'));
    try {
      git(clone, 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${repo}`, 'c');
      const dir = join(clone, 'c');
      expect(git(dir, 'rev-parse', '--is-shallow-repository')).toBe('true');
      expect(() => git(dir, 'cat-file', '-e', `${base}^{commit}`)).toThrow();
      expect(await mergeBase(dir, base)).toBe(base);
    } finally {
      await rm(clone, { recursive: true, force: true });
    }
  });
});

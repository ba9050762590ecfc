/**
 * The baseline: the same audit on the merge base of the PR, so only what the change introduced blocks.
 * compareWithBaseline is pure; auditBaseline owns the git worktree (created in a temp folder, always removed).
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Config } from '../config/model.js';
import { registerCleanup } from '../lifecycle/cleanup.js';
import { runGroup } from '../lifecycle/process-group.js';
import type { Finding } from '../findings.js';
import type { AuditReport } from '../report/audit-report.js';
import { gitRefProblem } from './git-ref.js';

/**
 * Marks each current finding `existing` when the base has one with the same fingerprint, else `new`; base
 * findings with no current counterpart are `fixed`. Fingerprints are matched as a multiset, so a second
 * occurrence of the same problem on the PR is still new.
 */
export function compareWithBaseline(
  current: Finding[],
  base: Finding[],
): { findings: Finding[]; fixed: Finding[] } {
  const remaining = new Map<string, Finding[]>();
  for (const f of base) {
    const list = remaining.get(f.fingerprint) ?? [];
    list.push(f);
    remaining.set(f.fingerprint, list);
  }
  const findings = current.map((f): Finding => {
    const match = remaining.get(f.fingerprint);
    if (match && match.length) {
      match.shift();
      return { ...f, status: 'existing' };
    }
    return { ...f, status: 'new' };
  });
  const fixed = [...remaining.values()].flat().map((f): Finding => ({ ...f, status: 'existing' }));
  return { findings, fixed };
}

/** A git failure with the command and git's own words, without the environment. */
export class BaselineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BaselineError';
  }
}

async function git(cwd: string, args: string[]): Promise<string> {
  // In its own process group: a signal to perf-audit kills git and the helpers it started (fetch).
  const r = await runGroup('git', args, { cwd, maxBuffer: 16 * 1024 * 1024 });
  if (r.code === 0) return r.stdout.trim();
  throw new BaselineError(
    `git ${args.join(' ')} failed in ${cwd}: ${(r.stderr || `exit status ${r.code}`).trim()}`,
  );
}

/**
 * The commit the baseline audits: the merge base of HEAD and `ref` (a branch, tag or sha). CI checkouts are
 * often shallow: a missing ref is fetched from origin, and a shallow history is deepened, before giving up.
 */
export async function mergeBase(repoDir: string, ref: string): Promise<string> {
  const problem = gitRefProblem(ref);
  if (problem) throw new BaselineError(`baseline ref refused: ${problem}`);
  const resolveRef = () =>
    git(repoDir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  let sha = await resolveRef().catch(() => null);
  if (!sha) {
    // A shallow checkout (actions/checkout's default) gets just that commit, as shallow as the rest.
    const shallow = await git(repoDir, ['rev-parse', '--is-shallow-repository']).catch(() => 'false');
    const depth = shallow === 'true' ? ['--depth=1'] : [];
    await git(repoDir, ['fetch', '--no-tags', '--quiet', ...depth, '--', 'origin', ref]).catch(
      () => undefined,
    );
    sha = await resolveRef().catch(() =>
      git(repoDir, ['rev-parse', '--verify', '--quiet', 'FETCH_HEAD^{commit}']).catch(() => null),
    );
  }
  if (!sha) {
    throw new BaselineError(
      `baseline ref "${ref}" is not in this clone and could not be fetched from origin: check out with fetch-depth: 0 (actions/checkout), or set baseline: none`,
    );
  }
  const base = sha;
  try {
    return await git(repoDir, ['merge-base', '--', 'HEAD', base]);
  } catch (err) {
    const shallow = await git(repoDir, ['rev-parse', '--is-shallow-repository']).catch(() => 'false');
    if (shallow !== 'true') throw err;
    await git(repoDir, ['fetch', '--no-tags', '--quiet', '--unshallow', 'origin']).catch(() => undefined);
    return git(repoDir, ['merge-base', '--', 'HEAD', base]);
  }
}

/**
 * Audits the merge base of HEAD and `ref` in a detached worktree: schema + static + planner, no HTTP (the
 * base's app is not running). The worktree lives in a temp folder and is removed whatever happens.
 */
export async function auditBaseline(
  ref: string,
  config: Config,
  run: (config: Config) => Promise<AuditReport>,
): Promise<AuditReport> {
  const app = resolve(config.app);
  const top = await git(app, ['rev-parse', '--show-toplevel']);
  const base = await mergeBase(app, ref);
  const folder = await mkdtemp(join(tmpdir(), 'perf-audit-base-'));
  const worktree = join(folder, 'tree');
  const remove = async () => {
    await git(top, ['worktree', 'remove', '--force', worktree]).catch(() => undefined);
    await rm(folder, { recursive: true, force: true });
    await git(top, ['worktree', 'prune']).catch(() => undefined);
  };
  // A signal mid-baseline must not leave a registered worktree in the user's repository.
  const unregister = registerCleanup(`remove worktree ${worktree}`, remove);
  try {
    await git(top, ['worktree', 'add', '--detach', worktree, base]);
    const appInBase = join(worktree, relative(top, app));
    // Absolute paths inside the checkout point at the same file in the worktree; anything else stays as given.
    const relocate = (path: string | null): string | null => {
      if (!path || !isAbsolute(path)) return path;
      const rel = relative(top, path);
      return rel.startsWith('..') ? path : join(worktree, rel);
    };
    const baseConfig: Config = {
      ...config,
      app: appInBase,
      configFile: relocate(config.configFile),
      database: {
        ...config.database,
        dump: relocate(config.database.dump),
        sqlDir: relocate(config.database.sqlDir),
      },
      http: { ...config.http, urls: [], baseUrl: null, load: null },
      baseline: null,
    };
    return await run(baseConfig);
  } finally {
    unregister();
    await remove();
  }
}

/** The corpus: which apps, where their git mirrors are on this machine, and their trees at a commit. */

import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface CorpusApp {
  repo: string;
  /** `owner+name`: the mirror's folder and the labels file's name. */
  dir: string;
  commit: string;
  date?: string;
  /** The Laravel app inside the repository ('.' for the root). */
  app: string;
  description?: string;
  /** Extra migration folders for the oracle (relative to the app). */
  migrationPaths?: string[];
}

/** Where an app's history can be read: a bare mirror or a plain clone. */
export interface AppSource {
  app: CorpusApp;
  gitDir: string;
}

export interface Located {
  found: AppSource[];
  missing: { app: CorpusApp; why: string; fetch: string }[];
}

const SHA = /^[0-9a-f]{40}$/;

export function readCorpus(file: string): CorpusApp[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const apps = (raw as { apps?: unknown }).apps;
  if (!Array.isArray(apps)) throw new Error(`${file}: "apps" is not a list`);
  return apps.map((a: Record<string, unknown>, i) => {
    const repo = String(a['repo'] ?? '');
    const commit = String(a['commit'] ?? '');
    if (!repo.includes('/')) throw new Error(`${file}: apps[${i}].repo "${repo}" is not owner/name`);
    if (!SHA.test(commit)) throw new Error(`${file}: apps[${i}].commit "${commit}" is not a 40-hex sha`);
    return {
      repo,
      dir: String(a['dir'] ?? repo.replace('/', '+')),
      commit,
      date: a['date'] === undefined ? undefined : String(a['date']),
      app: String(a['app'] ?? '.'),
      description: a['description'] === undefined ? undefined : String(a['description']),
      migrationPaths: Array.isArray(a['migrationPaths']) ? a['migrationPaths'].map(String) : undefined,
    };
  });
}

/** `--corpus DIR` wins over PERF_AUDIT_CORPUS; null when neither is set. */
export function corpusDir(arg: string | undefined, env: NodeJS.ProcessEnv): string | null {
  const dir = arg ?? env['PERF_AUDIT_CORPUS'];
  return dir && dir.trim() !== '' ? dir : null;
}

/** The one command that makes an app available under DIR. */
export function fetchHint(app: CorpusApp, dir: string): string {
  return `git clone --mirror https://github.com/${app.repo}.git ${join(dir, app.dir, 'repo')}`;
}

function isBare(path: string): boolean {
  return existsSync(join(path, 'HEAD')) && existsSync(join(path, 'objects'));
}

/** The git directories an app may be in, most specific first. */
export function candidates(dir: string, app: CorpusApp): string[] {
  const names = [...new Set([app.dir, app.repo.replace('/', '+'), app.repo.split('/')[1]!])];
  const out: string[] = [];
  for (const name of names) {
    const base = join(dir, name);
    out.push(join(base, 'repo'), join(base, '.git'), base);
  }
  return out;
}

async function hasCommit(gitDir: string, commit: string): Promise<boolean> {
  try {
    await run('git', ['--git-dir', gitDir, 'cat-file', '-e', `${commit}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

export async function locateApps(dir: string, apps: CorpusApp[]): Promise<Located> {
  const out: Located = { found: [], missing: [] };
  for (const app of apps) {
    const gitDir = candidates(dir, app).find(isBare);
    if (!gitDir) {
      out.missing.push({ app, why: 'not in the corpus folder', fetch: fetchHint(app, dir) });
    } else if (!(await hasCommit(gitDir, app.commit))) {
      out.missing.push({
        app,
        why: `${gitDir} lacks commit ${app.commit.slice(0, 12)}`,
        fetch: `git --git-dir=${gitDir} fetch origin`,
      });
    } else {
      out.found.push({ app, gitDir });
    }
  }
  return out;
}

export async function parentOf(gitDir: string, commit: string): Promise<string | null> {
  try {
    const { stdout } = await run('git', ['--git-dir', gitDir, 'rev-parse', `${commit}^`]);
    return stdout.trim() || null;
  } catch {
    return null;
  }
}

/** Runs git with `input` on stdin; resolves with stdout. */
function gitWithInput(args: string[], input: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(Buffer.concat(out).toString())
        : reject(new Error(`git ${args[2]}: ${err.trim()}`)),
    );
    child.stdin.end(input);
  });
}

/**
 * Files of the commit whose contents the mirror lacks: mirrors fetched with a size limit leave out large
 * blobs (compiled JavaScript, wasm), and `git archive` stops at the first one.
 */
export async function absentFiles(gitDir: string, commit: string): Promise<string[]> {
  const { stdout } = await run('git', ['--git-dir', gitDir, 'ls-tree', '-r', '-z', commit], {
    maxBuffer: 256 * 1024 * 1024,
  });
  const blobs = stdout
    .split('\0')
    .filter(Boolean)
    .map((entry) => {
      const tab = entry.indexOf('\t');
      const [, type, sha] = entry.slice(0, tab).split(' ');
      return { type, sha: sha!, path: entry.slice(tab + 1) };
    })
    .filter((e) => e.type === 'blob');
  const checked = await gitWithInput(
    ['--git-dir', gitDir, 'cat-file', '--batch-check=%(objectname) %(objecttype)'],
    blobs.map((b) => `${b.sha}\n`).join(''),
  );
  const missing = new Set(
    checked
      .split('\n')
      .filter((l) => l.endsWith(' missing'))
      .map((l) => l.split(' ')[0]),
  );
  return blobs.filter((b) => missing.has(b.sha)).map((b) => b.path);
}

const extracting = new Map<string, Promise<string>>();

/**
 * The repository's tree at a commit, extracted once into CACHE/<dir>/<commit> (a half-written tree is
 * never reused: it is written beside and renamed when whole). Returns the app's folder in it.
 */
export function extractTree(src: AppSource, commit: string, cache: string): Promise<string> {
  const root = join(cache, src.app.dir, commit);
  const appDir = join(root, src.app.app);
  let pending = extracting.get(root);
  if (!pending) {
    pending = (async () => {
      if (existsSync(root)) return root;
      const part = `${root}.part`;
      rmSync(part, { recursive: true, force: true });
      mkdirSync(part, { recursive: true });
      // Files the mirror lacks are left out (pathspec excludes); the rest of the tree is whole.
      const skip = (await absentFiles(src.gitDir, commit)).map((p) => `:(exclude,literal)${p}`);
      const script =
        'set -o pipefail; d=$1 c=$2 t=$3; shift 3; git --git-dir="$d" archive "$c" -- . "$@" | tar -x -C "$t"';
      await run('bash', ['-c', script, 'extract', src.gitDir, commit, part, ...skip], {
        maxBuffer: 16 * 1024 * 1024,
      });
      renameSync(part, root);
      return root;
    })();
    extracting.set(root, pending);
    pending.catch(() => extracting.delete(root));
  }
  return pending.then(() => appDir);
}

/** Reads the app's files once: PHP sources, env files, SQL, ini and pool configs. The only I/O of project/. */

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isComposeFile, isDockerfile } from './laravel/settings/docker-env.js';

export interface AppFile {
  /** Relative to the app root, forward slashes. */
  path: string;
  text: string;
}

export interface AppFiles {
  root: string;
  php: AppFile[];
  /** env files, *.ini, *.conf, *.sql, composer.json/lock, compose files and Dockerfiles: what the settings and schema readers need. */
  other: AppFile[];
  /** Files and folders that could not be read (permissions, a path too long…): reported as PA901, skipped. */
  unreadable?: { path: string; message: string }[];
}

/** Folders that hold no app code worth auditing (or are huge). */
// tests/ holds the app's own tests: their queries run against test databases, not production.
const SKIP_DIRS = new Set([
  'vendor',
  'node_modules',
  '.git',
  'storage',
  'bootstrap/cache',
  'public/build',
  'public/vendor',
  'tests',
]);

function wanted(name: string): 'php' | 'other' | null {
  if (name.endsWith('.php')) return 'php';
  if (name === '.env' || name.startsWith('.env.') || name.endsWith('.env')) return 'other';
  // What a Docker production setup gives the app's environment (settings/docker-env.ts).
  if (isComposeFile(name) || isDockerfile(name)) return 'other';
  if (/\.(ini|conf|sql)$/.test(name) || name === 'composer.json' || name === 'composer.lock') return 'other';
  return null;
}

/** Past this many files the app is not read at all: the folder is probably not one app (a monorepo, a home). */
export const DEFAULT_MAX_FILES = 50_000;
/** A file larger than this is skipped (generated code, dumps), with a PA901 note. */
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Too many files to read: the message names the limit and how to raise it. */
export class TooManyFiles extends Error {
  override name = 'TooManyFiles';
}

/**
 * `include`: app-relative folders read even inside a skipped one (`database.migrations` naming a
 * package's folder under vendor/).
 */
export async function readAppFiles(
  root: string,
  limits: { maxFiles?: number; maxFileBytes?: number } = {},
  include: readonly string[] = [],
): Promise<AppFiles> {
  // A skipped folder is still entered on the way to an included one.
  const towards = (rel: string) => include.some((f) => f === rel || f.startsWith(`${rel}/`));
  const within = (rel: string) => include.some((f) => rel === f || rel.startsWith(`${f}/`));
  const maxFiles = limits.maxFiles ?? DEFAULT_MAX_FILES;
  const maxBytes = limits.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  let count = 0;
  const php: AppFile[] = [];
  const other: AppFile[] = [];
  const unreadable: { path: string; message: string }[] = [];
  const skip = (abs: string, err: unknown) =>
    unreadable.push({
      path: relative(root, abs).split(sep).join('/') || '.',
      message: (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err)),
    });
  /**
   * `skipped`: `dir` is inside a skipped folder, entered only on the way to an included one. Synchronous on
   * purpose: an awaited readFile costs several thread-pool round trips per file (a second for a 1,300-file
   * app), the synchronous calls 30 ms for all of them, and nothing else runs while the project is read.
   * Only regular files (not FIFOs or devices) are opened.
   */
  function walk(dir: string, skipped = false): void {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      // The root itself must be readable (the audit cannot run without it); below it, one folder is skipped.
      if (dir === root) throw err;
      return void skip(dir, err);
    }
    for (const entry of entries) {
      const abs = join(dir, entry.name);
      const rel = relative(root, abs).split(sep).join('/');
      if (entry.isDirectory()) {
        const passed = skipped || SKIP_DIRS.has(rel) || SKIP_DIRS.has(entry.name);
        if (!passed || within(rel)) walk(abs);
        else if (towards(rel)) walk(abs, true);
        continue;
      }
      if (!entry.isFile() || skipped) continue;
      const kind = wanted(entry.name);
      if (!kind) continue;
      count += 1;
      if (count > maxFiles)
        throw new TooManyFiles(
          `${root} has more than ${maxFiles} PHP, env, SQL and config files outside vendor/, node_modules/, storage/ and tests/: ` +
            'is --app the Laravel app? Raise limits.max-files in .perf-audit.yml if it is.',
        );
      try {
        const size = statSync(abs).size;
        if (size > maxBytes) {
          unreadable.push({
            path: rel,
            message: `${size} bytes, larger than limits.max-file-bytes (${maxBytes}): not read`,
          });
          continue;
        }
        const text = readFileSync(abs, 'utf8');
        (kind === 'php' ? php : other).push({ path: rel, text });
      } catch (err) {
        skip(abs, err);
      }
    }
  }
  walk(root);
  const byPath = (a: AppFile, b: AppFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  php.sort(byPath);
  other.sort(byPath);
  return { root, php, other, ...(unreadable.length ? { unreadable } : {}) };
}

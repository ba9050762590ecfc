/**
 * Where SARIF results and rule links point, the same for the command and the action: paths relative to the
 * root of the git repository holding the app (code scanning resolves them there), rule help from the
 * docs/rules/ pages shipped with perf-audit, helpUri at this version's tag.
 */

import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPOSITORY_URL, VERSION } from '../version.js';
import type { SarifOptions } from './sarif.js';

/** The nearest folder at or above `dir` with a `.git` (a folder, or a file in worktrees); null outside one. */
export function gitRoot(dir: string): string | null {
  for (let at = resolve(dir); ; at = dirname(at)) {
    if (existsSync(join(at, '.git'))) return at;
    if (dirname(at) === at) return null;
  }
}

function inside(root: string, path: string): string | null {
  const rel = relative(root, path);
  if (rel.startsWith('..') || isAbsolute(rel)) return null;
  return rel.split(sep).join('/');
}

/**
 * appDir and fallbackFile for toSarif. The repository is the git root above the app, else `fallbackRoot`
 * (the action's workspace); with neither, paths stay relative to the app.
 */
export function sarifPaths(
  app: string,
  configFile: string | null,
  fallbackRoot: string | null = null,
): Pick<SarifOptions, 'appDir' | 'fallbackFile'> {
  const root = gitRoot(app) ?? fallbackRoot ?? resolve(app);
  const appDir = inside(root, resolve(app)) ?? '';
  const fallbackFile = configFile ? inside(root, resolve(configFile)) : null;
  return { appDir, ...(fallbackFile ? { fallbackFile } : {}) };
}

/** Base of every helpUri: the docs at the tag of the version that wrote the report. */
export function sarifDocsBaseUrl(): string {
  return `${REPOSITORY_URL}/blob/v${VERSION}/`;
}

/** docs/rules/ shipped with perf-audit: beside dist/ (action, installed package) or in the checkout. */
export function ruleDocsDir(from: string = fileURLToPath(import.meta.url)): string | null {
  let at = dirname(from);
  for (let i = 0; i < 4; i++, at = dirname(at)) {
    if (existsSync(join(at, 'docs', 'rules'))) return join(at, 'docs', 'rules');
  }
  return null;
}

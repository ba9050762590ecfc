/**
 * Where the app keeps its config files. config/ as a rule; another folder when bootstrap/app.php says so
 * (`$app->useConfigPath(...)`); app/config/ in the Laravel 4 layout (top level only: its subfolders are
 * per-environment overrides and packages). A folder that cannot be known statically, or an Application
 * subclass overriding configPath(), is a problem to report: the verdicts then read config/.
 */

import { normalizeAppPath } from '../../../config/app-path.js';
import type { Problem } from '../../model.js';
import { calledMethod, child, children, lineOf, nameOf, walk, type PhpNode } from '../../php/ast.js';
import { evaluate } from '../../php/evaluate.js';
import type { ParsedPhp } from '../../php/parse.js';
import type { FileSummary } from '../../php/summary.js';
import { firstUnknown } from '../../php/value.js';
import { withPathHelpers } from '../migrations/providers.js';

export interface ConfigFolder {
  /** App-relative, no trailing slash. */
  folder: string;
  /** Files in subfolders count (`config/services/mail.php` → `services.mail`); not in Laravel 4's app/config. */
  nested: boolean;
  /** Why not config/, for the report: `bootstrap/app.php:14 useConfigPath()`. */
  decidedBy: string | null;
  /** What could not be known: the verdicts that read config say so. */
  problems: Problem[];
}

export const DEFAULT_CONFIG_FOLDER: ConfigFolder = {
  folder: 'config',
  nested: true,
  decidedBy: null,
  problems: [],
};

const FOUNDATION_APPLICATION = 'Illuminate\\Foundation\\Application';

function usesConfigPath(
  bootstrap: ParsedPhp[],
): { file: string; line: number; folder: string | null; arg: string }[] {
  const out: { file: string; line: number; folder: string | null; arg: string }[] = [];
  const host = withPathHelpers(undefined);
  for (const p of bootstrap) {
    walk(p.ast, (n) => {
      if (n.kind !== 'call' || calledMethod(n)?.toLowerCase() !== 'useconfigpath') return;
      const v = evaluate(children(n, 'arguments')[0], { file: p.path, host });
      const known = typeof v === 'string' && firstUnknown(v) === null;
      out.push({
        file: p.path,
        line: lineOf(n),
        folder: known ? normalizeAppPath(v.replace(/\/+$/, '')) : null,
        arg: known ? v : 'its argument',
      });
    });
  }
  return out;
}

/** The folder an Application subclass's configPath('') returns, app-relative; null when not known. */
function overriddenFolder(ast: PhpNode | null, cls: string, file: string): string | null {
  let method: PhpNode | null = null;
  walk(ast, (n) => {
    if (n.kind === 'class' && nameOf(child(n, 'name')) === cls)
      for (const m of children(n, 'body'))
        if (m.kind === 'method' && nameOf(child(m, 'name'))?.toLowerCase() === 'configpath') method = m;
  });
  if (!method) return null;
  const returns: PhpNode[] = [];
  walk(method, (n) => {
    if (n.kind === 'return') returns.push(n);
  });
  if (returns.length !== 1) return null;
  // configPath('') with $this->basePath as the app root ('.'): `$this->basePath . '/app/Config'`.
  const v = evaluate(child(returns[0], 'expr'), {
    file,
    host: withPathHelpers(undefined),
    variable: (name) => (name === 'path' ? '' : undefined),
    property: (name) => (name === 'basePath' ? '.' : undefined),
  });
  if (typeof v !== 'string' || firstUnknown(v) !== null) return null;
  const folder = normalizeAppPath(v.replace(/\/+$/, ''));
  return folder || null;
}

/**
 * `summaries` find an Application subclass that overrides configPath(); `astOf` gives its file's AST, so
 * the folder it returns can be evaluated.
 */
export function findConfigFolder(
  bootstrap: ParsedPhp[],
  phpPaths: readonly string[],
  summaries: readonly FileSummary[] = [],
  astOf: (path: string) => PhpNode | null = () => null,
): ConfigFolder {
  const problems: Problem[] = [];
  for (const s of summaries)
    for (const c of s.classes)
      if (
        c.parent === FOUNDATION_APPLICATION &&
        c.methods.some((m) => m.name.toLowerCase() === 'configpath')
      ) {
        const folder = overriddenFolder(astOf(c.file), c.name, c.file);
        if (folder)
          return { folder, nested: true, decidedBy: `${c.file}:${c.line} ${c.name}::configPath()`, problems };
        problems.push({
          location: { file: c.file, line: c.line },
          message:
            `${c.name} overrides configPath(): the folder it loads config from is not known statically, ` +
            'so the settings verdicts read config/ and may not be what production runs',
          construct: 'configPath override',
        });
      }
  const calls = usesConfigPath(bootstrap);
  const last = calls.at(-1);
  if (last) {
    if (last.folder) {
      return {
        folder: last.folder,
        nested: true,
        decidedBy: `${last.file}:${last.line} useConfigPath()`,
        problems,
      };
    }
    problems.push({
      location: { file: last.file, line: last.line },
      message:
        `useConfigPath(): the config folder (${last.arg}) cannot be known statically or is outside the app, ` +
        'so the settings verdicts read config/ and may not be what production runs',
      construct: 'useConfigPath',
    });
    return { ...DEFAULT_CONFIG_FOLDER, problems };
  }
  const has = (prefix: string) => phpPaths.some((p) => p.startsWith(prefix));
  if (!has('config/') && phpPaths.some((p) => /^app\/config\/[^/]+\.php$/.test(p)))
    return { folder: 'app/config', nested: false, decidedBy: 'the Laravel 4 layout (app/config)', problems };
  return { ...DEFAULT_CONFIG_FOLDER, problems };
}

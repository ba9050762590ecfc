/** Telescope: whether the app installs it (composer) and whether `telescope:prune` is scheduled (PHP AST). */

import type { AppFiles } from '../../files.js';
import type { ResolvedSetting } from '../../model.js';
import type { ParsedPhp } from '../../php/parse.js';
import { calledMethod, useMap, walk, type PhpNode } from '../../php/ast.js';

/** Where Laravel apps define their schedule: the console kernel (≤ 10), routes/console.php and bootstrap/app.php (11+). */
export const SCHEDULE_FILES = ['app/Console/Kernel.php', 'routes/console.php', 'bootstrap/app.php'];

const PRUNE_CLASS = 'laravel\\telescope\\console\\prunecommand';

function lineOfText(text: string, needle: string): number {
  const idx = text.indexOf(needle);
  return idx < 0 ? 1 : text.slice(0, idx).split('\n').length;
}

/** `laravel/telescope` in composer.json (require or require-dev), as a setting with its line. */
export function telescopePackage(files: AppFiles): ResolvedSetting | null {
  const file = files.other.find((f) => f.path === 'composer.json');
  if (!file) return null;
  let json: Record<string, Record<string, string> | undefined>;
  try {
    json = JSON.parse(file.text) as typeof json;
  } catch {
    return null;
  }
  for (const section of ['require', 'require-dev'] as const) {
    const constraint = json[section]?.['laravel/telescope'];
    if (constraint === undefined) continue;
    return {
      key: 'composer.laravel/telescope',
      value: constraint,
      location: { file: file.path, line: lineOfText(file.text, '"laravel/telescope"') },
      source: `composer.json ${section}`,
    };
  }
  return null;
}

/** Is the first argument `'telescope:prune …'` or `PruneCommand::class` (Telescope's, by its use statement)? */
function isPruneArgument(arg: PhpNode | undefined, uses: Map<string, string>): boolean {
  if (!arg) return false;
  if (arg.kind === 'string') return /^\s*telescope:prune(\s|$)/.test(String(arg.value));
  if (arg.kind === 'staticlookup') {
    const offset = arg.offset as PhpNode | undefined;
    const what = arg.what as PhpNode | undefined;
    if (
      offset?.kind !== 'identifier' ||
      String(offset.name).toLowerCase() !== 'class' ||
      what?.kind !== 'name'
    )
      return false;
    const written = String(what.name).replace(/^\\/, '');
    const resolved = written.includes('\\') ? written : (uses.get(written.toLowerCase()) ?? written);
    return resolved.toLowerCase() === PRUNE_CLASS;
  }
  return false;
}

/** The first `->command('telescope:prune')` (or `Schedule::command(...)`) in the schedule files. */
export function telescopePruneSchedule(parsed: ParsedPhp[]): ResolvedSetting | null {
  for (const path of SCHEDULE_FILES) {
    const file = parsed.find((p) => p.path === path);
    if (!file) continue;
    const uses = useMap(file.ast);
    let found: ResolvedSetting | null = null;
    walk(file.ast, (node) => {
      if (found || node.kind !== 'call') return;
      const method = calledMethod(node);
      if (method !== 'command') return;
      const args = (node.arguments as PhpNode[]) ?? [];
      if (!isPruneArgument(args[0], uses)) return;
      found = {
        key: 'schedule.telescope:prune',
        value: args[0].kind === 'string' ? String(args[0].value) : 'telescope:prune',
        location: { file: path, line: node.loc?.start.line ?? 1 },
        source: `${path}: schedule`,
      };
    });
    if (found) return found;
  }
  return null;
}

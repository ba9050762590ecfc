/** App-wide schema builder settings declared outside migrations (usually in AppServiceProvider::boot). */

import type { ParsedPhp } from '../../php/parse.js';
import { baseName, nameOf, type PhpNode } from './ast.js';

/** `Schema::defaultStringLength(191)` anywhere under app/: the length `string()` columns get by default. */
export function findDefaultStringLength(files: ParsedPhp[]): number | null {
  let found: number | null = null;
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    const n = node as PhpNode;
    if (
      n.kind === 'call' &&
      n.what?.kind === 'staticlookup' &&
      nameOf(n.what.offset) === 'defaultStringLength' &&
      baseName(nameOf(n.what.what) ?? '') === 'Schema' &&
      n.arguments?.[0]?.kind === 'number'
    ) {
      found = Number(n.arguments[0].value);
    }
    for (const [key, value] of Object.entries(n)) {
      if (key !== 'loc' && value && typeof value === 'object') visit(value);
    }
  };
  // Service providers' boot() is where Laravel documents this call; walking every app file costs seconds on large apps.
  for (const f of files) if (f.path.startsWith('app/Providers/')) visit(f.ast);
  return found;
}

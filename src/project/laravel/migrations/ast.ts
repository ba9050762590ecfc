/** Small helpers over php-parser's AST, typed loosely: the parser's own typings do not model every node field. */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PhpNode = { kind: string; loc?: { start: { line: number } } | null } & Record<string, any>;

export function lineOf(node: PhpNode | null | undefined, fallback = 1): number {
  return node?.loc?.start?.line ?? fallback;
}

/** The identifier text of a `name`/`identifier` node (`Schema`, `create`), or null for dynamic names. */
export function nameOf(node: PhpNode | null | undefined): string | null {
  if (!node) return null;
  if (node.kind === 'identifier' || node.kind === 'name') return String(node.name);
  return null;
}

/** Last segment of a possibly qualified class name: `\Illuminate\Support\Facades\Schema` → `Schema`. */
export function baseName(name: string): string {
  const parts = name.split('\\');
  return parts[parts.length - 1];
}

export interface ChainLink {
  method: string;
  args: PhpNode[];
  line: number;
}

/**
 * Flattens `$table->string('a')->nullable()->unique()` into its root (`$table`) and the calls in source
 * order. Static calls (`Schema::create(...)`) become a root of kind `name` with the first link.
 */
export function flattenChain(expr: PhpNode): { root: PhpNode; links: ChainLink[] } | null {
  const links: ChainLink[] = [];
  let cur: PhpNode = expr;
  for (;;) {
    if (
      cur.kind === 'call' &&
      (cur.what.kind === 'propertylookup' || cur.what.kind === 'nullsafepropertylookup')
    ) {
      const method = nameOf(cur.what.offset);
      if (!method) return null;
      links.unshift({ method, args: cur.arguments, line: lineOf(cur) });
      cur = cur.what.what;
      continue;
    }
    if (cur.kind === 'call' && cur.what.kind === 'staticlookup') {
      const method = nameOf(cur.what.offset);
      if (!method) return null;
      links.unshift({ method, args: cur.arguments, line: lineOf(cur) });
      return { root: cur.what.what, links };
    }
    return { root: cur, links };
  }
}

/** Test helpers for the PHP floor: parse real PHP snippets and build summaries, indexes and contexts. */

import { forEachTopLevel, walk, type FileScope, type PhpNode } from '../../src/project/php/ast.js';
import { ClassIndex } from '../../src/project/php/class-index.js';
import type { EvalHost } from '../../src/project/php/evaluate.js';
import { parsePhp } from '../../src/project/php/parse.js';
import { summarizeFile, type FileSummary } from '../../src/project/php/summary.js';

/** The program node of a PHP file; throws when the snippet does not parse. */
export function program(code: string, path = 'app/Test.php'): PhpNode {
  const { parsed, problem } = parsePhp(path, code);
  if (!parsed) throw new Error(`snippet does not parse: ${problem?.message}`);
  return parsed.ast as unknown as PhpNode;
}

/** The expression of `return <expr>;` as written in a PHP snippet (the last return of the file). */
export function returned(code: string, path = 'app/Test.php'): { expr: PhpNode; scope: FileScope } {
  const ast = program(code.startsWith('<?php') ? code : `<?php return ${code};`, path);
  let found: { expr: PhpNode; scope: FileScope } | null = null;
  forEachTopLevel(path, ast, (node, scope) => {
    if (node.kind === 'return' && node.expr) found = { expr: node.expr as PhpNode, scope };
  });
  if (!found) throw new Error('snippet has no top-level return');
  return found;
}

/** Summaries of a few files, keyed by path; the parsed ASTs are kept for method bodies. */
export function summarize(files: Record<string, string>): {
  summaries: FileSummary[];
  asts: Map<string, PhpNode>;
} {
  const asts = new Map<string, PhpNode>();
  const summaries: FileSummary[] = [];
  for (const [path, code] of Object.entries(files)) {
    const ast = program(code, path);
    asts.set(path, ast);
    summaries.push(summarizeFile(path, ast));
  }
  return { summaries, asts };
}

/** A class index over a few files (path → PHP source), with their ASTs as the source of method bodies. */
export function indexOf(files: Record<string, string>, host?: EvalHost): ClassIndex {
  const { summaries, asts } = summarize(files);
  return new ClassIndex(summaries, (file) => asts.get(file) ?? null, host);
}

/** The first node of `kind` in a program that `accept` likes. */
export function findNode(root: PhpNode, kind: string, accept: (n: PhpNode) => boolean = () => true): PhpNode {
  let found: PhpNode | null = null;
  walk(root, (n) => {
    if (!found && n.kind === kind && accept(n)) found = n;
  });
  if (!found) throw new Error(`no ${kind} node`);
  return found;
}

/**
 * Query shapes from the app's PHP: every Eloquent and query-builder chain, read from the php-parser AST.
 * A chain whose table or columns cannot be known is skipped, not guessed; SQL that cannot be read
 * becomes a Problem (PA901).
 */

import type { ModelInfo, Problem, QueryShape, TableWrite, WholeTableRead } from '../../model.js';
import type { PhpNode } from '../../php/ast.js';
import { indexOfFiles, type ClassIndex } from '../../php/class-index.js';
import type { EvalHost } from '../../php/evaluate.js';
import type { ParsedPhp } from '../../php/parse.js';
import { ModelRegistry } from './builder.js';
import { CommentIndex } from './ignores.js';
import { FileWalker } from './walker.js';
import { findMacros, Macros } from './macros.js';

export function extractQueries(
  files: ParsedPhp[],
  models: ModelInfo[],
  /** The app's classes, built once by the caller from every app file (defaults to `files` alone). */
  index: ClassIndex = indexOfFiles(files),
  /** What the host knows beyond PHP (config(), env()); the index's own host when absent. */
  host?: EvalHost,
  /** The builder macros the app registers (read from `index` when absent). */
  macros: Macros = findMacros(index),
): {
  queries: QueryShape[];
  problems: Problem[];
  writes: TableWrite[];
  wholeReads: WholeTableRead[];
} {
  const registry = new ModelRegistry(models);
  const queries: QueryShape[] = [];
  const problems: Problem[] = [];
  const writes: TableWrite[] = [];
  const wholeReads: WholeTableRead[] = [];
  for (const file of files) {
    const one = extractFileQueries(file, registry, index, host, macros);
    queries.push(...one.queries);
    problems.push(...one.problems);
    writes.push(...one.writes);
    wholeReads.push(...one.wholeReads);
  }
  return { queries, problems, writes, wholeReads };
}

/** The queries of one file: a pure function of its AST, the app's classes, its models and the host. */
export function extractFileQueries(
  file: ParsedPhp,
  registry: ModelRegistry,
  index: ClassIndex,
  host?: EvalHost,
  macros?: Macros,
): {
  queries: QueryShape[];
  problems: Problem[];
  writes: TableWrite[];
  wholeReads: WholeTableRead[];
} {
  const queries: QueryShape[] = [];
  const problems: Problem[] = [];
  const writes: TableWrite[] = [];
  const wholeReads: WholeTableRead[] = [];
  problems.push(...(file.notes ?? []));
  const comments = new CommentIndex(file.ast as unknown as PhpNode);
  const seen = new Set<string>();
  const sink = {
    problems,
    add(shape: QueryShape, statementLine?: number) {
      const key = `${shape.id}@${shape.location.line}`;
      if (seen.has(key)) return;
      seen.add(key);
      const ignores = comments.ignoresAbove(shape.location.line);
      if (!ignores.length && statementLine !== undefined && statementLine < shape.location.line) {
        ignores.push(...comments.ignoresAbove(statementLine));
      }
      if (ignores.length) shape.inlineIgnores = ignores;
      queries.push(shape);
    },
    write(w: TableWrite) {
      writes.push(w);
    },
    wholeRead(r: WholeTableRead) {
      wholeReads.push(r);
    },
  };
  try {
    new FileWalker(file, index, registry, sink, host, macros).run();
  } catch (err) {
    // One construct the walker does not expect must not cost the rest of the app.
    problems.push({
      location: { file: file.path, line: 1 },
      message: `Could not read the queries of this file: ${(err as Error).message}`,
      construct: 'query extraction',
    });
  }
  return { queries, problems, writes, wholeReads };
}

export { ModelRegistry, findMacros, Macros };

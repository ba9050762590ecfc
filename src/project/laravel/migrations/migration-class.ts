/**
 * The migration class of a file, found through the class index: `return new class extends Migration {…}`
 * (fqcn `class@anonymous <file>:<line>`) or a named class, with its up() (own, inherited or from a trait)
 * and the properties its constructor sets to a schema builder.
 */

import { bodyStatements, child, classNameOf, baseName, flatten, type PhpNode } from '../../php/ast.js';
import { type ClassDecl, type ClassIndex, type FoundMethod } from '../../php/class-index.js';
import { thisProperty } from './chain.js';

export interface MigrationClass {
  /** The index the class was found in (calls are resolved there). */
  index: ClassIndex;
  decl: ClassDecl;
  up: FoundMethod & { node: PhpNode };
  /** Properties of the migration that hold a schema builder (`$this->schema->create(...)`). */
  schemaProps: Set<string>;
}

const byFile = new WeakMap<ClassIndex, Map<string, ClassDecl[]>>();

function classesIn(index: ClassIndex, file: string): ClassDecl[] {
  let files = byFile.get(index);
  if (!files) {
    files = new Map();
    for (const decl of index.classes) {
      if (decl.kind !== 'class') continue;
      const list = files.get(decl.file) ?? [];
      list.push(decl);
      files.set(decl.file, list);
    }
    byFile.set(index, files);
  }
  return files.get(file) ?? [];
}

/** The first class of the file that has an up() with a body. */
export function findMigrationClass(index: ClassIndex, file: string): MigrationClass | null {
  for (const decl of classesIn(index, file)) {
    const up = index.method(decl.fqcn, 'up');
    const node = up?.node;
    if (!up || !node || up.summary.isAbstract) continue;
    const ctor = index.method(decl.fqcn, '__construct')?.node ?? null;
    return {
      index,
      decl,
      up: { decl: up.decl, summary: up.summary, node },
      schemaProps: schemaProperties(ctor),
    };
  }
  return null;
}

/** `$this->schema = Schema::connection(...)` in the constructor (Telescope's migrations do this). */
function schemaProperties(ctor: PhpNode | null): Set<string> {
  const props = new Set<string>();
  for (const st of ctor ? bodyStatements(ctor) : []) {
    const e = st.kind === 'expressionstatement' ? child(st, 'expression') : null;
    if (e?.kind !== 'assign') continue;
    const prop = thisProperty(e.left);
    const right = child(e, 'right');
    const cls = right?.kind === 'call' ? classNameOf(flatten(right).root) : null;
    if (prop && cls && baseName(cls) === 'Schema') props.add(prop);
  }
  return props;
}

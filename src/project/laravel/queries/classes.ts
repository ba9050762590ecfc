/** Every class declared in the app, with its resolved parent, traits, properties, constants and methods. */

import type { ParsedPhp } from '../../php/parse.js';
import { addUses, child, children, field, lineOf, literalOf, nameOf, resolveClass } from './ast.js';
import type { FileScope, Literal, PhpNode } from './ast.js';

export interface ClassDecl {
  kind: 'class' | 'trait';
  isAbstract: boolean;
  fqcn: string;
  name: string;
  /** Fully qualified parent class, or null. */
  parent: string | null;
  traits: string[];
  /** Property name → default value node. */
  properties: Map<string, PhpNode | null>;
  /** Constant name → value node. */
  constants: Map<string, PhpNode>;
  /** Lower-cased method name → method node. */
  methods: Map<string, PhpNode>;
  file: string;
  line: number;
  scope: FileScope;
  node: PhpNode;
}

/** Walks namespaces (bracketed or not) and collects classes with the imports in force. */
export function collectClasses(files: ParsedPhp[]): ClassDecl[] {
  const out: ClassDecl[] = [];
  for (const file of files) {
    const root = file.ast as unknown as PhpNode;
    visitBody(children(root, 'children'), { file: file.path, namespace: '', uses: new Map() }, out);
  }
  return out;
}

function visitBody(nodes: PhpNode[], scope: FileScope, out: ClassDecl[]): void {
  for (const node of nodes) {
    if (node.kind === 'namespace') {
      const ns: FileScope = {
        file: scope.file,
        namespace: field<string>(node, 'name') ?? '',
        uses: new Map(),
      };
      visitBody(children(node, 'children'), ns, out);
    } else if (node.kind === 'usegroup') {
      addUses(scope, node);
    } else if (node.kind === 'class' || node.kind === 'trait') {
      const decl = readClass(node, scope);
      if (decl) out.push(decl);
    } else if (node.kind === 'if' || node.kind === 'block') {
      // `if (! class_exists(...)) { class … }` guards.
      visitBody([...children(node, 'children'), ...children(child(node, 'body'), 'children')], scope, out);
    }
  }
}

function readClass(node: PhpNode, scope: FileScope): ClassDecl | null {
  const name = nameOf(child(node, 'name'));
  if (!name) return null;
  const ext = child(node, 'extends');
  const parent = ext ? resolveClass(nameOf(ext) ?? '', field(ext, 'resolution'), scope) : null;
  const decl: ClassDecl = {
    kind: node.kind === 'trait' ? 'trait' : 'class',
    isAbstract: field<boolean>(node, 'isAbstract') === true,
    fqcn: scope.namespace ? `${scope.namespace}\\${name}` : name,
    name,
    parent,
    traits: [],
    properties: new Map(),
    constants: new Map(),
    methods: new Map(),
    file: scope.file,
    line: lineOf(node),
    // A snapshot: later `use` lines of the same file do not apply to earlier classes in PHP either.
    scope: { ...scope, uses: new Map(scope.uses) },
    node,
  };
  for (const member of children(node, 'body')) {
    switch (member.kind) {
      case 'traituse':
        for (const t of children(member, 'traits'))
          decl.traits.push(resolveClass(nameOf(t) ?? '', field(t, 'resolution'), scope));
        break;
      case 'propertystatement':
        for (const p of children(member, 'properties')) {
          const pname = nameOf(child(p, 'name'));
          if (pname) decl.properties.set(pname, child(p, 'value'));
        }
        break;
      case 'classconstant':
        for (const c of children(member, 'constants')) {
          const cname = nameOf(child(c, 'name'));
          const value = child(c, 'value');
          if (cname && value) decl.constants.set(cname, value);
        }
        break;
      case 'method': {
        const mname = nameOf(child(member, 'name'));
        if (mname) decl.methods.set(mname.toLowerCase(), member);
        break;
      }
    }
  }
  return decl;
}

/** Looks classes up by FQCN and follows parents; resolves class constants to literals. */
export class ClassIndex {
  readonly byFqcn = new Map<string, ClassDecl>();

  constructor(readonly classes: ClassDecl[]) {
    for (const c of classes) this.byFqcn.set(c.fqcn.toLowerCase(), c);
  }

  get(fqcn: string): ClassDecl | undefined {
    return this.byFqcn.get(fqcn.toLowerCase());
  }

  /** The class and its in-app ancestors, nearest first (stops at cycles and vendor classes). */
  lineage(fqcn: string): ClassDecl[] {
    const out: ClassDecl[] = [];
    const seen = new Set<string>();
    let current = this.get(fqcn);
    while (current && !seen.has(current.fqcn.toLowerCase())) {
      seen.add(current.fqcn.toLowerCase());
      out.push(current);
      current = current.parent ? this.get(current.parent) : undefined;
    }
    return out;
  }

  /** The first vendor (not in the app) ancestor of a class: where its parent chain leaves the app. */
  vendorRoot(fqcn: string): string | null {
    const chain = this.lineage(fqcn);
    if (chain.length === 0) return fqcn;
    return chain[chain.length - 1].parent;
  }

  /** A property default inherited through the app's classes. */
  property(fqcn: string, name: string): PhpNode | null | undefined {
    for (const c of this.lineage(fqcn)) if (c.properties.has(name)) return c.properties.get(name);
    return undefined;
  }

  /** Traits used by the class and its ancestors, and the traits those traits use (in-app ones are followed). */
  traitsOf(fqcn: string): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    const add = (t: string) => {
      if (seen.has(t.toLowerCase())) return;
      seen.add(t.toLowerCase());
      out.push(t);
      for (const inner of this.get(t)?.traits ?? []) add(inner);
    };
    for (const c of this.lineage(fqcn)) c.traits.forEach(add);
    return out;
  }

  private readonly methodCache = new Map<string, Map<string, { decl: ClassDecl; node: PhpNode }>>();

  /** `scopeOfType` of a model (or its parents and traits) for the scope name `ofType`. */
  scopeMethod(fqcn: string, scope: string): { node: PhpNode; scope: FileScope; fqcn: string } | null {
    const found = this.methodsOf(fqcn).get(`scope${scope}`.toLowerCase());
    return found ? { node: found.node, scope: found.decl.scope, fqcn: found.decl.fqcn } : null;
  }

  /** The class's own and inherited methods, including those of in-app traits (nearest wins). */
  methodsOf(fqcn: string): Map<string, { decl: ClassDecl; node: PhpNode }> {
    const cached = this.methodCache.get(fqcn.toLowerCase());
    if (cached) return cached;
    const out = new Map<string, { decl: ClassDecl; node: PhpNode }>();
    this.methodCache.set(fqcn.toLowerCase(), out);
    const take = (decl: ClassDecl) => {
      for (const [name, node] of decl.methods) if (!out.has(name)) out.set(name, { decl, node });
    };
    for (const c of this.lineage(fqcn)) {
      take(c);
      for (const t of c.traits) {
        const trait = this.get(t);
        if (trait) take(trait);
      }
    }
    return out;
  }

  method(fqcn: string, name: string): { decl: ClassDecl; node: PhpNode } | null {
    for (const c of this.lineage(fqcn)) {
      const node = c.methods.get(name.toLowerCase());
      if (node) return { decl: c, node };
    }
    return null;
  }

  /** `Post::STATUS_PUBLISHED` → its literal value, when it is one. */
  constant(fqcn: string, name: string, depth = 0): Literal | undefined {
    if (depth > 5) return undefined;
    for (const c of this.lineage(fqcn)) {
      const node = c.constants.get(name);
      if (node) return literalOf(node, this.constResolver(c.scope, c.fqcn, depth + 1));
    }
    return undefined;
  }

  /** A resolver for literalOf() in the given scope (handles `self::X`, `static::X`, `Foo::class`). */
  constResolver(
    scope: FileScope,
    selfFqcn: string | null,
    depth = 0,
  ): (cls: PhpNode, name: string) => Literal | undefined {
    return (cls, name) => {
      const fq = this.resolveRef(cls, scope, selfFqcn);
      if (!fq) return undefined;
      if (name.toLowerCase() === 'class') return fq;
      return this.constant(fq, name, depth);
    };
  }

  /** A class reference node (`User`, `self`, `static`, `parent`) → FQCN. */
  resolveRef(cls: PhpNode, scope: FileScope, selfFqcn: string | null): string | null {
    if (cls.kind === 'selfreference' || cls.kind === 'staticreference') return selfFqcn;
    if (cls.kind === 'parentreference') return selfFqcn ? (this.get(selfFqcn)?.parent ?? null) : null;
    if (cls.kind !== 'name') return null;
    const raw = nameOf(cls) ?? '';
    const lower = raw.toLowerCase();
    if (lower === 'self' || lower === 'static') return selfFqcn;
    if (lower === 'parent') return selfFqcn ? (this.get(selfFqcn)?.parent ?? null) : null;
    return resolveClass(raw, field(cls, 'resolution'), scope);
  }
}

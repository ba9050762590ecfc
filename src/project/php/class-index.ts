/**
 * Every class, interface, trait and enum of the app, built from per-file summaries: parents and traits
 * followed (trait methods merged, nearest wins), constants and enum cases evaluated, properties with
 * their declared, promoted and docblock types. Method bodies come from the file's AST on demand.
 */

import {
  child,
  children,
  findAtLine,
  lineOf,
  nameKey,
  nameOf,
  walk,
  type FileScope,
  type PhpNode,
} from './ast.js';
import { classOf, evaluate, type EvalContext, type EvalHost } from './evaluate.js';
import {
  scopeOf,
  summarizeFile,
  type ClassSummary,
  type FileSummary,
  type MethodSummary,
  type PropertySummary,
  type TraitAlias,
  type TypeSummary,
} from './summary.js';
import { EnumCase, Unknown, type PhpValue } from './value.js';

export interface ClassDecl {
  summary: ClassSummary;
  kind: ClassSummary['kind'];
  fqcn: string;
  name: string;
  isAbstract: boolean;
  parent: string | null;
  traits: string[];
  file: string;
  line: number;
  /** Namespace and imports where the class is declared. */
  scope: FileScope;
}

export interface FoundMethod {
  /** The class or trait that declares it. */
  decl: ClassDecl;
  summary: MethodSummary;
  /** The method's AST, or null when the file's AST is not available. */
  node: PhpNode | null;
}

export interface FoundProperty {
  decl: ClassDecl;
  summary: PropertySummary;
}

/** The AST of an app file by path (parsed earlier, or parsed now); null when there is none. */
export type AstSource = (file: string) => PhpNode | null;

const CLASS_KINDS = new Set(['class', 'interface', 'trait', 'enum']);
const MAX_CONSTANT_DEPTH = 8;

export class ClassIndex {
  readonly classes: ClassDecl[] = [];
  private readonly byFqcn = new Map<string, ClassDecl>();
  private readonly methodCache = new Map<string, Map<string, FoundMethod>>();
  private readonly nodeCache = new Map<ClassDecl, PhpNode | null>();
  private readonly methodNodes = new Map<MethodSummary, PhpNode | null>();
  private readonly resolving = new Set<string>();
  /** get() answers by the name as asked: readers ask the same few names once per node they read. */
  private readonly lookups = new Map<string, ClassDecl | undefined>();
  /** ancestry() answers: every query asks where it runs (places.ts), through isA(). */
  private readonly ancestries = new Map<string, Set<string>>();

  constructor(
    summaries: FileSummary[],
    private readonly ast: AstSource = () => null,
    /** Host knowledge (config(), env()) used when constants and defaults call it. */
    private readonly host?: EvalHost,
  ) {
    for (const file of summaries) {
      for (const summary of file.classes) {
        const decl: ClassDecl = {
          summary,
          kind: summary.kind,
          fqcn: summary.fqcn,
          name: summary.name,
          isAbstract: summary.isAbstract,
          parent: summary.parent,
          traits: summary.traits,
          file: summary.file,
          line: summary.line,
          scope: scopeOf(summary),
        };
        this.classes.push(decl);
        // The first declaration wins, as PHP's autoloader loads one file per class.
        if (!this.byFqcn.has(decl.fqcn.toLowerCase())) this.byFqcn.set(decl.fqcn.toLowerCase(), decl);
      }
    }
  }

  /**
   * This index with the classes of more files that it does not already declare (an app class of the same
   * name wins, as the autoloader would load the app's).
   */
  extendedWith(files: { path: string; ast: unknown }[]): ClassIndex {
    const extra = files.filter((f) =>
      summarizeFile(f.path, f.ast as PhpNode).classes.some((c) => !this.get(c.fqcn)),
    );
    if (extra.length === 0) return this;
    const asts = new Map(extra.map((f) => [f.path, f.ast as PhpNode]));
    const own: FileSummary = { file: '', classes: this.classes.map((d) => d.summary), functions: [] };
    return new ClassIndex(
      [own, ...extra.map((f) => summarizeFile(f.path, f.ast as PhpNode))],
      (path) => asts.get(path) ?? this.ast(path),
      this.host,
    );
  }

  get(fqcn: string | null | undefined): ClassDecl | undefined {
    if (!fqcn) return undefined;
    if (this.lookups.has(fqcn)) return this.lookups.get(fqcn);
    const decl = this.byFqcn.get(nameKey(fqcn));
    this.lookups.set(fqcn, decl);
    return decl;
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

  /** Whether `fqcn` is, extends or implements `ancestor` as far as the app's code shows. */
  isA(fqcn: string, ancestor: string): boolean {
    return this.ancestry(fqcn).has(nameKey(ancestor));
  }

  /** The lower-case names `fqcn` is, extends or implements, up to the first class the app does not declare. */
  private ancestry(fqcn: string): Set<string> {
    const key = fqcn.toLowerCase();
    const cached = this.ancestries.get(key);
    if (cached) return cached;
    const names = new Set<string>();
    const visit = (name: string): void => {
      const lower = name.toLowerCase();
      if (names.has(lower)) return;
      names.add(lower);
      const decl = this.get(name);
      if (!decl) return;
      if (decl.parent) visit(decl.parent);
      for (const i of decl.summary.interfaces) visit(i);
    };
    visit(fqcn);
    this.ancestries.set(key, names);
    return names;
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

  /**
   * The class's own and inherited methods, with those of in-app traits merged (PHP's order: the class's
   * own methods, then its traits', then the parent's), keyed by lower-case name.
   */
  methodsOf(fqcn: string): Map<string, FoundMethod> {
    const key = fqcn.toLowerCase();
    const cached = this.methodCache.get(key);
    if (cached) return cached;
    const out = new Map<string, FoundMethod>();
    this.methodCache.set(key, out);
    const takeTrait = (name: string, seen: Set<string>) => {
      const trait = this.get(name);
      if (!trait || seen.has(trait.fqcn.toLowerCase())) return;
      seen.add(trait.fqcn.toLowerCase());
      this.take(trait, out);
      for (const inner of trait.traits) takeTrait(inner, seen);
    };
    for (const c of this.lineage(fqcn)) {
      this.take(c, out);
      this.takeAliases(c, out);
      const seen = new Set<string>();
      for (const t of c.traits) takeTrait(t, seen);
    }
    return out;
  }

  /**
   * The in-app trait method an alias names (`use T { scopeRole as scopeWhereRole; }`: T's scopeRole); null
   * when no trait of the app has it.
   */
  private aliased(decl: ClassDecl, a: TraitAlias): FoundMethod | null {
    for (const t of a.trait ? [a.trait] : decl.traits) {
      const found = this.get(t) ? this.methodsOf(t).get(a.method.toLowerCase()) : undefined;
      if (found) return found;
    }
    return null;
  }

  /** The in-app trait methods the class's aliases name, under the alias too. */
  private takeAliases(decl: ClassDecl, out: Map<string, FoundMethod>): void {
    for (const a of decl.summary.traitAliases ?? []) {
      const lalias = a.alias.toLowerCase();
      const found = out.has(lalias) ? null : this.aliased(decl, a);
      if (!found) continue;
      out.set(lalias, {
        decl: found.decl,
        summary: { ...found.summary, name: a.alias },
        get node() {
          return found.node;
        },
      });
    }
  }

  /**
   * Aliases the class (or a parent) gives to methods of traits outside the app (`use HasRoles { scopeRole as
   * scopeWhereRole; }` with the trait in vendor/): the method exists, its body is not known.
   */
  vendorAliases(fqcn: string): { alias: string; method: string }[] {
    const out: { alias: string; method: string }[] = [];
    for (const c of this.lineage(fqcn))
      for (const a of c.summary.traitAliases ?? []) {
        const traits = a.trait ? [a.trait] : c.traits;
        if (!this.aliased(c, a) && traits.some((t) => !this.get(t)))
          out.push({ alias: a.alias, method: a.method });
      }
    return out;
  }

  private take(decl: ClassDecl, out: Map<string, FoundMethod>): void {
    for (const m of decl.summary.methods) {
      const lname = m.name.toLowerCase();
      if (out.has(lname)) continue;
      const nodeOf = () => this.methodNode(decl, m);
      out.set(lname, {
        decl,
        summary: m,
        get node() {
          return nodeOf();
        },
      });
    }
  }

  /** A method of the class (own, trait or inherited). */
  method(fqcn: string, name: string): FoundMethod | null {
    return this.methodsOf(fqcn).get(name.toLowerCase()) ?? null;
  }

  /**
   * A method as callers see it: the class's own, trait or inherited one, else the signature one of its
   * interfaces (or their parents) declares, for its return type (a property typed by an interface).
   */
  signature(fqcn: string, name: string): FoundMethod | null {
    const own = this.method(fqcn, name);
    if (own) return own;
    const seen = new Set<string>();
    const visit = (names: string[]): FoundMethod | null => {
      for (const n of names) {
        const i = this.get(n);
        if (!i || seen.has(i.fqcn.toLowerCase())) continue;
        seen.add(i.fqcn.toLowerCase());
        const found = i.kind === 'interface' ? this.method(i.fqcn, name) : null;
        const deeper = found ?? visit(i.summary.interfaces);
        if (deeper) return deeper;
      }
      return null;
    };
    for (const c of this.lineage(fqcn)) {
      const found = visit(c.summary.interfaces);
      if (found) return found;
    }
    return null;
  }

  /** `scopeOfType` of a model (or its parents and traits) for the scope name `ofType`. */
  scopeMethod(fqcn: string, scope: string): FoundMethod | null {
    return this.method(fqcn, `scope${scope}`);
  }

  /** A property declared (or promoted, or `@property`-documented) by the class, its traits or parents. */
  property(fqcn: string, name: string): FoundProperty | null {
    for (const c of this.lineage(fqcn)) {
      const own = c.summary.properties.find((p) => p.name === name);
      if (own) return { decl: c, summary: own };
      for (const t of this.traitsOf(c.fqcn)) {
        const trait = this.get(t);
        const p = trait?.summary.properties.find((x) => x.name === name);
        if (trait && p) return { decl: trait, summary: p };
      }
    }
    return null;
  }

  /** A property's default value, evaluated in its class; undefined when it has none in the app. */
  propertyDefault(fqcn: string, name: string): PhpValue | undefined {
    const found = this.property(fqcn, name);
    if (!found || found.summary.source !== 'declared') return undefined;
    return found.summary.default ? evaluate(found.summary.default, this.contextFor(found.decl, fqcn)) : null;
  }

  /** The declared type of a property: the signature's, else the docblock's. */
  propertyType(fqcn: string, name: string): TypeSummary | null {
    const found = this.property(fqcn, name);
    if (!found) return null;
    return preferClass(found.summary.type, found.summary.docType);
  }

  /** `Post::STATUS_PUBLISHED` or an enum case, evaluated; undefined when the class or constant is unknown. */
  constant(fqcn: string, name: string): PhpValue | undefined {
    const key = `${fqcn.toLowerCase()}::${name}`;
    if (this.resolving.has(key) || this.resolving.size > MAX_CONSTANT_DEPTH)
      return new Unknown('a recursive constant', null);
    for (const c of this.lineage(fqcn)) {
      const enumCase = c.kind === 'enum' ? c.summary.cases.find((x) => x.name === name) : undefined;
      const found = enumCase ? null : this.declaredConstant(c, name);
      if (!found && !enumCase) continue;
      this.resolving.add(key);
      try {
        if (enumCase) {
          const v = enumCase.value ? evaluate(enumCase.value, this.contextFor(c, fqcn)) : null;
          return new EnumCase(
            c.fqcn,
            enumCase.name,
            typeof v === 'string' || typeof v === 'number' ? v : null,
          );
        }
        // Evaluated where it is written: `self::` is the declaring class, names resolve in its file.
        return evaluate(found!.constant.value, this.contextFor(found!.decl, fqcn));
      } finally {
        this.resolving.delete(key);
      }
    }
    return undefined;
  }

  /** A constant the class itself declares, or one of its interfaces (and their parents) or traits does. */
  private declaredConstant(
    decl: ClassDecl,
    name: string,
  ): { decl: ClassDecl; constant: ClassSummary['constants'][number] } | null {
    const own = decl.summary.constants.find((x) => x.name === name);
    if (own) return { decl, constant: own };
    const seen = new Set<string>([decl.fqcn.toLowerCase()]);
    const visit = (
      names: string[],
    ): { decl: ClassDecl; constant: ClassSummary['constants'][number] } | null => {
      for (const n of names) {
        const other = this.get(n);
        if (!other || seen.has(other.fqcn.toLowerCase())) continue;
        seen.add(other.fqcn.toLowerCase());
        const found = other.summary.constants.find((x) => x.name === name);
        if (found) return { decl: other, constant: found };
        const deeper = visit([...other.summary.interfaces, ...other.traits]);
        if (deeper) return deeper;
      }
      return null;
    };
    return visit([...decl.summary.interfaces, ...decl.traits]);
  }

  /** A class reference node (`User`, `self`, `static`, `parent`) → FQCN. */
  resolveRef(cls: PhpNode, scope: FileScope, selfFqcn: string | null): string | null {
    return classOf(cls, {
      scope,
      self: selfFqcn,
      parent: selfFqcn ? (this.get(selfFqcn)?.parent ?? null) : null,
    });
  }

  /**
   * How code inside `decl` evaluates: its names, `static::` and `$this` (the late-bound class, `staticFqcn`
   * when a subclass runs it), `self::`/`parent::` (the declaring class and its parent), constants.
   */
  contextFor(decl: ClassDecl | undefined, staticFqcn?: string | null, scope?: FileScope): EvalContext {
    const self = staticFqcn ?? decl?.fqcn ?? null;
    return {
      scope: scope ?? decl?.scope ?? null,
      self,
      declaring: decl?.fqcn ?? null,
      parent: decl?.parent ?? null,
      file: decl?.file,
      classConstant: (cls, name) => this.constant(cls, name),
      host: this.host,
    };
  }

  /** The class node of a declaration in its file's AST. */
  classNode(decl: ClassDecl): PhpNode | null {
    // The source is asked every time, cached node or not: a caller may be tracking which files are read.
    const program = this.ast(decl.file);
    if (this.nodeCache.has(decl)) return this.nodeCache.get(decl)!;
    const isDecl = (n: PhpNode) =>
      CLASS_KINDS.has(n.kind) &&
      lineOf(n) === decl.line &&
      (decl.summary.anonymous ? n.isAnonymous === true : nameOf(child(n, 'name')) === decl.name);
    let found = program ? findAtLine(program, decl.line, isDecl) : null;
    if (program && !found) {
      // A node whose recorded lines do not cover its children's: look everywhere.
      walk(program, (n) => {
        if (!found && isDecl(n)) found = n;
      });
    }
    this.nodeCache.set(decl, found);
    return found;
  }

  /** A method's AST in its class's file. */
  methodNode(decl: ClassDecl, method: MethodSummary): PhpNode | null {
    const cls = this.classNode(decl);
    // Scopes and helpers are run for every call of them: the class body is searched once per method.
    if (this.methodNodes.has(method)) return this.methodNodes.get(method)!;
    const found =
      children(cls, 'body').find(
        (m) => m.kind === 'method' && nameOf(child(m, 'name'))?.toLowerCase() === method.name.toLowerCase(),
      ) ?? null;
    this.methodNodes.set(method, found);
    return found;
  }
}

/** A class index of parsed files: their summaries, and their ASTs for method bodies. */
export function indexOfFiles(files: { path: string; ast: unknown }[], host?: EvalHost): ClassIndex {
  const asts = new Map(files.map((f) => [f.path, f.ast as PhpNode]));
  const summaries = files.map((f) => summarizeFile(f.path, f.ast as PhpNode));
  return new ClassIndex(summaries, (path) => asts.get(path) ?? null, host);
}

/** The type a reader can act on: a class name from the signature, else from the docblock. */
export function preferClass(declared: TypeSummary | null, doc: TypeSummary | null): TypeSummary | null {
  const hasClass = (t: TypeSummary | null) =>
    !!t && t.names.some((n) => n.includes('\\') || /^[A-Z]/.test(n));
  if (hasClass(declared)) return declared;
  if (hasClass(doc)) return doc;
  return declared ?? doc;
}

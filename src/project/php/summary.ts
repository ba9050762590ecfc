/**
 * Per-file summaries: what a PHP file declares (classes, interfaces, traits, enums; their parents, traits,
 * constants, enum cases, properties and methods with types), as plain data. A summary holds no AST beyond
 * the small constant/default-value expressions, so it can be built in a worker, serialized, and cached by
 * the file's content hash; method bodies are read from the file's AST only when a call is followed.
 */

import {
  child,
  children,
  endLineOf,
  field,
  forEachTopLevel,
  joinNs,
  lineOf,
  nameOf,
  resolveClass,
  resolveName,
  walk,
  type FileScope,
  type PhpNode,
} from './ast.js';
import { CallCollector, isTranslationFile, type CalledNames } from './called-names.js';
import { declaredClass, ReferenceCollector, type ClassReference } from './class-references.js';

/**
 * Bumped whenever the shape below changes, so cached summaries of an older shape are not read (6: the
 * method names a file calls, 7: trait method aliases).
 */
export const SUMMARY_VERSION = 7;

export type ClassKind = 'class' | 'interface' | 'trait' | 'enum';

/** A declared type: resolved class names and builtin names (`int`, `array`, `static`), nullable or not. */
export interface TypeSummary {
  /** Resolved names, lower-case for builtins: `App\Models\User`, `int`, `static`. */
  names: string[];
  nullable: boolean;
}

export interface ParamSummary {
  name: string;
  type: TypeSummary | null;
  /** The type from the method's `@param` docblock tag, when the signature has none or a wider one. */
  docType: TypeSummary | null;
  default: PhpNode | null;
  variadic: boolean;
  byRef: boolean;
  /** Constructor promotion (`private User $user`). */
  promoted: boolean;
}

export interface MethodSummary {
  name: string;
  isStatic: boolean;
  isAbstract: boolean;
  visibility: string;
  params: ParamSummary[];
  returnType: TypeSummary | null;
  docReturnType: TypeSummary | null;
  line: number;
  endLine: number;
  /** Declared with PHP attributes (`#[On('saved')]`, `#[Get('/x')]`): a framework reads it by reflection. */
  attributed?: true;
}

export interface PropertySummary {
  name: string;
  type: TypeSummary | null;
  /** `@var` on the property, or `@property` on the class. */
  docType: TypeSummary | null;
  default: PhpNode | null;
  isStatic: boolean;
  /** Declared in the class body, promoted by the constructor, or only documented (`@property`). */
  source: 'declared' | 'promoted' | 'docblock';
  line: number;
}

export interface ConstantSummary {
  name: string;
  value: PhpNode;
  line: number;
}

export interface CaseSummary {
  name: string;
  value: PhpNode | null;
  line: number;
}

export interface TraitAlias {
  /** The trait named in `T::method as alias` (fully qualified), null when the method is named alone. */
  trait: string | null;
  method: string;
  alias: string;
}

export interface ClassSummary {
  kind: ClassKind;
  /** Fully qualified; anonymous classes get `class@anonymous <file>:<line>`. */
  fqcn: string;
  name: string;
  anonymous: boolean;
  isAbstract: boolean;
  parent: string | null;
  interfaces: string[];
  traits: string[];
  /** `use T { scopeRole as scopeWhereRole; }`: methods of a used trait the class also has under another name. */
  traitAliases?: TraitAlias[];
  file: string;
  namespace: string;
  /** The file's imports where the class sits: [alias (lower case), fully qualified name]. */
  uses: [string, string][];
  line: number;
  endLine: number;
  constants: ConstantSummary[];
  cases: CaseSummary[];
  properties: PropertySummary[];
  methods: MethodSummary[];
}

/** A global function the file declares (`helpers.php`, a `function_exists` guard). */
export interface FunctionSummary {
  /** Fully qualified (`App\\helper` in a namespace). */
  name: string;
  namespace: string;
  uses: [string, string][];
  line: number;
}

export interface FileSummary {
  file: string;
  classes: ClassSummary[];
  functions: FunctionSummary[];
  /** Classes the file names (class-references.ts); absent in summaries built by hand. */
  references?: ClassReference[];
  /** Method names the file calls or spells (called-names.ts); absent in summaries built by hand. */
  calls?: CalledNames;
}

const CLASS_KINDS = new Set(['class', 'interface', 'trait', 'enum']);

export function anonymousClassName(file: string, line: number): string {
  return `class@anonymous ${file}:${line}`;
}

/** Summarizes one parsed file. Pure: the same AST always gives the same summary. */
export function summarizeFile(file: string, program: PhpNode): FileSummary {
  const classes: ClassSummary[] = [];
  const functions: FunctionSummary[] = [];
  const seen = new Set<PhpNode>();
  const refs = new ReferenceCollector();
  const calls = isTranslationFile(file) ? null : new CallCollector();
  forEachTopLevel(file, program, (node, scope) => {
    const from = declaredClass(node, scope);
    const fname = node.kind === 'function' ? nameOf(child(node, 'name')) : null;
    if (fname) {
      functions.push({
        name: joinNs(scope.namespace, fname),
        namespace: scope.namespace,
        uses: [...scope.uses],
        line: lineOf(node),
      });
    }
    if (CLASS_KINDS.has(node.kind) && !node.isAnonymous) {
      seen.add(node);
      classes.push(summarizeClass(node, scope));
    }
    // Anonymous classes (`return new class extends Migration {…}`) anywhere under this statement.
    walk(node, (inner) => {
      refs.visit(inner, scope, from);
      calls?.visit(inner, scope, from);
      if (inner.kind === 'class' && inner.isAnonymous && !seen.has(inner)) {
        seen.add(inner);
        classes.push(summarizeClass(inner, scope));
      }
    });
  });
  return {
    file,
    classes,
    functions,
    references: refs.references,
    calls: calls?.result() ?? { names: [], lines: [], dynamic: [], patterns: [] },
  };
}

function snapshot(scope: FileScope): FileScope {
  // Later `use` lines of the same file do not apply to earlier classes in PHP either.
  return { ...scope, uses: new Map(scope.uses) };
}

function summarizeClass(node: PhpNode, outer: FileScope): ClassSummary {
  const scope = snapshot(outer);
  const anonymous = node.isAnonymous === true;
  const line = lineOf(node);
  const name = anonymous ? anonymousClassName(scope.file, line) : (nameOf(child(node, 'name')) ?? '');
  const resolve = (n: PhpNode) => resolveClass(nameOf(n) ?? '', field(n, 'resolution'), scope);
  const ext = child(node, 'extends');
  // An interface's `extends` is a list of interfaces.
  const parents = Array.isArray(node.extends) ? children(node, 'extends').map(resolve) : [];
  const doc = docblock(node);
  const summary: ClassSummary = {
    kind: node.kind as ClassKind,
    fqcn: anonymous ? name : joinNs(scope.namespace, name),
    name,
    anonymous,
    isAbstract: node.isAbstract === true,
    parent: ext ? resolve(ext) : null,
    interfaces: [...children(node, 'implements').map(resolve), ...parents],
    traits: [],
    file: scope.file,
    namespace: scope.namespace,
    uses: [...scope.uses],
    line,
    endLine: endLineOf(node),
    constants: [],
    cases: [],
    properties: docProperties(doc, scope, line),
    methods: [],
  };
  for (const member of children(node, 'body')) {
    switch (member.kind) {
      case 'traituse':
        for (const t of children(member, 'traits')) summary.traits.push(resolve(t));
        for (const a of children(member, 'adaptations')) {
          const method = typeof a.method === 'string' ? a.method : nameOf(child(a, 'method'));
          const alias = nameOf(child(a, 'as'));
          if (a.kind !== 'traitalias' || !method || !alias) continue;
          const trait = child(a, 'trait');
          (summary.traitAliases ??= []).push({ trait: trait ? resolve(trait) : null, method, alias });
        }
        break;
      case 'classconstant':
        for (const c of children(member, 'constants')) {
          const cname = nameOf(child(c, 'name'));
          const value = child(c, 'value');
          if (cname && value) summary.constants.push({ name: cname, value, line: lineOf(c) });
        }
        break;
      case 'enumcase': {
        const cname = nameOf(child(member, 'name'));
        if (cname) summary.cases.push({ name: cname, value: child(member, 'value'), line: lineOf(member) });
        break;
      }
      case 'propertystatement': {
        const docType = tagType(docblock(member), 'var', scope);
        for (const p of children(member, 'properties')) {
          const pname = nameOf(child(p, 'name'));
          if (!pname) continue;
          setProperty(summary, {
            name: pname,
            type: typeOf(child(p, 'type'), p.nullable === true, scope),
            docType,
            default: child(p, 'value'),
            isStatic: member.isStatic === true,
            source: 'declared',
            line: lineOf(p),
          });
        }
        break;
      }
      case 'method': {
        const method = summarizeMethod(member, scope);
        if (!method) break;
        summary.methods.push(method);
        if (method.name.toLowerCase() === '__construct') {
          for (const p of method.params) {
            if (!p.promoted) continue;
            setProperty(summary, {
              name: p.name,
              type: p.type,
              docType: p.docType,
              default: null,
              isStatic: false,
              source: 'promoted',
              line: method.line,
            });
          }
        }
        break;
      }
    }
  }
  return summary;
}

/** A declared property replaces a `@property` tag of the same name (the code wins over the docblock). */
function setProperty(summary: ClassSummary, prop: PropertySummary): void {
  const i = summary.properties.findIndex((p) => p.name === prop.name);
  if (i >= 0) {
    const old = summary.properties[i];
    summary.properties[i] = { ...prop, docType: prop.docType ?? old.docType };
  } else summary.properties.push(prop);
}

function summarizeMethod(node: PhpNode, scope: FileScope): MethodSummary | null {
  const name = nameOf(child(node, 'name'));
  if (!name) return null;
  const doc = docblock(node);
  const paramDocs = typedTags(doc, 'param', scope);
  return {
    name,
    isStatic: node.isStatic === true,
    isAbstract: node.isAbstract === true || !node.body,
    visibility: String(node.visibility || 'public'),
    params: children(node, 'arguments').map((p) => {
      const pname = nameOf(child(p, 'name')) ?? field<string>(p, 'name') ?? '';
      return {
        name: pname,
        type: typeOf(child(p, 'type'), p.nullable === true, scope),
        docType: paramDocs.get(pname) ?? null,
        default: child(p, 'value'),
        variadic: p.variadic === true,
        byRef: p.byref === true,
        promoted: typeof p.flags === 'number' && p.flags !== 0,
      };
    }),
    returnType: typeOf(child(node, 'type'), node.nullable === true, scope),
    docReturnType: tagType(doc, 'return', scope),
    line: lineOf(node),
    endLine: endLineOf(node),
    ...(children(node, 'attrGroups').length ? { attributed: true as const } : {}),
  };
}

const BUILTIN_TYPES = new Set([
  'int', 'integer', 'float', 'double', 'string', 'bool', 'boolean', 'array', 'iterable', 'callable', 'object',
  'mixed', 'void', 'null', 'never', 'false', 'true', 'self', 'static', 'parent', 'resource', 'list',
]); // prettier-ignore

/** A type node (`User`, `?int`, `A|B`) → its resolved names. */
export function typeOf(n: PhpNode | null, nullable: boolean, scope: FileScope): TypeSummary | null {
  if (!n) return null;
  if (n.kind === 'uniontype' || n.kind === 'intersectiontype') {
    const names: string[] = [];
    let isNullable = nullable;
    for (const t of children(n, 'types')) {
      const sub = typeOf(t, false, scope);
      for (const name of sub?.names ?? []) {
        if (name === 'null') isNullable = true;
        else names.push(name);
      }
    }
    return names.length ? { names, nullable: isNullable } : null;
  }
  if (n.kind === 'nullabletype') return typeOf(child(n, 'what'), true, scope);
  if (n.kind === 'typereference') return { names: [String(n.name).toLowerCase()], nullable };
  if (n.kind === 'selfreference') return { names: ['self'], nullable };
  if (n.kind === 'parentreference') return { names: ['parent'], nullable };
  if (n.kind === 'name') {
    const raw = String(n.name);
    if (BUILTIN_TYPES.has(raw.toLowerCase())) return { names: [raw.toLowerCase()], nullable };
    const resolved = resolveName(n, scope);
    return resolved ? { names: [resolved], nullable } : null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Docblocks. php-parser keeps a docblock as one comment; its tags (`@var`, `@param`, `@return`,
// `@property`) are not PHP code, so they are read as text here.

function docblock(node: PhpNode): string {
  // A docblock written above an attribute (`/** … */ #[Attr] class X`) is attached to the attribute group.
  const comments = [
    ...children(node, 'attrGroups').flatMap((g) => (g.leadingComments as PhpNode[] | undefined) ?? []),
    ...((node.leadingComments as PhpNode[] | undefined) ?? []),
  ];
  const last = comments.filter((c) => c.kind === 'commentblock' && String(c.value).startsWith('/**')).pop();
  return last ? String(last.value) : '';
}

const DOC_TAGS = new Set(['var', 'return', 'param', 'property', 'property-read', 'property-write']);

interface Tag {
  tag: string;
  type: string;
  variable: string | null;
}

/**
 * The type tags of a docblock. A type runs to the first blank outside brackets, so generics and shapes
 * with spaces (`Collection<int, User>`, `array{id: int}`) stay whole; `callable(X): Y` keeps its return.
 */
function tags(doc: string): Tag[] {
  const out: Tag[] = [];
  let i = 0;
  const blank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '*';
  while ((i = doc.indexOf('@', i)) >= 0) {
    let j = i + 1;
    while (j < doc.length && /[\w-]/.test(doc[j])) j++;
    const tag = doc.slice(i + 1, j);
    i = j;
    if (!DOC_TAGS.has(tag) || !blank(doc[j])) continue;
    while (j < doc.length && (doc[j] === ' ' || doc[j] === '\t')) j++;
    const start = j;
    let depth = 0;
    for (; j < doc.length; j++) {
      const c = doc[j];
      if (c === '<' || c === '(' || c === '{' || c === '[') depth++;
      else if (c === '>' || c === ')' || c === '}' || c === ']') depth = Math.max(0, depth - 1);
      else if (depth === 0 && blank(c)) {
        // `callable(X): Y` goes on after the colon.
        if (doc[j - 1] === ':') {
          while (j + 1 < doc.length && (doc[j + 1] === ' ' || doc[j + 1] === '\t')) j++;
          continue;
        }
        break;
      }
    }
    // A type spread over several lines loses the lines' leading `*`.
    const type = doc.slice(start, j).replace(/\s*\n\s*\*?\s*/g, ' ');
    while (j < doc.length && (doc[j] === ' ' || doc[j] === '\t')) j++;
    const variable = /^(?:&\s*)?(?:\.\.\.)?\$(\w+)/.exec(doc.slice(j, j + 200));
    if (type) out.push({ tag, type, variable: variable ? variable[1] : null });
    i = j;
  }
  return out;
}

function tagType(doc: string, tag: string, scope: FileScope): TypeSummary | null {
  const t = tags(doc).find((x) => x.tag === tag);
  return t ? docType(t.type, scope) : null;
}

/** The `@param` types of a function, method or closure node's docblock, by parameter name. */
export function paramDocTypes(fn: PhpNode, scope: FileScope): Map<string, TypeSummary> {
  return typedTags(docblock(fn), 'param', scope);
}

/** A docblock above a statement (`@var \App\Models\User $user`): the types it gives locals, by name. */
export function varDocTypes(doc: string, scope: FileScope): Map<string, TypeSummary> {
  return typedTags(doc, 'var', scope);
}

/** The types a docblock's `@param` or `@var` tags give, by variable name. */
function typedTags(doc: string, tag: 'param' | 'var', scope: FileScope): Map<string, TypeSummary> {
  const out = new Map<string, TypeSummary>();
  for (const t of tags(doc)) {
    if (t.tag !== tag || !t.variable) continue;
    const type = docType(t.type, scope);
    if (type) out.set(t.variable, type);
  }
  return out;
}

function docProperties(doc: string, scope: FileScope, line: number): PropertySummary[] {
  const out: PropertySummary[] = [];
  for (const t of tags(doc)) {
    if (!t.tag.startsWith('property') || !t.variable) continue;
    out.push({
      name: t.variable,
      type: null,
      docType: docType(t.type, scope),
      default: null,
      isStatic: false,
      source: 'docblock',
      line,
    });
  }
  return out;
}

/**
 * A docblock type (`\App\Models\User|null`, `Collection<int, Post>`, `Post[]`) → resolved names. Generic
 * arguments and `[]` element types are kept as `Base<Arg>` / `Elem[]` so a reader can tell a collection.
 */
export function docType(text: string, scope: FileScope): TypeSummary | null {
  const names: string[] = [];
  let nullable = false;
  for (const part of splitTopLevel(
    text.replace(/^\?/, (q) => ((nullable = q === '?'), '')),
    '|',
  )) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    if (trimmed.toLowerCase() === 'null') {
      nullable = true;
      continue;
    }
    const resolved = resolveDocName(trimmed, scope);
    if (resolved) names.push(resolved);
  }
  return names.length ? { names, nullable } : null;
}

function resolveDocName(text: string, scope: FileScope): string | null {
  if (text.endsWith('[]')) {
    const inner = resolveDocName(text.slice(0, -2), scope);
    return inner ? `${inner}[]` : null;
  }
  const lt = text.indexOf('<');
  if (lt > 0 && text.endsWith('>')) {
    const base = resolveDocName(text.slice(0, lt), scope);
    const args = splitTopLevel(text.slice(lt + 1, -1), ',').map(
      (a) => resolveDocName(a.trim(), scope) ?? a.trim(),
    );
    return base ? `${base}<${args.join(', ')}>` : null;
  }
  if (text.toLowerCase() === '$this') return 'static';
  if (!/^\\?[A-Za-z_][\w\\]*$/.test(text)) return null;
  if (BUILTIN_TYPES.has(text.toLowerCase())) return text.toLowerCase();
  return resolveClass(text, null, scope);
}

/** Splits on `sep` outside `<…>` and `(…)`. */
function splitTopLevel(text: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '<' || c === '(' || c === '{') depth++;
    else if (c === '>' || c === ')' || c === '}') depth--;
    else if (c === sep && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** The file scope a summary was made in, rebuilt (imports included). */
export function scopeOf(summary: ClassSummary): FileScope {
  return { file: summary.file, namespace: summary.namespace, uses: new Map(summary.uses) };
}

/**
 * Methods nothing calls: a method of an app class whose name no code outside tests and outside its own
 * body calls or spells (called-names.ts) does not run, so a query in it cannot block a merge.
 *
 * The mistake to avoid is calling live code dead, so by name alone and on any receiver: `->m(`, `::m(`,
 * a property read `->m` (a relation, an accessor), a word of any string (`[$this, 'm']`, `'Foo@m'`,
 * `with('m')`, a route action, a listener, `method_exists`), a Blade template's PHP. A name the code calls
 * anywhere keeps every method of that name, whatever the class. Beside that, what the framework calls:
 * - entry points by name: magic methods, `handle`, `boot*`, `register*`, `scope*`, `get*Attribute`…;
 * - every public method of a controller, policy, observer, listener or middleware, and of a class top-level
 *   code names (routes, config, templates): routes and the Gate call them by a name the code may not spell;
 * - every non-private method of a class that extends, implements or uses a type the app does not declare
 *   (a model, a Livewire component, a job, a transformer), or that sits in a namespace where the app also
 *   names classes it does not declare (a package's class copied into the app): vendor code may call it by its
 *   name, and that code is not read; the same for a class one of whose subclasses (or trait users) does;
 * - methods with PHP attributes (read by reflection);
 * - every method of a class a dynamic call may reach (`$this->$name()`, `Foo::$m()`, `[$this, $m]`), and
 *   methods matching the literal ends of a concatenation in a file with a dynamic call (`'include' . $x`).
 * A dynamic call whose receiver cannot be told (`$client->{$verb}()`, `$this->repo->{$action}()`) reaches
 * the declared type of the property it is made on, the class it sits in and every class its file names.
 * It does not turn the pass off for the app: such calls are common (a Guzzle verb, a logger level, a bulk
 * action), and the name they call must come from somewhere, which any string spelling it already counts.
 * What stays unseen is a name only data outside the PHP code holds (a request parameter nothing names, a
 * database row) sent to a class the calling file does not name.
 */

import type { ClassDecl, ClassIndex } from '../../php/class-index.js';
import { normalizeName, type DynamicCall } from '../../php/called-names.js';
import type { FileSummary, MethodSummary } from '../../php/summary.js';
import type { RarePath } from '../../model.js';
import { placeOf } from '../queries/places.js';

/** Names the framework calls on classes it is handed (normalized): jobs, middleware, rules, composers… */
const ENTRY_NAMES = new Set(
  [
    'handle', 'terminate', 'render', 'report', 'context', 'compose', 'create', 'passes', 'message', 'validate',
    'join', 'subscribe', 'failed', 'authorize', 'rules', 'messages', 'attributes', 'apply', 'via', 'middleware',
    'backoff', 'retryUntil', 'tags', 'uniqueId', 'displayName', 'shouldQueue', 'viaQueue', 'viaConnection',
    'withDelay', 'toArray', 'toJson', 'jsonSerialize', 'toResponse', 'toHtml', 'broadcastOn', 'up', 'down', 'run',
    'definition', 'schedule', 'commands',
  ].map(normalizeName),
); // prettier-ignore
/** Prefixes of names the framework builds: boot/register hooks, trait initializers, scopes, Livewire hooks. */
const ENTRY_PREFIXES = [
  'boot', 'register', 'initialize', 'scope', 'mount', 'hydrate', 'dehydrate', 'updating', 'updated', 'rendering',
  'rendered',
]; // prettier-ignore
/** Classes whose public methods routes, the Gate or the event dispatcher call: by name or by folder. */
const ENTRY_CLASS = /(Controller|Policy|Observer|Listener|Subscriber|Middleware|Composer)$/;
const ENTRY_FOLDER = /(^|\/)(Controllers|Policies|Observers|Listeners|Middleware|Livewire)\//;

interface Candidate {
  decl: ClassDecl;
  method: MethodSummary;
  called: boolean;
}

export function uncalledMethods(index: ClassIndex, summaries: FileSummary[]): RarePath[] {
  const live = summaries.filter((s) => placeOf(s.file, s.classes[0]?.fqcn ?? null, index) !== 'test');
  const patterns: [string, string][] = [];
  const receivers = new Set<string>();
  const entryClasses = new Set<string>();
  for (const s of live) {
    // A file neither parsed nor lexed may call anything.
    if (s.calls?.unread) return [];
    if (s.calls) {
      patterns.push(...s.calls.patterns);
      for (const d of s.calls.dynamic)
        for (const r of dynamicReceivers(d, s, index)) receivers.add(r.toLowerCase());
    }
    for (const r of s.references ?? []) if (r.from === null) entryClasses.add(r.name.toLowerCase());
  }

  // The methods the framework cannot call, by name; then any name a live file spells keeps them.
  const family = new Family(index, vendorNamespaces(live, index));
  const reachedDynamically = family.related(receivers);
  const candidates = new Map<string, Candidate[]>();
  for (const decl of index.classes) {
    if (decl.kind === 'interface' || decl.summary.anonymous) continue;
    if (placeOf(decl.file, decl.fqcn, index) === 'test') continue;
    if (reachedDynamically.has(decl.fqcn.toLowerCase())) continue;
    const open = family.open(decl);
    const entry =
      entryClasses.has(decl.fqcn.toLowerCase()) ||
      ENTRY_CLASS.test(decl.name) ||
      ENTRY_FOLDER.test(decl.file.replace(/\\/g, '/'));
    for (const method of decl.summary.methods) {
      if (method.isAbstract || method.attributed) continue;
      if (method.visibility !== 'private' && open) continue;
      if (method.visibility === 'public' && entry) continue;
      const name = normalizeName(method.name);
      if (isEntryName(method.name, name)) continue;
      if (patterns.some(([p, s]) => name.startsWith(p) && name.endsWith(s))) continue;
      const list = candidates.get(name);
      const c = { decl, method, called: false };
      if (list) list.push(c);
      else candidates.set(name, [c]);
    }
  }
  if (candidates.size === 0) return [];

  for (const s of live) {
    const names = s.calls?.names ?? [];
    for (let i = 0; i < names.length; i++) {
      const list = candidates.get(names[i]);
      if (!list) continue;
      const lines = s.calls!.lines[i];
      for (const c of list) if (!c.called) c.called = calledFrom(s.file, lines, c);
    }
  }
  const out: RarePath[] = [];
  for (const list of candidates.values())
    for (const { decl, method, called } of list)
      if (!called)
        out.push({
          file: decl.file,
          line: method.line,
          endLine: method.endLine,
          cap: 'info',
          kind: 'uncalled-method',
          reason: `no code outside tests calls ${decl.name}::${method.name}()`,
        });
  return out;
}

/**
 * The classes a dynamic call may be made on: the one the code tells; else the declared type of the
 * `$this->prop` it is made on, the class it sits in, and every class its file names (a receiver's type is
 * almost always imported where it is used: a parameter, a property, a `new`, a facade).
 */
function dynamicReceivers(d: DynamicCall, s: FileSummary, index: ClassIndex): string[] {
  if (d.receiver !== null) return [d.receiver];
  const out = (s.references ?? []).map((r) => r.name).filter((n) => index.get(n));
  if (d.from) out.push(d.from);
  if (d.from && d.property) out.push(...(index.propertyType(d.from, d.property)?.names ?? []));
  return out;
}

/** A namespace's first two segments, lower-case: `illuminate\\validation` for the package's subfolders too. */
function namespaceKey(ns: string): string {
  return ns.split('\\').slice(0, 2).join('\\').toLowerCase();
}

/** A class name's last segment as classes are written (`ValidationRuleParser`), not a function or constant. */
const CLASS_NAME = /^[A-Z][a-z0-9]/;

/**
 * Namespaces holding copies of a package's classes (an `overrides/` folder, a patched vendor file), which
 * the package's own code, not read, calls by their names: namespaces the app names classes of without
 * declaring them, when those undeclared classes are at least as many as the declared ones, or when none of
 * the declared ones is under app/. An own namespace with a stale or mistyped name (`App\Http\Exception`
 * for a missing import) is neither.
 */
function vendorNamespaces(live: FileSummary[], index: ClassIndex): Set<string> {
  const declared = new Map<string, { count: number; inApp: boolean }>();
  for (const d of index.classes) {
    const key = namespaceKey(d.summary.namespace);
    const known = declared.get(key) ?? { count: 0, inApp: false };
    known.count++;
    known.inApp ||= d.file.startsWith('app/');
    declared.set(key, known);
  }
  const undeclared = new Map<string, Set<string>>();
  const seen = new Set<string>();
  for (const s of live)
    for (const r of s.references ?? []) {
      if (seen.has(r.name)) continue;
      seen.add(r.name);
      const at = r.name.lastIndexOf('\\');
      if (at < 0 || !CLASS_NAME.test(r.name.slice(at + 1)) || index.get(r.name)) continue;
      const key = namespaceKey(r.name.slice(0, at));
      if (!declared.has(key)) continue;
      const names = undeclared.get(key) ?? new Set();
      names.add(r.name.toLowerCase());
      undeclared.set(key, names);
    }
  const out = new Set<string>();
  for (const [key, names] of undeclared) {
    const own = declared.get(key)!;
    if (names.size >= own.count || !own.inApp) out.add(key);
  }
  return out;
}

function isEntryName(raw: string, name: string): boolean {
  if (raw.startsWith('__') || ENTRY_NAMES.has(name)) return true;
  if (ENTRY_PREFIXES.some((p) => name.startsWith(p))) return true;
  return (name.startsWith('get') || name.startsWith('set')) && name.endsWith('attribute');
}

/** Whether lines of a file naming the method call it: anywhere but inside its own body. */
function calledFrom(file: string, lines: number[], c: Candidate): boolean {
  return file !== c.decl.file || lines.some((l) => l < c.method.line || l > c.method.endLine);
}

/** Parents, subclasses, traits and their users: who shares a class's methods. */
class Family {
  private readonly subclasses = new Map<string, ClassDecl[]>();
  private readonly users = new Map<string, ClassDecl[]>();
  /** Classes implementing an interface, and interfaces extending it. */
  private readonly implementers = new Map<string, ClassDecl[]>();
  private readonly externalMemo = new Map<ClassDecl, boolean>();
  private readonly openMemo = new Map<ClassDecl, boolean>();

  constructor(
    private readonly index: ClassIndex,
    /** Namespaces (namespaceKey) the app shares with classes it does not declare. */
    private readonly vendor: Set<string>,
  ) {
    const push = (map: Map<string, ClassDecl[]>, key: string, d: ClassDecl) => {
      const list = map.get(key.toLowerCase());
      if (list) list.push(d);
      else map.set(key.toLowerCase(), [d]);
    };
    for (const d of index.classes) {
      if (d.parent) push(this.subclasses, d.parent, d);
      for (const t of d.traits) push(this.users, t, d);
      for (const i of d.summary.interfaces) push(this.implementers, i, d);
    }
  }

  /** Whether the class extends, implements or uses (through app types) a type the app does not declare. */
  private external(d: ClassDecl): boolean {
    const known = this.externalMemo.get(d);
    if (known !== undefined) return known;
    this.externalMemo.set(d, false); // a cycle in broken code
    if (this.vendor.has(namespaceKey(d.summary.namespace))) {
      this.externalMemo.set(d, true);
      return true;
    }
    const names = [...(d.parent ? [d.parent] : []), ...d.summary.interfaces, ...d.traits];
    const result = names.some((n) => {
      const decl = this.index.get(n);
      return !decl || this.external(decl);
    });
    this.externalMemo.set(d, result);
    return result;
  }

  /** Whether vendor code may call the class's methods: its own types, or those of a subclass or trait user. */
  open(d: ClassDecl): boolean {
    const known = this.openMemo.get(d);
    if (known !== undefined) return known;
    this.openMemo.set(d, false);
    const key = d.fqcn.toLowerCase();
    const result =
      this.external(d) ||
      (this.subclasses.get(key) ?? []).some((s) => this.open(s)) ||
      (this.users.get(key) ?? []).some((u) => this.open(u));
    this.openMemo.set(d, result);
    return result;
  }

  /**
   * The classes whose methods a call on an object of these types may reach: their ancestors, subclasses,
   * and the traits of all of them; for a trait or an interface, the classes using or implementing it
   * likewise. Lower-case names.
   */
  related(roots: Set<string>): Set<string> {
    const out = new Set<string>();
    const expanded = new Set<string>();
    const queue = [...roots];
    while (queue.length) {
      const key = queue.pop()!;
      if (expanded.has(key)) continue;
      expanded.add(key);
      out.add(key);
      const decl = this.index.get(key);
      if (decl) {
        for (const a of this.index.lineage(decl.fqcn)) out.add(a.fqcn.toLowerCase());
        for (const t of this.index.traitsOf(decl.fqcn)) out.add(t.toLowerCase());
      }
      for (const s of this.subclasses.get(key) ?? []) queue.push(s.fqcn.toLowerCase());
      for (const u of this.users.get(key) ?? []) queue.push(u.fqcn.toLowerCase());
      for (const i of this.implementers.get(key) ?? []) queue.push(i.fqcn.toLowerCase());
    }
    return out;
  }
}

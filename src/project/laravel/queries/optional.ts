/**
 * Conditional clauses: `if ($request->filled('x')) { $q->where('x', …); }` and `when($x, fn ($q) => …)`.
 * Laravel sends the query without the clause when the condition is false, and with it when true; AND-ing
 * every conditional clause into one shape describes a query no request sends. What a branch adds is kept
 * apart as an optional part of the query: the shape of the common path leaves it out, and each optional
 * part gives one more shape (the common path plus that part), its clauses where Laravel puts them.
 */

import type { JoinTerm, OrderTerm, Predicate, QueryShape } from '../../model.js';
import { child, children, type PhpNode } from '../../php/ast.js';
import type { QueryState } from './builder.js';
import { takeSortChoices, withoutChosenSort } from './sort-choice.js';

/** What one branch added, and where in the query's lists it went. */
export interface OptionalPart {
  whereAt: number;
  where: Predicate[];
  joinsAt: number;
  joins: JoinTerm[];
  orderAt: number;
  orderBy: OrderTerm[];
  groupAt: number;
  groupBy: string[];
  limit?: number;
  single?: boolean;
  trashed?: QueryState['trashed'];
  withoutScopes?: QueryState['withoutScopes'];
  orderCut?: boolean;
  /** The branch's condition reads the request's input (request-input.ts). */
  requestInput?: true;
  /** The calls the branch appended to the chain's code (`…->where('x', …)`), shown only by its shapes. */
  code?: { at: number; text: string };
  /**
   * The branch opened a top-level OR (`if ($x) $q->orWhere('b', 1)`): the query's branch count before it and
   * how many branches it opened. The clauses chained after the branch join its last OR branch when it runs,
   * and stay AND-ed with the rest when it does not.
   */
  or?: { from: number; opened: number; used: boolean };
  /** The line of the branch's code (the arm's first statement, the `when()` callback), in the query's file. */
  line?: number;
}

/** Where a branch's code sits, when it is in the file the query starts in: its shapes are found there too. */
export interface BranchPlace {
  file: string;
  line: number;
}

function placeBranch(part: OptionalPart, state: QueryState, at: BranchPlace | undefined): void {
  if (at && state.location.file === at.file) part.line = at.line;
}

/** A query as it was before a branch ran. */
export interface Snapshot {
  state: QueryState;
  where: number;
  joins: number;
  orderBy: number;
  groupBy: number;
  /** The chain's code. */
  code: string;
  scalars: Pick<
    QueryState,
    | 'limit'
    | 'single'
    | 'trashed'
    | 'withoutScopes'
    | 'orderCut'
    | 'orUsed'
    | 'branch'
    | 'unknown'
    | 'noRead'
    | 'foreignDriver'
    | 'rawOr'
    | 'table'
  >;
}

export function snapshot(state: QueryState): Snapshot {
  const s = state;
  return {
    state,
    where: s.where.length,
    joins: s.joins.length,
    orderBy: s.orderBy.length,
    groupBy: s.groupBy.length,
    code: s.code,
    scalars: {
      limit: s.limit,
      single: s.single,
      trashed: s.trashed,
      withoutScopes: s.withoutScopes,
      orderCut: s.orderCut,
      orUsed: s.orUsed,
      branch: s.branch,
      unknown: s.unknown,
      noRead: s.noRead,
      foreignDriver: s.foreignDriver,
      rawOr: s.rawOr,
      table: s.table,
    },
  };
}

/**
 * Alternatives of one conditional: `if`/`elseif`/`else` branches, `switch` cases. `required`: one of them
 * always runs (there is an `else` and every branch adds something), so the query is never sent without one.
 */
export interface OptionalGroup {
  parts: OptionalPart[];
  required: boolean;
  /** The part a required group's common path takes: a `switch`'s default (what no matching case runs); else the first. */
  common?: number;
}

/**
 * After a branch ran: what it added is taken out and returned (null: it added nothing), the query put back
 * as it was. A branch that made the query unreadable, wrote, changed its table or removed clauses stays
 * AND-ed in, as its clauses cannot be told apart from the rest: `'kept'`. One that opened a top-level OR is
 * taken out with the branches it opened (`OptionalPart.or`).
 */
export function takeOptional(snap: Snapshot): OptionalPart | null | 'kept' {
  const s = snap.state;
  const k = snap.scalars;
  if (
    s.branch < k.branch ||
    s.unknown !== k.unknown ||
    s.noRead !== k.noRead ||
    s.foreignDriver !== k.foreignDriver ||
    s.rawOr !== k.rawOr ||
    s.table !== k.table ||
    s.where.length < snap.where ||
    s.joins.length < snap.joins ||
    s.orderBy.length < snap.orderBy ||
    s.groupBy.length < snap.groupBy
  )
    return 'kept';
  const code = takeCode(snap);
  const part: OptionalPart = {
    whereAt: snap.where,
    where: s.where.splice(snap.where),
    joinsAt: snap.joins,
    joins: s.joins.splice(snap.joins),
    orderAt: snap.orderBy,
    orderBy: s.orderBy.splice(snap.orderBy),
    groupAt: snap.groupBy,
    groupBy: s.groupBy.splice(snap.groupBy),
  };
  if (s.branch !== k.branch || s.orUsed !== k.orUsed)
    part.or = { from: k.branch, opened: s.branch - k.branch, used: s.orUsed };
  s.branch = k.branch;
  s.orUsed = k.orUsed;
  if (s.limit !== k.limit && s.limit !== undefined) part.limit = s.limit;
  if (s.single !== k.single && s.single) part.single = true;
  if (s.trashed !== k.trashed) part.trashed = s.trashed;
  if (s.withoutScopes !== k.withoutScopes) part.withoutScopes = s.withoutScopes;
  if (s.orderCut !== k.orderCut && s.orderCut) part.orderCut = true;
  s.limit = k.limit;
  s.single = k.single;
  s.trashed = k.trashed;
  s.withoutScopes = k.withoutScopes;
  s.orderCut = k.orderCut;
  const changed =
    part.where.length ||
    part.joins.length ||
    part.orderBy.length ||
    part.groupBy.length ||
    'limit' in part ||
    'single' in part ||
    'trashed' in part ||
    'withoutScopes' in part ||
    'orderCut' in part ||
    'or' in part;
  if (changed && code) part.code = code;
  return changed ? part : null;
}

/**
 * The calls a branch appended to a query kept in a variable (`$q->where(…)` adds ` …->where(…)`), taken out
 * of the code: the shapes without the branch do not show them. A chain whose code was rewritten is left as is.
 */
function takeCode(snap: Snapshot): OptionalPart['code'] | null {
  const s = snap.state;
  if (s.code.length <= snap.code.length || !s.code.startsWith(snap.code)) return null;
  const text = s.code.slice(snap.code.length);
  s.code = snap.code;
  return { at: snap.code.length, text };
}

/** Runs `fn` (a branch) against the query; what it adds becomes optional. */
export function conditionally(
  state: QueryState,
  fn: () => void,
  requestInput = false,
  at?: BranchPlace,
): void {
  const snap = snapshot(state);
  fn();
  const part = takeOptional(snap);
  if (part && part !== 'kept') {
    if (requestInput) part.requestInput = true;
    placeBranch(part, state, at);
    (state.optional ??= []).push({ parts: [part], required: false });
  }
}

/** What an optional (not required) branch's shape says about it, for the severity bound on rare filters. */
function branchOf(part: OptionalPart, menu: number): NonNullable<QueryShape['optionalBranch']> {
  const columns = [...new Set(part.where.map((p) => p.column))];
  return {
    columns,
    requestInput: !!part.requestInput,
    ...(part.requestInput ? { menu } : {}),
    ...(part.line !== undefined ? { line: part.line } : {}),
  };
}

/**
 * Puts optional parts back in, AND-ed, as before this module: a nested group (`where(fn ($q) => …)`) is
 * one clause of its parent, whose shapes cannot carry its alternatives.
 */
export function foldOptional(state: QueryState): void {
  const groups = state.optional;
  if (!groups?.length) return;
  delete state.optional;
  insert(
    state,
    groups.flatMap((g) => g.parts),
  );
}

/** Parts were taken in order, each with positions in the query without the ones before it. */
function insert(state: QueryState, parts: OptionalPart[]): void {
  // A later part sits at or after an earlier one: insert from the last so the earlier positions hold.
  for (const p of [...parts].reverse()) apply(state, p);
}

/** The query with the given parts in (`choice`: group → its part; required groups default to their first). */
function withParts(state: QueryState, choice: Map<OptionalGroup, OptionalPart>): QueryState {
  const copy: QueryState = {
    ...state,
    where: [...state.where],
    joins: [...state.joins],
    orderBy: [...state.orderBy],
    groupBy: [...state.groupBy],
  };
  delete copy.optional;
  const parts: OptionalPart[] = [];
  for (const g of state.optional ?? []) {
    const p = choice.get(g) ?? (g.required ? g.parts[g.common ?? 0] : undefined);
    if (p) parts.push(p);
  }
  insert(copy, parts);
  return copy;
}

function apply(s: QueryState, p: OptionalPart): void {
  const at = Math.min(p.whereAt, s.where.length);
  s.where.splice(at, 0, ...p.where);
  if (p.or) reopenOr(s, at + p.where.length, p.or);
  s.joins.splice(Math.min(p.joinsAt, s.joins.length), 0, ...p.joins);
  s.orderBy.splice(Math.min(p.orderAt, s.orderBy.length), 0, ...p.orderBy);
  s.groupBy.splice(Math.min(p.groupAt, s.groupBy.length), 0, ...p.groupBy);
  if (p.limit !== undefined && s.limit === undefined) s.limit = p.limit;
  if (p.single) s.single = true;
  if (p.trashed) s.trashed = p.trashed;
  if (p.withoutScopes) s.withoutScopes = p.withoutScopes;
  if (p.orderCut) s.orderCut = true;
  if (p.code) {
    const at = Math.min(p.code.at, s.code.length);
    s.code = s.code.slice(0, at) + p.code.text + s.code.slice(at);
  }
}

/**
 * Puts back the OR branches a part opened: the clauses chained after it (from `after`) sat in the query's
 * branch of that time, and with the part in they sit in its last branch (`a and b or c` then `and d`:
 * Laravel sends `a and b or c and d`).
 */
function reopenOr(s: QueryState, after: number, or: NonNullable<OptionalPart['or']>): void {
  if (or.opened > 0)
    s.where = s.where.map((q, i) => {
      const b = q.branch ?? 0;
      return i < after || b < or.from ? q : { ...q, branch: b + or.opened };
    });
  s.branch += or.opened;
  if (or.used) s.orUsed = true;
}

/**
 * The shapes a query with optional parts is sent as: the common path (no optional part, the first of each
 * required group), then one per part (the common path with that part in its group's place).
 */
export function variantShapes(state: QueryState, finish: (s: QueryState) => QueryShape | null): QueryShape[] {
  const out: QueryShape[] = [];
  const add = (shape: QueryShape | null) => {
    if (shape && !out.some((o) => o.id === shape.id)) out.push(shape);
  };
  if (!state.optional?.length) {
    add(finish(state));
    return out;
  }
  const sortChoices = takeSortChoices(state);
  // How many filters the request may choose from on this query: a search form over many columns.
  const menu = state.optional.filter(
    (g) => !g.required && !sortChoices.has(g) && g.parts.some((p) => p.requestInput && p.where.length),
  ).length;
  add(finish(withParts(state, new Map())));
  for (const g of state.optional) {
    if (sortChoices.has(g)) continue;
    for (const part of g.parts) {
      const variant = withParts(state, new Map([[g, part]]));
      withoutChosenSort(variant);
      const shape = finish(variant);
      // A required group's parts are alternatives one of which always runs: none is a rare extra.
      if (shape && !g.required) shape.optionalBranch = branchOf(part, menu);
      add(shape);
    }
  }
  return out;
}

/**
 * Runs the arms of one conditional (`if`/`elseif`/`else`, `switch` cases) one after the other; what each adds
 * to each query becomes one part of that query's optional group. `exhaustive`: one arm always runs.
 */
export function runBranches(
  states: Iterable<QueryState>,
  arms: (() => void)[],
  exhaustive: boolean,
  /** The arm that runs when no other does (a `switch`'s default), when the code has one. */
  defaultArm?: number,
  /** Per arm: its condition reads the request's input (an `else` arm: an earlier test does). */
  armInput: boolean[] = [],
  /** Per arm: where its code sits. */
  armPlaces: (BranchPlace | undefined)[] = [],
): void {
  const open = [...states].map((state) => ({
    snap: snapshot(state),
    parts: [] as OptionalPart[],
    all: true,
    common: undefined as number | undefined,
  }));
  arms.forEach((arm, i) => {
    arm();
    for (const o of open) {
      const part = takeOptional(o.snap);
      if (part === 'kept') o.snap = snapshot(o.snap.state);
      if (part && part !== 'kept') {
        if (armInput[i]) part.requestInput = true;
        placeBranch(part, o.snap.state, armPlaces[i]);
        if (i === defaultArm) o.common = o.parts.length;
        o.parts.push(part);
      } else o.all = false;
    }
  });
  for (const o of open) {
    if (!o.parts.length) continue;
    const group: OptionalGroup = { parts: o.parts, required: exhaustive && o.all };
    if (o.common !== undefined) group.common = o.common;
    (o.snap.state.optional ??= []).push(group);
  }
}

/** The arms of an `if` chain or a `switch`: each arm's test (null for `else` and cases) and body. */
export function armsOf(node: PhpNode): {
  arms: { test: PhpNode | null; body: PhpNode | null }[];
  exhaustive: boolean;
  defaultArm?: number;
} {
  const arms: { test: PhpNode | null; body: PhpNode | null }[] = [];
  if (node.kind === 'if') {
    let at: PhpNode | null = node;
    while (at?.kind === 'if') {
      arms.push({ test: child(at, 'test'), body: child(at, 'body') });
      at = child(at, 'alternate');
    }
    if (at) arms.push({ test: null, body: at });
    return { arms, exhaustive: !!at };
  }
  let defaultArm: number | undefined;
  for (const c of children(child(node, 'body') ?? node, 'children')) {
    if (!child(c, 'test')) defaultArm = arms.length;
    arms.push({ test: null, body: child(c, 'body') });
  }
  return defaultArm === undefined ? { arms, exhaustive: false } : { arms, exhaustive: true, defaultArm };
}

/** An arm's first statement (the arm itself when it is not a block): where what it adds is written. */
export function firstStatement(body: PhpNode): PhpNode {
  return body.kind === 'block' ? (children(body, 'children')[0] ?? body) : body;
}

/**
 * The arm leaves the function (or the script) on every path: its last statement is a `return`, a `throw` or an
 * `exit`. What it assigns never reaches the code after the conditional.
 */
export function armExits(body: PhpNode | null): boolean {
  if (!body) return false;
  if (body.kind === 'block') {
    const list = children(body, 'children');
    return list.length > 0 && armExits(list[list.length - 1]);
  }
  if (body.kind === 'return' || body.kind === 'throw') return true;
  if (body.kind === 'expressionstatement') {
    const e = child(body, 'expression');
    return e?.kind === 'exit' || e?.kind === 'throw';
  }
  return false;
}

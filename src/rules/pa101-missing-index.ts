/**
 * PA101 missing-index: a query filters, joins or sorts on columns no index serves (leftmost prefix).
 * With a database the planner decides (a scan or filesort at production scale that the proposed index
 * removes); without one the static match does. The needs of every query on a table are merged into one index
 * plan (src/schema/table-index-plan.ts): one finding per proposed index, listing every query it serves.
 */

import type { FindingDraft, Location, Severity } from '../findings.js';
import type { Predicate, QueryShape } from '../project/model.js';
import { findTable } from '../schema/model.js';
import { coveredByExisting, indexProposal } from '../schema/index-match.js';
import type { IndexProposal, TableVerdict, Verdict } from '../schema/index-match.js';
import { indexCandidates, mergeIndexCandidates, readsOnlyCoarseKeys } from '../database/index-candidates.js';
import { IN_LIST_PLANNED_VALUES } from '../database/render-shape.js';
import type { IndexCandidate } from '../database/index-candidates.js';
import { accessesOf, describeAccess, isFullScan } from '../database/explain.js';
import type { ExplainSummary, IndexProof, Plan, ShapePlan } from '../database/types.js';
import type { Rule, RuleContext } from './rule.js';
import { shapeSql } from './shape-sql.js';
import { calibrate, type Calibrated, type Earned } from './calibrate/calibrate.js';
import {
  describeGain,
  gainSeverity,
  noGain,
  noGainNote,
  cheapRead,
  proofGain,
  whyNotCritical,
} from './calibrate/proof-gain.js';
import { sizeOf } from './calibrate/size-class.js';
import { boundByCardinality } from './calibrate/low-cardinality.js';
import { fewRowsPerKey } from './few-rows-per-key.js';
import { alsoSortableNote } from './sort-alternatives.js';
import { scopeHint, scopeHintNote } from './scope-hint.js';
import { tenantKeyOf } from './calibrate/reference-tables.js';

export interface IndexNeed {
  shape: QueryShape;
  /** The static verdict for this table of the shape. */
  verdict: Verdict;
  reasons: string[];
  /** Predicates wrapped in a function: the query must compare the bare column before any index helps. */
  functions: Predicate[];
  severity: Severity;
  decidedBy: 'planner' | 'static';
  before: Plan | null;
  after: Plan | null;
  /** The columns this query alone needs: a leftmost part of the merged index (in the index's terms). */
  columns: string[];
  /** The query reads a bounded number of rows (LIMIT, first(), find()). */
  bounded: boolean;
}

export interface MissingIndex {
  proposal: IndexProposal;
  needs: IndexNeed[];
  severity: Severity;
  decidedBy: 'planner' | 'static';
  proof: IndexProof | null;
  /** Existing indexes that lead the proposed one: adding it makes them redundant. */
  supersedes: string[];
}

const unique = <T>(xs: T[]) => [...new Set(xs)];
const key = (table: string, columns: string[]) => `${table.toLowerCase()}(${columns.join(',')})`;

const plansById = new WeakMap<ShapePlan[], Map<string, ShapePlan>>();

/**
 * Why a database run has no plan for the shape (null without a database): EXPLAIN failed on the SQL the
 * shape renders to, or the shape was never planned. Either way nothing proves the index at production size.
 */
function unplannedReason(ctx: RuleContext, shapeId: string): string | null {
  if (!ctx.database?.plans) return null;
  const plan = recordedPlan(ctx, shapeId);
  const why = !plan
    ? 'the planner did not EXPLAIN this query'
    : plan.before.error
      ? `the planner could not EXPLAIN this query (${plan.before.error})`
      : "the planner's EXPLAIN of this query named no table";
  return `${why}, so nothing proves the index: a warning, not critical`;
}

/** A usable plan for the shape: the database ran and EXPLAIN worked. */
export function planFor(ctx: RuleContext, shapeId: string): ShapePlan | null {
  const sp = recordedPlan(ctx, shapeId);
  return sp && !sp.before.error && sp.before.accesses.length > 0 ? sp : null;
}

/** The planner's record for the shape, usable or not; null without a database or when it was not planned. */
function recordedPlan(ctx: RuleContext, shapeId: string): ShapePlan | null {
  const plans = ctx.database?.plans;
  if (!plans) return null;
  let byId = plansById.get(plans);
  if (!byId) plansById.set(plans, (byId = new Map(plans.map((p) => [p.shapeId, p]))));
  return byId.get(shapeId) ?? null;
}

function sortsOutsideIndex(plan: Plan): boolean {
  return plan.accesses.some((a) => a.filesort || a.temporary);
}

/**
 * An existing index already narrows the table to a few rows: sorting those costs less than keeping one
 * more index, so removing that sort alone is no reason to propose a wider one.
 */
function sortsFewRows(plan: Plan, table: string, bounded: boolean, inList: string[]): boolean {
  const reads = accessesOf(plan, table);
  const listed = new Set(inList.map((c) => c.toLowerCase()));
  // A range that seeks an IN list reads several keys at once: the rows per key are its rows shared among them.
  const keys = (a: ExplainSummary) =>
    a.access === 'range' && listed.has((a.usedKeyParts[0] ?? '').toLowerCase()) ? IN_LIST_PLANNED_VALUES : 1;
  return (
    reads.length > 0 && reads.every((a) => !!a.key && !isFullScan(a) && fewRowsPerKey(a, bounded, keys(a)))
  );
}

/**
 * Without a database: an existing index seeks on every filter column and only the sort or grouping is left.
 * The rows of one key are few, as the planner finds with one (`sortsFewRows`).
 */
function sortsOneKey(tv: TableVerdict): boolean {
  const d = tv.demand;
  const filters = d.equality.length + d.inList.length + d.range.length;
  return tv.verdict === 'partial' && filters > 0 && !d.hasOr && (tv.best?.filterCovered ?? 0) >= filters;
}

function scannedTables(plan: Plan): Set<string> {
  return new Set(plan.accesses.filter(isFullScan).map((a) => a.table.toLowerCase()));
}

/** No filter, a sort no index serves, and a LIMIT: reading the first rows of an index would answer it. */
function isBoundedSortOnly(tv: TableVerdict): boolean {
  const d = tv.demand;
  return (
    tv.verdict === 'none' &&
    d.bounded &&
    d.sort.length > 0 &&
    d.equality.length + d.inList.length + d.range.length + d.functionFilters.length === 0
  );
}

const proofsByKey = new WeakMap<IndexProof[], Map<string, IndexProof>>();

/** The proof of the index on these columns, looked up in a map built once per proofs array. */
function proofOf(ctx: RuleContext, k: string): IndexProof | null {
  const proofs = ctx.database?.proofs;
  if (!proofs) return null;
  let byKey = proofsByKey.get(proofs);
  if (!byKey) {
    byKey = new Map();
    for (const p of proofs) if (!byKey.has(key(p.table, p.columns))) byKey.set(key(p.table, p.columns), p);
    proofsByKey.set(proofs, byKey);
  }
  return byKey.get(k) ?? null;
}

const missingByContext = new WeakMap<RuleContext, MissingIndex[]>();

/**
 * Every missing index, with the queries that need it. PA102, PA103 and PA105 read this to avoid repeating
 * PA101, so it is computed once per audit.
 */
export function missingIndexes(ctx: RuleContext): MissingIndex[] {
  let cached = missingByContext.get(ctx);
  if (!cached) missingByContext.set(ctx, (cached = computeMissingIndexes(ctx)));
  return cached;
}

/**
 * How one query stands with the table's merged index: with a plan, the planner's re-EXPLAIN decides (the
 * index must be used and remove a scan or the sort); without one, the static verdict. null: not a need.
 */
function needOf(
  ctx: RuleContext,
  c: IndexCandidate,
  proposal: IndexProposal,
  proof: IndexProof | null,
  width: number,
): IndexNeed | null {
  const { shape, verdict: tv } = c;
  const sp = planFor(ctx, shape.id);
  if (!sp) {
    if (sortsOneKey(tv)) return null;
    // With a database, critical needs the planner's proof: a query it could not EXPLAIN has none.
    const unproved = unplannedReason(ctx, shape.id);
    return {
      shape,
      verdict: tv.verdict,
      reasons: unproved ? [...tv.reasons, unproved] : tv.reasons,
      functions: tv.demand.functions,
      severity: tv.verdict === 'none' && !unproved ? 'critical' : 'warning',
      decidedBy: 'static',
      before: null,
      after: null,
      columns: proposal.columns.slice(0, width),
      bounded: tv.demand.bounded,
    };
  }
  const scannedBefore = scannedTables(sp.before);
  // A read through the tenant key or columns of few values alone reads a large share of the table: for a
  // query with a selective filter of its own, no better than a scan (the static match judges it so too).
  const table = findTable(ctx.schema, tv.table);
  if (table && readsOnlyCoarseKeys(sp.before, table, tv.demand)) scannedBefore.add(tv.table.toLowerCase());
  const sortedBefore = sortsOutsideIndex(sp.before);
  const name = proposal.name;
  const own = proof?.queries?.find((q) => q.shapeId === shape.id)?.after;
  const after = own ?? (sp.proposedIndex === name && sp.after ? sp.after : (proof?.after ?? null));
  // Only an index the planner then uses, and that removes a scan or the sort, is a proven fix.
  const usesIt = !!after && !after.error && accessesOf(after, tv.table).some((a) => a.key === name);
  const scannedAfter = after && usesIt ? scannedTables(after) : scannedBefore;
  const removesScan = usesIt && scannedAfter.size < scannedBefore.size;
  const removesSort =
    usesIt &&
    sortedBefore &&
    !sortsOutsideIndex(after!) &&
    scannedAfter.size <= scannedBefore.size &&
    !sortsFewRows(sp.before, tv.table, tv.demand.bounded, tv.demand.inList);
  if (removesScan || removesSort) {
    const gain = proofGain(sp.before, after);
    return {
      shape,
      verdict: tv.verdict,
      reasons: tv.reasons,
      functions: tv.demand.functions,
      // Critical only on a real gain at production size, info on none or on a cheap read (calibrate/proof-gain.ts).
      severity:
        gain && (noGain(gain, tv.demand.bounded) || cheapRead(gain))
          ? 'info'
          : gainSeverity(gain, growing(ctx, tv.table), tv.demand.bounded),
      decidedBy: 'planner',
      before: sp.before,
      after,
      columns: proposal.columns.slice(0, width),
      bounded: tv.demand.bounded,
    };
  }
  if (isBoundedSortOnly(tv)) {
    // Read by a key (the rows a pivot points at): the sort is of those few rows, which no index needs to give.
    if (sortsFewRows(sp.before, tv.table, tv.demand.bounded, tv.demand.inList)) return null;
    // ORDER BY … LIMIT: on a copy of a few thousand rows (or none) a sort of the whole table costs less than
    // reading the rows through the index, so the planner may keep the filesort with it; production reads the
    // first rows of the index. The static verdict stands.
    return {
      shape,
      verdict: tv.verdict,
      reasons: [...tv.reasons, inconclusiveSortReason(sp.before, tv.table)],
      functions: tv.demand.functions,
      severity: gainSeverity(proofGain(sp.before, after), growing(ctx, tv.table), tv.demand.bounded),
      decidedBy: 'static',
      before: sp.before,
      after,
      columns: proposal.columns.slice(0, width),
      bounded: tv.demand.bounded,
    };
  }
  return null;
}

/** Why the planner's keeping the filesort with the proposed index does not count against it. */
function inconclusiveSortReason(before: Plan, table: string): string {
  const sampled = accessesOf(before, table)[0]?.sampledRows;
  const copy =
    sampled === undefined
      ? 'on empty tables'
      : `on the copy's ${sampled.toLocaleString('en-US')} generated rows, where sorting them all costs less than reading them through the index`;
  return `the planner confirms the scan and filesort; its choice with the index is not conclusive ${copy}`;
}

/** Every query's index need, merged into one plan per table, each index judged by the queries it serves. */
function computeMissingIndexes(ctx: RuleContext): MissingIndex[] {
  const candidates: IndexCandidate[] = [];
  const seen = new Set<string>();
  for (const shape of ctx.project.queries) {
    if (seen.has(shape.id)) continue;
    seen.add(shape.id);
    candidates.push(...indexCandidates(shape, ctx.schema, planFor(ctx, shape.id)?.before ?? null));
  }
  const out: MissingIndex[] = [];
  for (const merged of mergeIndexCandidates(candidates)) {
    const proof = proofOf(ctx, key(merged.proposal.table, merged.proposal.columns));
    const needs = merged.candidates
      .map((c, i) => needOf(ctx, c, merged.proposal, proof, merged.parts[i]))
      .filter((n): n is IndexNeed => n !== null);
    if (needs.length === 0) continue;
    // The queries the planner left out may have widened the index: the ones kept use only its leading part.
    const width = Math.max(...needs.map((n) => n.columns.length));
    let proposal = merged.proposal;
    if (width < proposal.columns.length) {
      const table = findTable(ctx.schema, proposal.table);
      const columns = proposal.columns.slice(0, width);
      if (table && coveredByExisting(table, columns)) continue;
      proposal = indexProposal(proposal.table, columns, proposal.prefixes);
    }
    out.push({
      proposal,
      needs,
      severity: needs.some((n) => n.severity === 'critical') ? 'critical' : needs[0].severity,
      decidedBy: needs.some((n) => n.decidedBy === 'planner') ? 'planner' : 'static',
      proof,
      supersedes: merged.supersedes,
    });
  }
  return out;
}

/** The table is known to grow (a filesort removed there is worth blocking). */
function growing(ctx: RuleContext, table: string): boolean {
  return sizeOf(ctx.project, ctx.config, table, ctx.stats).class === 'growing';
}

/** Shapes a PA101 finding already explains: PA102 and PA103 do not repeat them. */
export function coveredShapes(missing: MissingIndex[]): Set<string> {
  return new Set(missing.flatMap((m) => m.needs.map((n) => n.shape.id)));
}

const byLocation = (a: Location, b: Location) => a.file.localeCompare(b.file) || a.line - b.line;

/** The locations of every occurrence of the shapes (the same query in several places shares one id). */
const shapesById = new WeakMap<QueryShape[], Map<string, QueryShape[]>>();

/** Every occurrence of a shape id (the same query in several places shares one id), indexed once. */
export function occurrencesOf(ctx: RuleContext, id: string): QueryShape[] {
  let byId = shapesById.get(ctx.project.queries);
  if (!byId) {
    byId = new Map();
    for (const s of ctx.project.queries) {
      const list = byId.get(s.id);
      if (list) list.push(s);
      else byId.set(s.id, [s]);
    }
    shapesById.set(ctx.project.queries, byId);
  }
  return byId.get(id) ?? [];
}

/**
 * Where the shapes are sent from, and where the filter each one needs is written: its optional branch (`if
 * ($request->filled('manager_id'))` a hundred lines below the chain's start), the relation method it runs.
 */
export function locationsOf(ctx: RuleContext, ids: Set<string>): Location[] {
  const seen = new Set<string>();
  const out: Location[] = [];
  const add = (at: Location) => {
    const k = `${at.file}:${at.line}`;
    if (!seen.has(k)) out.push(at);
    seen.add(k);
  };
  for (const id of ids) {
    for (const s of occurrencesOf(ctx, id)) {
      add(s.location);
      const branch = s.optionalBranch?.line;
      if (branch !== undefined) add({ file: s.location.file, line: branch });
      if (s.definedAt) add(s.definedAt);
    }
  }
  return out.sort(byLocation);
}

/** How many places send the shapes (their branches' lines aside). */
function statementCount(ctx: RuleContext, ids: Set<string>): number {
  const at = new Set<string>();
  for (const id of ids)
    for (const s of occurrencesOf(ctx, id)) at.add(`${s.location.file}:${s.location.line}`);
  return at.size;
}

/** The access that shows the problem: a full scan anywhere in the query, else this table's access. */
function decisiveAccess(plan: Plan | null, table: string): ExplainSummary | null {
  if (!plan) return null;
  return plan.accesses.find(isFullScan) ?? accessesOf(plan, table)[0] ?? null;
}

function accessOn(plan: Plan | null, table: string): ExplainSummary | null {
  return plan ? (accessesOf(plan, table)[0] ?? null) : null;
}

function draftOf(ctx: RuleContext, m: MissingIndex, cal: Calibrated): FindingDraft {
  const { proposal } = m;
  const ids = new Set(m.needs.map((n) => n.shape.id));
  const locations = locationsOf(ctx, ids);
  const occurrences = [...ids]
    .flatMap((id) => occurrencesOf(ctx, id))
    .sort((a, b) => byLocation(a.location, b.location));
  // The query that gave the finding its severity (calibrate.ts): the finding is located there.
  const decisive = cal.decisive;
  const worst =
    (decisive && m.needs.find((n) => n.shape.id === decisive.id)) ??
    m.needs.find((n) => n.severity === m.severity) ??
    m.needs[0];
  const cols = proposal.columns.join(', ');
  // The figures are those of the query that gave the finding its severity: the index's proof is the worst
  // pair of every query it serves, which may be one with no gain at all (a console job's delete).
  const shown =
    worst.before && worst.after
      ? { before: worst.before, after: worst.after }
      : { before: m.proof?.before ?? worst.before, after: m.proof?.after ?? worst.after };
  const before = decisiveAccess(shown.before, proposal.table);
  const after = accessOn(shown.after, proposal.table);
  const sent = statementCount(ctx, ids);
  const queryCount = sent === 1 ? 'a query' : `${sent} queries`;
  const first = decisive ?? worst.shape;
  let why: string;
  const text = worst.reasons.join('; ');
  const reasons = `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  const gain = proofGain(shown.before ?? { sql: '', accesses: [] }, shown.after);
  // The message speaks for the query that gave the severity: a sort the planner could not judge on empty
  // copies is the static reading's, even when the planner proved another query of the same index.
  if (worst.decidedBy === 'planner' && before && after) {
    const scale = (before.tableRows ?? before.rows).toLocaleString('en-US');
    // Proved with a wider merged index whose extra columns no kept query needs: say so.
    const proved =
      m.proof && m.proof.indexName !== proposal.name
        ? `${m.proof.indexName} (whose leading ${cols} the proposal keeps)`
        : proposal.name;
    why =
      `At ${scale} rows MariaDB's planner reads ${describeAccess(before)}; ` +
      `with ${proved} it reads ${describeAccess(after)}` +
      `${gain ? `: ${describeGain(gain)}` : ''}.`;
  } else if (before) {
    why = `${reasons}. At production scale MariaDB's planner reads ${describeAccess(before)}.`;
  } else {
    why = ctx.database ? `${reasons}.` : `${reasons} (static verdict: no database was used).`;
  }
  // A merged index: each query uses a leftmost part of it, so one index replaces one per query.
  const needed = unique(m.needs.map((n) => n.columns.join(', ')));
  const shared =
    needed.length > 1
      ? ` One index serves them all, each by a leftmost part: ${needed.map((c) => `(${c})`).join(', ')}.`
      : '';
  const supersedes =
    m.supersedes.length > 0
      ? ` It starts with the columns of ${m.supersedes.join(', ')}, which ${m.supersedes.length === 1 ? 'becomes' : 'become'} redundant: drop ${m.supersedes.length === 1 ? 'it' : 'them'} in the same migration.`
      : '';
  const fns = unique(m.needs.flatMap((n) => n.functions.map((f) => `${f.fn}(${f.column})`)));
  if (fns.length > 0)
    why += ` Where a query wraps the column in ${fns.join(', ')}, it must also compare the bare column: no index serves a function of a column.`;
  // The planner took the index and it proved nothing, or cut a cheap read: the shape was judged info for that.
  const unproven =
    !!gain && worst.decidedBy === 'planner' && (noGain(gain, worst.bounded) || cheapRead(gain));
  const notCritical = unproven
    ? noGainNote(gain)
    : gain && whyNotCritical(gain, growing(ctx, proposal.table), worst.bounded);
  if (notCritical && (cal.severity === 'warning' || (unproven && cal.severity === 'info')))
    why += ` ${notCritical}`;
  for (const note of cal.notes) why += ` ${note}`;
  why += alsoSortableNote(occurrences);
  const table = findTable(ctx.schema, proposal.table);
  const scoped = table ? scopeHint(table, proposal.columns, first, tenantKeyOf(ctx.project, true)) : null;
  if (scoped) why += scopeHintNote(scoped, proposal.columns);
  const evidence: Record<string, unknown> = {
    ...cal.evidence,
    ...(gain ? { proofGain: gain } : {}),
    decidedBy: m.decidedBy,
    indexName: proposal.name,
    verdict: worst.verdict,
    reasons: worst.reasons,
    rowsBefore: before?.rows ?? null,
    rowsAfter: after?.rows ?? null,
    explainBefore: before,
    explainAfter: after,
    ...(m.supersedes.length > 0 ? { supersedes: m.supersedes } : {}),
    ...(scoped ? { scopedIndex: { index: scoped.index, scope: scoped.scope } } : {}),
    queries: occurrences.map((s) => ({
      file: s.location.file,
      line: s.location.line,
      code: s.code,
      place: s.place ?? null,
      // Console code the schedule runs hourly or more often is placed as a job: which task runs it.
      ...(s.scheduled ? { scheduled: s.scheduled } : {}),
      columns: m.needs.find((n) => n.shape.id === s.id)?.columns ?? proposal.columns,
      // A shape read only in part says so, with what is missing.
      ...(s.partial ? { partial: true, partialReasons: s.partialReasons ?? [] } : {}),
      ...(s.alsoSortable ? { alsoSortable: s.alsoSortable } : {}),
      // Sent only when an optional branch runs: what it filters on (calibrate/optional-filter-severity.ts).
      ...(s.optionalBranch ? { optionalBranch: s.optionalBranch } : {}),
      // Related rows of one key the query requires (calibrate/related-key-bound.ts).
      ...(s.existsIn ? { existsIn: s.existsIn } : {}),
    })),
  };
  const ignores = occurrences.flatMap((s) =>
    (s.inlineIgnores ?? []).map((i) => ({
      file: s.location.file,
      line: s.location.line,
      rule: i.rule,
      reason: i.reason,
    })),
  );
  if (ignores.length > 0) evidence.inlineIgnores = ignores;
  return {
    title: `Missing index on ${proposal.table} (${cols})`,
    message:
      `No index serves ${queryCount} on ${proposal.table} by ${cols} ` +
      `(${first.code || first.table} at ${first.location.file}:${first.location.line}). ${why}${shared}${supersedes} ` +
      `Add ${proposal.name}.`,
    severity: cal.severity ?? 'info',
    location: first.location,
    locations,
    table: proposal.table,
    columns: proposal.columns,
    exampleQuery: shapeSql(first, ctx.schema),
    evidence,
    fix: { sql: proposal.sql, migration: proposal.migration },
  };
}

/**
 * A severity earned by a query at every place the code sends it from: the same query in a seeder and in a
 * controller is judged where it runs on a request, whichever of them the reader met first.
 */
export function earnedEverywhere(ctx: RuleContext, id: string, severity: Severity): Earned[] {
  return occurrencesOf(ctx, id).map((shape) => ({ severity, shape }));
}

export const pa101MissingIndex: Rule = {
  id: 'PA101',
  name: 'missing-index',
  title: 'Query filters or sorts on columns no index serves',
  defaultSeverity: 'critical',
  needs: 'schema',
  check(ctx) {
    const drafts: FindingDraft[] = [];
    for (const m of missingIndexes(ctx)) {
      const cal = boundByCardinality(
        ctx,
        m.proposal.table,
        m.proposal.columns,
        calibrate(
          ctx,
          m.proposal.table,
          m.needs.flatMap((n) => earnedEverywhere(ctx, n.shape.id, n.severity)),
        ),
      );
      // Queries only from seeders, migrations or tests are no finding.
      if (cal.severity !== null) drafts.push(draftOf(ctx, m, cal));
    }
    return drafts;
  },
};

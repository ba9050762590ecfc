/**
 * The index each query needs on each of its tables, and the table's merged plan. The planner proves the
 * merged indexes and PA101 reports them, so both read the same candidates from here. Pure.
 */

import type { QueryShape } from '../project/model.js';
import type { Schema, Table } from '../schema/model.js';
import { findTable } from '../schema/model.js';
import { analyzeShape, proposalFor, seeksOnlyCoarseKeys } from '../schema/index-match.js';
import type { Demand, IndexProposal, TableVerdict } from '../schema/index-match.js';
import { needSpecOf, planTableIndexes } from '../schema/table-index-plan.js';
import { accessesOf, isFullScan } from './explain.js';
import type { Plan } from './types.js';

export interface IndexCandidate {
  shape: QueryShape;
  table: Table;
  verdict: TableVerdict;
  /** The index this query alone would want on the table. */
  proposal: IndexProposal;
  /** The query's usable plan before any index was added; null when it was not planned. */
  plan: Plan | null;
}

export interface MergedIndex {
  proposal: IndexProposal;
  /** The queries this index serves (their own proposal is a leftmost part of it). */
  candidates: IndexCandidate[];
  /** How many leading columns of the index each candidate uses (same order). */
  parts: number[];
  /** Existing non-unique indexes that lead the proposed one. */
  supersedes: string[];
}

/** A plan the rules can read: EXPLAIN worked and named at least one table. */
export function usablePlan(plan: Plan | null | undefined): Plan | null {
  return plan && !plan.error && plan.accesses.length > 0 ? plan : null;
}

/** True when the plan reads a whole table or sorts outside an index: an index is worth proving. */
export function planNeedsHelp(plan: Plan): boolean {
  return plan.accesses.some((a) => isFullScan(a) || a.filesort || a.temporary);
}

/**
 * The plan reads the table through a global scope's key or columns of few values alone (a tenant's share of
 * its rows, one kind of them) for a query with a selective filter of its own: no better than a scan, whatever
 * the access type says.
 */
export function readsOnlyCoarseKeys(plan: Plan, table: Table, demand: Demand): boolean {
  return accessesOf(plan, table.name).some(
    (a) => !!a.key && seeksOnlyCoarseKeys(table, demand, a.usedKeyParts),
  );
}

/**
 * The indexes a query needs, one per table. With a usable plan the planner has the last word: a plan with
 * no scan and no sort outside an index needs nothing, whatever the static match says.
 */
export function indexCandidates(shape: QueryShape, schema: Schema, plan: Plan | null): IndexCandidate[] {
  const tables = analyzeShape(shape, schema).tables;
  if (plan && !planNeedsHelp(plan)) {
    const coarseRead = tables.some((tv) => {
      const table = findTable(schema, tv.table);
      return !!table && readsOnlyCoarseKeys(plan, table, tv.demand);
    });
    if (!coarseRead) return [];
  }
  const out: IndexCandidate[] = [];
  for (const tv of tables) {
    const table = findTable(schema, tv.table);
    if (!table) continue;
    const proposal = plan
      ? (tv.proposal ?? proposalFor(table, tv.demand))
      : tv.verdict === 'served'
        ? null
        : tv.proposal;
    if (proposal) out.push({ shape, table, verdict: tv, proposal, plan });
  }
  return out;
}

/** One plan per table: the smallest set of indexes serving every candidate on it. */
export function mergeIndexCandidates(candidates: IndexCandidate[]): MergedIndex[] {
  const byTable = new Map<string, IndexCandidate[]>();
  for (const c of candidates) {
    const k = c.table.name.toLowerCase();
    byTable.set(k, [...(byTable.get(k) ?? []), c]);
  }
  const out: MergedIndex[] = [];
  for (const list of byTable.values()) {
    const table = list[0].table;
    const wants = list.map((c) => ({ ...needSpecOf(c.verdict.demand, c.proposal.columns), item: c }));
    for (const p of planTableIndexes(table, wants))
      out.push({ proposal: p.proposal, candidates: p.serves, parts: p.parts, supersedes: p.supersedes });
  }
  return out;
}

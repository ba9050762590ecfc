/**
 * What the re-EXPLAIN with the proposed index proves. A finding may block only when the index changes the
 * work by an order of magnitude at production size: rows examined down at least tenfold, or a filesort or
 * temporary table removed on a table that grows (over at least a thousand rows) from a read that stops early
 * (LIMIT, first()). A read of every matching row reads and returns those rows with or without the index:
 * the sort it saves grows with the result the app loads anyway, not tenfold. Either gain needs a read that
 * costs something first: when an index the table has already narrows the read to under a thousand rows, a
 * tenfold cut of them saves well under a millisecond, and the planner's proof of it is info. A smaller gain
 * from a read that costs something is worth a warning, not a blocked merge.
 */

import type { Severity } from '../../findings.js';
import type { Plan } from '../../database/types.js';

/** Rows examined fall at least this many times for a critical finding. */
export const CRITICAL_RATIO = 10;

/**
 * A sort removed matters when it sorted at least this many rows: a ref lookup that finds a handful of rows
 * sorts them in memory for nothing (PA103's threshold too).
 */
export const SORT_MIN_ROWS = 1_000;

/** A plan examining fewer rows than this is cheap already: no ratio of it makes a finding critical. */
export const CHEAP_READ_ROWS = 1_000;

export interface ProofGain {
  /** Rows the planner expects to examine, nested-loop estimate over every table of the query. */
  rowsBefore: number;
  rowsAfter: number;
  /** rowsBefore / rowsAfter. */
  ratio: number;
  /** A filesort or temporary table in the plan before and none after. */
  sortRemoved: boolean;
}

/** r1 + r1·r2 + r1·r2·r3…: each table's rows are read once per row of the tables before it. */
export function rowsExamined(plan: Plan): number {
  let product = 1;
  let total = 0;
  for (const a of plan.accesses) {
    product *= Math.max(1, a.rows);
    total += product;
  }
  return total;
}

const sorts = (plan: Plan) => plan.accesses.some((a) => a.filesort || a.temporary);

/** The gain the index brings, or null when there is no usable plan with it. */
export function proofGain(before: Plan, after: Plan | null | undefined): ProofGain | null {
  if (!after || after.error || after.accesses.length === 0 || before.accesses.length === 0) return null;
  const rowsBefore = rowsExamined(before);
  const rowsAfter = rowsExamined(after);
  return {
    rowsBefore,
    rowsAfter,
    ratio: rowsBefore / Math.max(1, rowsAfter),
    sortRemoved: sorts(before) && !sorts(after),
  };
}

/**
 * Critical on a real gain at production size, else warning. `growing`: the table is known to grow;
 * `bounded`: the query reads a bounded number of rows (LIMIT, first(), find()).
 */
export function gainSeverity(gain: ProofGain | null, growing: boolean, bounded = true): Severity {
  if (!gain || gain.rowsBefore < CHEAP_READ_ROWS) return 'warning';
  const sortGain = gain.sortRemoved && growing && bounded && gain.rowsBefore >= SORT_MIN_ROWS;
  return gain.ratio >= CRITICAL_RATIO || sortGain ? 'critical' : 'warning';
}

/**
 * The planner takes the index, yet the plan with it examines no fewer rows and sorts as before: nothing is
 * proved (a scan that stops after a few rows in primary key order, traded for a lookup of as many). Nor is
 * it when the only change is the sort of a read with no LIMIT: the same rows are read and returned, and the
 * sort saved is of rows the app loads anyway (a company's contacts by name, a podcast's episodes by date).
 */
export function noGain(gain: ProofGain, bounded = true): boolean {
  return gain.ratio <= 1 && (!gain.sortRemoved || !bounded);
}

export const NO_GAIN_NOTE =
  'Info only: with it the plan examines no fewer rows and removes no sort, so nothing proves the index pays.';

export const UNBOUNDED_SORT_NOTE =
  'Info only: with it the plan examines no fewer rows, and the sort it removes is of every row the query ' +
  'returns (no LIMIT), which the app reads anyway.';

/**
 * The plan without the index examines fewer than CHEAP_READ_ROWS rows: whatever the index cuts of them
 * saves well under a millisecond, so the finding is info, as one that proves nothing is.
 */
export function cheapRead(gain: ProofGain): boolean {
  return gain.rowsBefore < CHEAP_READ_ROWS;
}

/** Why a gain proves nothing, for the message of an info finding (see noGain and cheapRead). */
export function noGainNote(gain: ProofGain): string {
  if (!noGain(gain) && cheapRead(gain))
    return `Info only: the plan without it examines ${n(gain.rowsBefore)} rows already, fewer than ${n(CHEAP_READ_ROWS)}: what the index cuts of them saves well under a millisecond.`;
  return gain.sortRemoved ? UNBOUNDED_SORT_NOTE : NO_GAIN_NOTE;
}

/** Why a proved gain is not critical, for the message; null when it is. */
export function whyNotCritical(gain: ProofGain, growing: boolean, bounded: boolean): string | null {
  if (gainSeverity(gain, growing, bounded) === 'critical') return null;
  if (cheapRead(gain))
    return `Not critical: the plan without it examines ${n(gain.rowsBefore)} rows already, fewer than ${n(CHEAP_READ_ROWS)}.`;
  if (gain.sortRemoved && growing && !bounded && gain.rowsBefore >= SORT_MIN_ROWS)
    return 'Not critical: rows examined fall less than tenfold, and the sort it removes is of every row the query returns (no LIMIT), which the app reads anyway.';
  return 'Not critical: rows examined fall less than tenfold and no sort of a growing table goes away.';
}

const n = (x: number) => Math.round(x).toLocaleString('en-US');

/** "rows examined 1,000,000 → 20 (50,000× fewer), filesort removed" */
export function describeGain(gain: ProofGain): string {
  const ratio = gain.ratio >= 10 ? n(gain.ratio) : (Math.round(gain.ratio * 10) / 10).toString();
  const parts = [`rows examined ${n(gain.rowsBefore)} → ${n(gain.rowsAfter)} (${ratio}× fewer)`];
  if (gain.sortRemoved) parts.push('filesort/temporary table removed');
  return parts.join(', ');
}

/** Recall on historic fixes (pure): did perf-audit, at the commit before a fix, ask for that index? */

import type { HistoricRow } from './labels.js';

/** The part of a finding that scoring reads. */
export interface IndexFinding {
  rule: string;
  severity: string;
  table: string | null;
  columns: string[];
  file: string | null;
  line: number | null;
  /** Every query the finding's index serves (the report's `locations`), when the run gave them. */
  locations?: { file: string | null; line: number | null }[];
}

export type Mode = 'db' | 'static';
export const MODES: Mode[] = ['db', 'static'];

/** Findings of the run at one parent commit per mode; null when that run gave no report. */
export type RunsByParent = Record<string, Partial<Record<Mode, IndexFinding[] | null>>>;

export interface RowResult {
  row: HistoricRow;
  /** true caught, false missed, null no report for that mode. */
  caught: Record<Mode, boolean | null>;
  /** Caught by a critical or warning finding (what blocks or shows in the comment). */
  caughtBlocking: Record<Mode, boolean>;
  /** Caught by a finding that lists the row's own query among the queries it serves. */
  caughtAtQuery: Record<Mode, boolean>;
  /** The finding that caught it, for the reader: `PA101 table (a, b) file:line`. */
  by: Partial<Record<Mode, string>>;
}

export interface Tally {
  rows: number;
  caught: number;
  caughtBlocking: number;
  /** Caught by a finding on the labelled query itself, not only on its table and first column. */
  caughtAtQuery: number;
  /** Rows whose run gave no report (counted as missed). */
  noReport: number;
  recall: number | null;
}

export interface AppRecall {
  app: string;
  rows: RowResult[];
  tally: Record<Mode, Tally>;
  controls: number;
  /** Controls (MariaDB already had the index) whose own query a run flagged anyway: false alarms. */
  controlsFlagged: { row: HistoricRow; modes: Mode[] }[];
  /** Controls a run flagged only by asking for the wider index the fix added: not false alarms. */
  controlsWidened: { row: HistoricRow; modes: Mode[] }[];
}

export interface RecallSummary {
  apps: AppRecall[];
  overall: Record<Mode, Tally>;
  controls: number;
  controlsFlagged: number;
  controlsWidened: number;
}

const RULES = new Set(['PA101', 'PA102']);
const same = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? '').toLowerCase() === (b ?? '').toLowerCase();

/** The finding asks for an index on the row's table whose first column is the row's first column. */
export function catches(row: HistoricRow, f: IndexFinding): boolean {
  return (
    RULES.has(f.rule) &&
    same(f.table, row.table) &&
    f.columns.length > 0 &&
    same(f.columns[0], row.columns[0])
  );
}

/** How far a finding's line may sit from the labelled line: a chain spans lines, a label names one of them. */
const QUERY_LINE_SLACK = 10;

/**
 * The finding lists the row's own query among the queries its index serves (same file, a line of the same
 * chain). A row without a labelled query, or a run without locations, cannot tell: it counts as the query.
 */
export function readsLabelledQuery(row: HistoricRow, f: IndexFinding): boolean {
  const q = row.query;
  if (!q) return true;
  const places = [{ file: f.file, line: f.line }, ...(f.locations ?? [])];
  return places.some(
    (p) => p.file === q.file && p.line !== null && Math.abs(p.line - q.line) <= QUERY_LINE_SLACK,
  );
}

const lower = (cols: string[]) => cols.map((c) => c.toLowerCase());

/** How many leading columns of `asked` an index serves (the same columns as its own first ones, any order). */
function servedPrefix(asked: string[], index: string[]): number {
  let n = 0;
  for (let k = 1; k <= Math.min(asked.length, index.length); k++) {
    const head = new Set(index.slice(0, k));
    if (asked.slice(0, k).every((c) => head.has(c))) n = k;
  }
  return n;
}

/**
 * A control's flag is the fix, not a false alarm, when the finding goes beyond every index MariaDB had and,
 * among the columns it adds beyond the one serving it best, asks for a column the fix's index added that no
 * existing index had (the sort column a list lacked, say): the maintainers judged the existing index short
 * for the same reason. The order of the added equality columns is the planner's choice, not the verdict's.
 * A finding an existing index already serves, or one that widens it only with columns the fix did not add,
 * is a false alarm. A control whose label names no existing index keeps the plain rule: any flag is one.
 */
export function widensAsTheFixDid(row: HistoricRow, f: IndexFinding): boolean {
  if (row.existing.length === 0) return false;
  const asked = lower(f.columns);
  const served = Math.max(...row.existing.map((ix) => servedPrefix(asked, lower(ix))));
  const fixOwn = lower(row.columns).filter((c) => !row.existing.some((ix) => lower(ix).includes(c)));
  return asked.slice(served).some((c) => fixOwn.includes(c));
}

export function describeFinding(f: IndexFinding): string {
  const where = f.file ? ` ${f.file}${f.line ? `:${f.line}` : ''}` : '';
  return `${f.rule} ${f.severity} ${f.table ?? '?'} (${f.columns.join(', ')})${where}`;
}

function emptyTally(): Tally {
  return { rows: 0, caught: 0, caughtBlocking: 0, caughtAtQuery: 0, noReport: 0, recall: null };
}

function withRecall(t: Tally): Tally {
  return { ...t, recall: t.rows === 0 ? null : t.caught / t.rows };
}

export function scoreRow(row: HistoricRow, runs: RunsByParent): RowResult {
  const out: RowResult = {
    row,
    caught: { db: null, static: null },
    caughtBlocking: { db: false, static: false },
    caughtAtQuery: { db: false, static: false },
    by: {},
  };
  for (const mode of MODES) {
    const findings = runs[row.parent]?.[mode];
    if (!findings) continue;
    const hits = findings.filter((f) => catches(row, f));
    out.caught[mode] = hits.length > 0;
    out.caughtBlocking[mode] = hits.some((f) => f.severity === 'critical' || f.severity === 'warning');
    out.caughtAtQuery[mode] = hits.some((f) => readsLabelledQuery(row, f));
    if (hits[0]) out.by[mode] = describeFinding(hits[0]);
  }
  return out;
}

export function appRecall(app: string, rows: HistoricRow[], runs: RunsByParent): AppRecall {
  const results = rows.map((r) => scoreRow(r, runs));
  const tally = { db: emptyTally(), static: emptyTally() };
  const controlsFlagged: AppRecall['controlsFlagged'] = [];
  const controlsWidened: AppRecall['controlsWidened'] = [];
  for (const r of results) {
    if (r.row.alreadyIndexed) {
      // A finding on another query of the table is judged on its own (the reviewed findings), not here.
      const hits = (m: Mode) =>
        (runs[r.row.parent]?.[m] ?? []).filter((f) => catches(r.row, f) && readsLabelledQuery(r.row, f));
      const falseAlarm = MODES.filter((m) => hits(m).some((f) => !widensAsTheFixDid(r.row, f)));
      const widened = MODES.filter((m) => !falseAlarm.includes(m) && hits(m).length > 0);
      if (falseAlarm.length) controlsFlagged.push({ row: r.row, modes: falseAlarm });
      else if (widened.length) controlsWidened.push({ row: r.row, modes: widened });
      continue;
    }
    for (const mode of MODES) {
      const t = tally[mode];
      t.rows++;
      if (r.caught[mode] === null) t.noReport++;
      if (r.caught[mode]) t.caught++;
      if (r.caughtBlocking[mode]) t.caughtBlocking++;
      if (r.caughtAtQuery[mode]) t.caughtAtQuery++;
    }
  }
  return {
    app,
    rows: results,
    tally: { db: withRecall(tally.db), static: withRecall(tally.static) },
    controls: results.filter((r) => r.row.alreadyIndexed).length,
    controlsFlagged,
    controlsWidened,
  };
}

export function summarizeRecall(apps: AppRecall[]): RecallSummary {
  const overall = { db: emptyTally(), static: emptyTally() };
  for (const a of apps)
    for (const mode of MODES) {
      overall[mode].rows += a.tally[mode].rows;
      overall[mode].caught += a.tally[mode].caught;
      overall[mode].caughtBlocking += a.tally[mode].caughtBlocking;
      overall[mode].caughtAtQuery += a.tally[mode].caughtAtQuery;
      overall[mode].noReport += a.tally[mode].noReport;
    }
  return {
    apps,
    overall: { db: withRecall(overall.db), static: withRecall(overall.static) },
    controls: apps.reduce((n, a) => n + a.controls, 0),
    controlsFlagged: apps.reduce((n, a) => n + a.controlsFlagged.length, 0),
    controlsWidened: apps.reduce((n, a) => n + a.controlsWidened.length, 0),
  };
}

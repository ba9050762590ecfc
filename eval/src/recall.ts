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
  /** The finding that caught it, for the reader: `PA101 table (a, b) file:line`. */
  by: Partial<Record<Mode, string>>;
}

export interface Tally {
  rows: number;
  caught: number;
  caughtBlocking: number;
  /** Rows whose run gave no report (counted as missed). */
  noReport: number;
  recall: number | null;
}

export interface AppRecall {
  app: string;
  rows: RowResult[];
  tally: Record<Mode, Tally>;
  controls: number;
  /** Controls (MariaDB already had the index) that a run flagged anyway: false alarms. */
  controlsFlagged: { row: HistoricRow; modes: Mode[] }[];
}

export interface RecallSummary {
  apps: AppRecall[];
  overall: Record<Mode, Tally>;
  controls: number;
  controlsFlagged: number;
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

export function describeFinding(f: IndexFinding): string {
  const where = f.file ? ` ${f.file}${f.line ? `:${f.line}` : ''}` : '';
  return `${f.rule} ${f.severity} ${f.table ?? '?'} (${f.columns.join(', ')})${where}`;
}

function emptyTally(): Tally {
  return { rows: 0, caught: 0, caughtBlocking: 0, noReport: 0, recall: null };
}

function withRecall(t: Tally): Tally {
  return { ...t, recall: t.rows === 0 ? null : t.caught / t.rows };
}

export function scoreRow(row: HistoricRow, runs: RunsByParent): RowResult {
  const out: RowResult = {
    row,
    caught: { db: null, static: null },
    caughtBlocking: { db: false, static: false },
    by: {},
  };
  for (const mode of MODES) {
    const findings = runs[row.parent]?.[mode];
    if (!findings) continue;
    const hits = findings.filter((f) => catches(row, f));
    out.caught[mode] = hits.length > 0;
    out.caughtBlocking[mode] = hits.some((f) => f.severity === 'critical' || f.severity === 'warning');
    if (hits[0]) out.by[mode] = describeFinding(hits[0]);
  }
  return out;
}

export function appRecall(app: string, rows: HistoricRow[], runs: RunsByParent): AppRecall {
  const results = rows.map((r) => scoreRow(r, runs));
  const tally = { db: emptyTally(), static: emptyTally() };
  const controlsFlagged: AppRecall['controlsFlagged'] = [];
  for (const r of results) {
    if (r.row.alreadyIndexed) {
      const modes = MODES.filter((m) => r.caught[m] === true);
      if (modes.length) controlsFlagged.push({ row: r.row, modes });
      continue;
    }
    for (const mode of MODES) {
      const t = tally[mode];
      t.rows++;
      if (r.caught[mode] === null) t.noReport++;
      if (r.caught[mode]) t.caught++;
      if (r.caughtBlocking[mode]) t.caughtBlocking++;
    }
  }
  return {
    app,
    rows: results,
    tally: { db: withRecall(tally.db), static: withRecall(tally.static) },
    controls: results.filter((r) => r.row.alreadyIndexed).length,
    controlsFlagged,
  };
}

export function summarizeRecall(apps: AppRecall[]): RecallSummary {
  const overall = { db: emptyTally(), static: emptyTally() };
  for (const a of apps)
    for (const mode of MODES) {
      overall[mode].rows += a.tally[mode].rows;
      overall[mode].caught += a.tally[mode].caught;
      overall[mode].caughtBlocking += a.tally[mode].caughtBlocking;
      overall[mode].noReport += a.tally[mode].noReport;
    }
  return {
    apps,
    overall: { db: withRecall(overall.db), static: withRecall(overall.static) },
    controls: apps.reduce((n, a) => n + a.controls, 0),
    controlsFlagged: apps.reduce((n, a) => n + a.controlsFlagged.length, 0),
  };
}

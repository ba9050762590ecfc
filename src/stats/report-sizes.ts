/** What the report says about table sizes when a statistics file was read: which tables were measured, per finding the rows used. */

import type { Finding } from '../findings.js';
import type { StatisticsUsed } from '../report/audit-report.js';
import type { LoadedStats } from './load.js';
import { measuredSizes, tableSize } from './sizes.js';
import type { SizeInputs } from './sizes.js';

/**
 * The report's `statistics` section; null when no file was named or found. `planned` is false when no
 * planner ran, so no size was used at all.
 */
export function statisticsUsed(
  loaded: LoadedStats,
  tables: string[],
  sizing: Omit<SizeInputs, 'stats'>,
  planned: boolean,
): StatisticsUsed | null {
  if (!loaded.file) return null;
  return {
    file: loaded.file,
    measured: planned && loaded.stats ? measuredSizes(tables, { ...sizing, stats: loaded.stats }) : {},
    problems: loaded.problems,
  };
}

/** Each finding on a table gets the rows the planner gave that table and where they came from (evidence.tableSize). */
export function withTableSizes(
  findings: Finding[],
  loaded: LoadedStats,
  sizing: Omit<SizeInputs, 'stats'>,
): Finding[] {
  if (!loaded.stats) return findings;
  return findings.map((f) =>
    f.table
      ? {
          ...f,
          evidence: { ...f.evidence, tableSize: tableSize(f.table, { ...sizing, stats: loaded.stats }) },
        }
      : f,
  );
}

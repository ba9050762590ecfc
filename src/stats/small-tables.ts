/**
 * Findings on small tables are info at most: below SMALL_TABLE_ROWS a full read of the table costs about
 * what an index lookup does, so no index verdict there may block or warn. The size is the one the planner
 * used (database.tables, the statistics file, else assume-rows): on empty copies MariaDB still takes a
 * proposed index on a 6-row table, so the planner alone would call its absence critical.
 */

import type { Finding } from '../findings.js';
import { tableSize } from './sizes.js';
import type { SizeInputs, SizeSource } from './sizes.js';

/** PA102's default min-rows: the size below which reading the whole table is not a problem. */
export const SMALL_TABLE_ROWS = 10_000;

/** Rules whose verdict is about reading a table (not its schema hygiene, like PA106 or PA107). */
const TABLE_READ_RULES = new Set(['PA101', 'PA102', 'PA103', 'PA104', 'PA105']);

const FROM: Record<SizeSource, string> = {
  measured: 'measured',
  config: 'database.tables',
  assumed: 'assume-rows',
};

export function capSmallTables(findings: Finding[], sizing: SizeInputs): Finding[] {
  return findings.map((f) => {
    if (!f.table || !TABLE_READ_RULES.has(f.rule) || f.severity === 'info') return f;
    const size = tableSize(f.table, sizing);
    if (size.rows >= SMALL_TABLE_ROWS) return f;
    return {
      ...f,
      severity: 'info',
      message:
        `${f.message} ${f.table} holds ${size.rows.toLocaleString('en-US')} rows (${FROM[size.source]}): ` +
        `below ${SMALL_TABLE_ROWS.toLocaleString('en-US')} a full read is cheap, so this is info only.`,
    };
  });
}

/**
 * Fills planning twins with the rows planned by distribution.ts, tables side by side on a few connections
 * (each INSERT … SELECT runs on one core; two statements keep both busy), then has MariaDB measure them.
 */

import type { Connection, ResultSetHeader } from 'mysql2/promise';
import { chunks, onEach } from '../parallel.js';
import { insertSql } from './insert-sql.js';
import type { TablePlan } from './distribution.js';

const q = (name: string) => `\`${name.replace(/`/g, '``')}\``;

/**
 * Runs each table's INSERT; returns table → rows it now holds. A table whose INSERT fails stays empty
 * (one statement: InnoDB rolls it back whole) and is named in `warnings`; the planner then falls back to
 * written statistics for it.
 */
export async function fillTables(
  conns: Connection[],
  plans: TablePlan[],
  warnings: string[],
): Promise<Map<string, number>> {
  const filled = new Map<string, number>();
  if (plans.length === 0) return filled;
  // The twins are scratch copies without foreign keys (CREATE TABLE … LIKE copies none); this only makes
  // sure no check ever stands between a generated row and its table.
  await Promise.all(conns.map((c) => c.query('SET SESSION foreign_key_checks = 0')));
  // Largest first, so the last table to finish is a small one.
  const order = [...plans].sort((a, b) => b.rows * b.columns.length - a.rows * a.columns.length);
  const failed: string[] = [];
  await onEach(conns, order, async (c, plan) => {
    try {
      const [res] = await c.query<ResultSetHeader>(insertSql(plan));
      // Unique keys that hold far fewer combinations than planned (INSERT IGNORE dropped the rest) would
      // make a few rows stand for the whole table: such a table is emptied and planned on statistics.
      if (res.affectedRows * 2 >= plan.rows) filled.set(plan.table, res.affectedRows);
      else {
        await c.query(`TRUNCATE TABLE ${q(plan.table)}`);
        failed.push(`${plan.table} (its unique keys hold ${res.affectedRows} of ${plan.rows} rows)`);
      }
    } catch (err) {
      failed.push(
        `${plan.table} (${(err as { sqlMessage?: string; message?: string }).sqlMessage ?? (err as Error).message})`,
      );
    }
  });
  if (failed.length)
    warnings.push(`could not generate rows for ${failed.sort().join(', ')}; planned on written statistics`);
  return filled;
}

/**
 * Statistics of the filled tables from their rows: table_stats and index_stats (the planner's rows per
 * key). Column histograms are left out: they cost most of the time and the index dives already see the data.
 */
export async function analyzeFilled(conns: Connection[], tables: string[]): Promise<void> {
  await onEach(conns, chunks(tables, 10), (c, batch) =>
    c.query(`ANALYZE TABLE ${batch.map(q).join(', ')} PERSISTENT FOR COLUMNS () INDEXES ALL`),
  );
}

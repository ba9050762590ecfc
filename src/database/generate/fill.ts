/**
 * Fills planning twins with the rows planned by distribution.ts, tables side by side on a few connections
 * (each INSERT … SELECT runs on one core; two statements keep both busy), and has MariaDB measure them.
 */

import type { Connection, ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import { onEach } from '../parallel.js';
import { insertSql } from './insert-sql.js';
import type { TablePlan } from './distribution.js';

const q = (name: string) => `\`${name.replace(/`/g, '``')}\``;

/** Tables to create before they are filled (twins), and how: the planner's CREATE TABLE … LIKE. */
export interface Creation {
  tables: string[];
  create(conn: Connection, table: string): Promise<unknown>;
}

/**
 * Runs each table's INSERT, then has MariaDB measure the rows (table_stats and index_stats: the planner's
 * rows per key; column histograms are left out: they cost most of the time and the index dives already
 * see the data). Returns table → rows it now holds. A table whose INSERT fails stays empty (one
 * statement: InnoDB rolls it back whole) and is named in `warnings`; the planner then falls back to
 * written statistics for it. With `creation`, each table is created first on the connection that fills
 * it: one table is filled (CPU) while another is created (log writes), no step waits for every table.
 */
export async function fillTables(
  conns: Connection[],
  plans: TablePlan[],
  warnings: string[],
  creation: Creation = { tables: [], create: async () => undefined },
): Promise<Map<string, number>> {
  const filled = new Map<string, number>();
  const toCreate = new Set(creation.tables);
  if (plans.length === 0 && toCreate.size === 0) return filled;
  // The twins are scratch copies without foreign keys (CREATE TABLE … LIKE copies none), and tables
  // planned in place are never written by the app: this makes sure no check ever stands between a
  // generated row and its table.
  if (plans.length) await Promise.all(conns.map((c) => c.query('SET SESSION foreign_key_checks = 0')));
  const planned = new Set(plans.map((p) => p.table));
  // Largest first, so the last table to finish is a small one; the tables left empty only need creating.
  const order: { table: string; plan?: TablePlan }[] = [
    ...[...plans]
      .sort((a, b) => b.rows * b.columns.length - a.rows * a.columns.length)
      .map((plan) => ({ table: plan.table, plan })),
    ...creation.tables.filter((t) => !planned.has(t)).map((table) => ({ table })),
  ];
  const failed: string[] = [];
  await onEach(conns, order, async (c, { table, plan }) => {
    if (toCreate.has(table)) await creation.create(c, table);
    if (!plan) return;
    try {
      const [res] = await c.query<ResultSetHeader>(insertSql(plan));
      // Rows INSERT IGNORE dropped (unique keys that hold far fewer combinations than planned, a check
      // the values fail) would make a few rows stand for the whole table: it is emptied and planned on
      // statistics.
      if (res.affectedRows * 2 >= plan.rows) filled.set(plan.table, res.affectedRows);
      else {
        const why = await failedCheck(c);
        await c.query(`TRUNCATE TABLE ${q(plan.table)}`);
        failed.push(`${plan.table} (${droppedRows(res.affectedRows, plan.rows, why)})`);
      }
    } catch (err) {
      failed.push(
        `${plan.table} (${(err as { sqlMessage?: string; message?: string }).sqlMessage ?? (err as Error).message})`,
      );
    }
    if (filled.has(plan.table))
      await c.query(`ANALYZE TABLE ${q(plan.table)} PERSISTENT FOR COLUMNS () INDEXES ALL`);
  });
  if (failed.length)
    warnings.push(`could not generate rows for ${failed.sort().join(', ')}; planned on written statistics`);
  return filled;
}

/**
 * Why INSERT IGNORE dropped rows: a check the values failed (MariaDB's message), else null (a repeated unique
 * key, or a warning past the ones the server keeps). Values clipped into their column are kept, not dropped.
 */
async function failedCheck(c: Connection): Promise<string | null> {
  const [rows] = await c.query<RowDataPacket[]>('SHOW WARNINGS').catch(() => [[] as RowDataPacket[]]);
  const check = rows.find((r) => Number(r.Code) === ER_CONSTRAINT_FAILED);
  return check ? String(check.Message) : null;
}

/** MariaDB's error code for a row that fails a CHECK constraint. */
const ER_CONSTRAINT_FAILED = 4025;

/** How many rows a table kept, and why the others were dropped. Pure. */
export function droppedRows(kept: number, planned: number, failedCheck: string | null): string {
  if (!failedCheck) return `its unique keys hold ${kept} of ${planned} rows`;
  return `${kept} of ${planned} rows kept: ${failedCheck}`;
}

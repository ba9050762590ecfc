/** PA103 filesort / temporary table: a sorted or grouped query sorts many rows outside any index. */

import type { FindingDraft } from '../findings.js';
import { describeAccess, isFullScan } from '../database/explain.js';
import type { Rule } from './rule.js';
import {
  coveredShapes,
  locationsOf,
  missingIndexes,
  earnedEverywhere,
  occurrencesOf,
  planFor,
} from './pa101-missing-index.js';
import { calibrate } from './calibrate/calibrate.js';
import { minRows, wantsPartOfTable } from './pa102-full-table-scan.js';
import { alsoSortable, alsoSortableNote } from './sort-alternatives.js';
import { capSeverity } from './calibrate/place-severity.js';
import { narrows } from './calibrate/unseekable-filters.js';
import type { QueryShape } from '../project/model.js';
import { isClusteredKey, splitColumn, uniqueKeyLeading } from '../schema/index-match.js';
import { findTable, resolveColumn, type Schema, type Table } from '../schema/model.js';
import { prefixable } from '../schema/table-index-plan.js';
import { quotedColumns } from './quoted-columns.js';
import type { RuleContext } from './rule.js';

/**
 * Sorting a few thousand rows is cheap: they fit MariaDB's default 2 MB sort buffer and sort in memory in a
 * few milliseconds at most. The rule is about sorting a table's worth (one parent's children, ~1,000 rows at the
 * assumed scale, are not), the same floor as PA102's.
 */
const DEFAULT_MIN_ROWS = 10_000;

/**
 * A sorted query that reads every row of its table (an export, a report): no LIMIT, no filter that narrows
 * (soft deletes, spelled out or not, and IS NOT NULL keep most rows), no GROUP BY, no join but LEFT joins (which keep every row).
 * Reading the rows is its cost; the sort adds little, and no index removes the read.
 */
export function sortsEveryRow(shape: QueryShape): boolean {
  return shape.groupBy.length === 0 && readsEveryRow(shape);
}

/** No LIMIT, no filter that narrows, no join but LEFT joins: every row of the table is read. */
function readsEveryRow(shape: QueryShape): boolean {
  if (shape.limit !== undefined || shape.single) return false;
  if (shape.joins.some((j) => j.type !== 'left')) return false;
  return !shape.where.some(narrows);
}

/**
 * A GROUP BY of every row whose columns start with a unique key of the table (`GROUP BY id, file_name, path`,
 * as a GROUP_CONCAT over a left join asks): each group is one row already, so the temporary table holds what
 * the read does, and the remedy is grouping by the key alone, not an index. The key's columns, else null.
 */
export function groupsByUniqueKey(ctx: RuleContext, shape: QueryShape, table: string): string[] | null {
  if (shape.groupBy.length === 0 || !readsEveryRow(shape)) return null;
  if (shape.table.toLowerCase() !== table.toLowerCase()) return null;
  const t = findTable(ctx.schema, table);
  if (!t) return null;
  const owned = shape.groupBy.filter((c) => ownerOf(shape, c, ctx.schema) === table.toLowerCase());
  if (owned.length !== shape.groupBy.length) return null;
  const key = uniqueKeyLeading(
    t,
    owned.map((c) => splitColumn(c).column),
  );
  return key ? key.columns : null;
}

function groupKeyNote(table: string, key: string[]): string {
  return (
    `Info only: the GROUP BY starts with ${table}'s unique key ${quotedColumns(key)}, so each group is one row, ` +
    'and the query reads every row (no filter, no LIMIT): the temporary table holds what the read does.'
  );
}

/**
 * The table that owns a sorted or grouped column: its qualifier when it names a table of the query; an
 * unqualified name is the query's own table's, unless only a joined table has it (MariaDB resolves it there:
 * `orderBy('play_count')` over a join of interactions). null when the qualifier names none of them (an alias).
 */
function ownerOf(shape: QueryShape, column: string, schema?: Schema): string | null {
  const tables = [shape.table, ...shape.joins.map((j) => j.table)].map((t) => t.toLowerCase());
  const { table, column: name } = splitColumn(column);
  if (table !== null) return tables.includes(table) ? table : null;
  // Without the query's own table in the schema, nothing says the column is not its.
  if (!schema || !findTable(schema, shape.table)) return shape.table.toLowerCase();
  const known = tables.map((t) => findTable(schema, t)).filter((t): t is Table => !!t);
  return resolveColumn(known, null, name)?.table.name.toLowerCase() ?? shape.table.toLowerCase();
}

/** A sort term as the grouped columns are written: a joined table's column with its table. */
const sortedName = (o: QueryShape['orderBy'][number]): string =>
  o.table ? `${o.table}.${o.column}` : o.column;

/** The grouped, then the sorted columns, each once: `groupBy('a', 'b')->orderBy('a')` is (a, b). */
function sortedColumns(shape: QueryShape): string[] {
  const sorted = shape.orderBy.map(sortedName);
  return [...new Set([...shape.groupBy, ...sorted])];
}

/**
 * A sort or grouping on columns of another table than the one the plan reads first (`users.name` of a
 * role's members, read through `role_user`): an index on the table the filesort sits on cannot give that
 * order, whatever its columns. The owner of that column, when the query names it.
 */
export function sortedElsewhere(
  shape: QueryShape,
  table: string,
  schema?: Schema,
  bounded = false,
): string | null {
  const owners = sortedColumns(shape).map((c) => ownerOf(shape, c, schema));
  // Bounded, reading the other table first in its order may pay, unless it is LEFT JOINed: MariaDB keeps a
  // LEFT JOIN's order and reads it after the table it joins.
  const leftJoined = (o: string) => shape.joins.some((j) => j.type === 'left' && j.table.toLowerCase() === o);
  const other = owners.find((o) => o !== null && o !== table.toLowerCase() && (!bounded || leftJoined(o)));
  return other ?? null;
}

function elsewhereNote(owner: string, table: string, bounded: boolean): string {
  return bounded
    ? `Info only: the sorted or grouped columns are ${owner}'s, which MariaDB reads after ${table} (a LEFT JOIN ` +
        `keeps that order), so no index on ${table} gives that order and none on ${owner} can be read first.`
    : `Info only: the sorted or grouped columns are ${owner}'s, which MariaDB reads after ${table}, so no index ` +
        `on ${table} gives that order, and the query reads every row it finds (no LIMIT), so reading ${owner} first ` +
        'in that order would not pay either.';
}

/**
 * The sorted or grouped columns of `table` that are TEXT or BLOB: MariaDB indexes such a column only by a
 * prefix, and a prefix gives no order, so no index can remove that sort (a VARCHAR column could).
 */
export function unorderableColumns(ctx: RuleContext, shape: QueryShape, table: string): string[] {
  const t = findTable(ctx.schema, table);
  if (!t) return [];
  return sortedColumns(shape)
    .filter((c) => ownerOf(shape, c, ctx.schema) === table.toLowerCase())
    .map((c) => splitColumn(c).column)
    .filter((c) => prefixable(t, c));
}

function unorderableNote(columns: string[]): string {
  return (
    `Info only: ${quotedColumns(columns)} ${columns.length > 1 ? 'are TEXT or BLOB columns' : 'is a TEXT or BLOB column'}, which an index ` +
    'holds only a prefix of, so no index gives that order.'
  );
}

/**
 * An unbounded sort by nothing but the table's primary key (`chunk()` and `lazy()` pages, `orderBy('id')` of a
 * job): every InnoDB index already ends with that key, so the filesort comes from a range or IN on the index
 * the filter reads, which no index can put before the key without losing the seek. The query reads every row
 * it finds, so the read, not the sort, is its cost: the filter's index is the finding to look at, not the sort.
 */
export function sortsByKeyOnly(ctx: RuleContext, shape: QueryShape, table: string): boolean {
  if (shape.limit !== undefined || shape.single || shape.groupBy.length > 0) return false;
  const t = findTable(ctx.schema, table);
  const sorted = shape.orderBy.map(sortedName);
  if (!t || sorted.some((c) => ownerOf(shape, c, ctx.schema) !== table.toLowerCase())) return false;
  return isClusteredKey(
    t,
    sorted.map((c) => splitColumn(c).column.toLowerCase()),
  );
}

function keyOrderNote(table: string): string {
  return (
    `Info only: the sort is by ${table}'s primary key, which every InnoDB index already ends with, and the ` +
    'query reads every row it finds (no LIMIT), so the read, not the sort, is its cost.'
  );
}

function everyRowNote(table: string): string {
  return (
    `Info only: the query reads every row of ${table} (no filter, no LIMIT), so the read, not the sort, is ` +
    'its cost; bound it (paginate, chunkById, lazyById) if the rows need not all be read at once.'
  );
}

export const pa103FilesortTemporary: Rule = {
  id: 'PA103',
  name: 'filesort-temporary',
  title: 'Sorted or grouped query sorts outside an index',
  defaultSeverity: 'warning',
  needs: 'database',
  check(ctx) {
    if (!ctx.database) return [];
    const covered = coveredShapes(missingIndexes(ctx));
    const threshold = minRows(ctx, 'PA103', DEFAULT_MIN_ROWS);
    const pa102Threshold = minRows(ctx, 'PA102', 10_000);
    const drafts: FindingDraft[] = [];
    const done = new Set<string>();
    for (const shape of ctx.project.queries) {
      if (done.has(shape.id)) continue;
      done.add(shape.id);
      if (shape.orderBy.length === 0 && shape.groupBy.length === 0) continue;
      const sp = planFor(ctx, shape.id);
      if (!sp) continue;
      const sorted = sp.before.accesses.filter((a) => a.filesort || a.temporary);
      if (sorted.length === 0) continue;
      if (covered.has(shape.id)) continue;
      // A full scan of a partial query is PA102's finding; say it once.
      const pa102 = sp.before.accesses.some(
        (a) => isFullScan(a) && wantsPartOfTable(shape, a.table) && (a.tableRows ?? a.rows) >= pa102Threshold,
      );
      if (pa102) continue;
      const a = sorted.reduce((x, y) => (y.rows > x.rows ? y : x));
      if (a.rows < threshold) continue;
      const what = [a.filesort ? 'a filesort' : '', a.temporary ? 'a temporary table' : '']
        .filter(Boolean)
        .join(' and ');
      const by = shape.groupBy.length
        ? `GROUP BY ${shape.groupBy.join(', ')}`
        : `ORDER BY ${shape.orderBy.map((o) => `${o.column} ${o.direction}`).join(', ')}`;
      const cal = calibrate(ctx, a.table, earnedEverywhere(ctx, shape.id, 'warning'));
      if (cal.severity === null) continue;
      // Located at the occurrence that gave the severity (a controller's, not a seeder's copy).
      const at = cal.decisive ?? shape;
      const whole = a.table.toLowerCase() === shape.table.toLowerCase() && sortsEveryRow(shape);
      const bounded = shape.limit !== undefined || !!shape.single;
      const elsewhere = sortedElsewhere(shape, a.table, ctx.schema, bounded);
      const unorderable = unorderableColumns(ctx, shape, a.table);
      const byKey = !whole && sortsByKeyOnly(ctx, shape, a.table);
      const groupKey = groupsByUniqueKey(ctx, shape, a.table);
      const severity =
        whole || elsewhere || unorderable.length || byKey || groupKey
          ? (capSeverity(cal.severity, 'info') ?? 'info')
          : cal.severity;
      const notes = [
        ...cal.notes,
        ...(whole ? [everyRowNote(a.table)] : []),
        ...(elsewhere ? [elsewhereNote(elsewhere, a.table, bounded)] : []),
        ...(unorderable.length ? [unorderableNote(unorderable)] : []),
        ...(byKey ? [keyOrderNote(a.table)] : []),
        ...(groupKey ? [groupKeyNote(a.table, groupKey)] : []),
      ];
      const locations = locationsOf(ctx, new Set([shape.id]));
      const same = occurrencesOf(ctx, shape.id);
      const fix = unorderable.length
        ? `Sort by a VARCHAR column (a copy of ${quotedColumns(unorderable)} or a shorter sort key) that an index can hold whole, or drop the sort.`
        : byKey
          ? 'Read it in key ranges (chunkById(), lazyById()) or bound it with LIMIT; no index removes this sort.'
          : groupKey
            ? `Group by the key alone (${quotedColumns(groupKey)}), or paginate; no index is needed.`
            : `Index the ${shape.groupBy.length ? 'grouped' : 'sorted'} columns after the equality-filtered ones, or bound the query with LIMIT.`;
      drafts.push({
        title: `${a.table}: ${by} uses ${what}`,
        message:
          `${at.code || at.table} at ${at.location.file}:${at.location.line} sorts ${a.rows.toLocaleString('en-US')} rows ` +
          `with ${what} at production scale (${describeAccess(a)}). ${fix}${notes.map((n) => ` ${n}`).join('')}` +
          alsoSortableNote(same),
        severity,
        location: at.location,
        locations,
        table: a.table,
        columns: sortedColumns(shape),
        query: sp.before.sql,
        evidence: {
          decidedBy: 'planner',
          sql: sp.before.sql,
          explain: sp.before.accesses,
          rows: a.rows,
          ...(alsoSortable(same).length ? { alsoSortable: alsoSortable(same) } : {}),
          ...cal.evidence,
          ...(whole ? { readsEveryRow: true } : {}),
          ...(elsewhere ? { sortedColumnsOf: elsewhere } : {}),
          ...(unorderable.length ? { prefixOnlyColumns: unorderable } : {}),
          ...(byKey ? { sortedByPrimaryKey: true } : {}),
          ...(groupKey ? { groupedByUniqueKey: groupKey } : {}),
        },
        fix: { text: fix },
      });
    }
    return drafts;
  },
};

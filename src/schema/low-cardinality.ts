/**
 * Columns that hold a handful of values: booleans (and the integer flags Laravel apps declare with
 * `tinyInteger()->default(0)`), small enums, and status- or type-like columns the code compares to a few
 * literals. An equality on one keeps a large share of the table (a boolean about half, a status a tenth), so
 * an index made only of them seldom narrows a lookup enough to pay for its writes: they may follow a
 * selective column in an index, never stand for one. Pure, from the schema alone.
 */

import type { Column, Table } from './model.js';
import { findColumn } from './model.js';

export type LowCardinality = 'boolean' | 'enum' | 'status-like' | 'type-like';

/** Column types that hold a yes/no value (the row generator gives them two values too). */
export const BOOLEAN_TYPE = /^(tinyint\(1\)|bool|boolean|bit\(1\))(\s|$)/i;
const TINYINT = /^tinyint\b/i;
const INTEGER = /^(tinyint|smallint|mediumint|int|integer|bigint)\b/i;
const STRING = /^(var)?char\(/i;
/** Names that read as a yes/no question: is_active, has_paid, can_login… */
const FLAG_NAME = /^(is|has|can|should|was|allow|allows)_/i;
/** Name endings of columns that hold a status or a type: a handful of values the code names. */
export const STATUS_WORDS = [
  'status',
  'state',
  'stage',
  'level',
  'priority',
  'mode',
  'role',
  'visibility',
  'gender',
];
export const TYPE_WORDS = ['type', 'kind'];
const STATUS_NAME = new RegExp(`(^|_)(${STATUS_WORDS.join('|')})$`, 'i');
const TYPE_NAME = new RegExp(`(^|_)(${TYPE_WORDS.join('|')})$`, 'i');
/** An enum or set with at most this many members is a handful of values. */
const SMALL_ENUM = 20;

/** A default of 0 or 1, however the schema spells it (`0`, `'1'`). */
function defaultsToBit(column: Column): boolean {
  const d = column.default?.trim().replace(/^'(.*)'$/, '$1');
  return d === '0' || d === '1';
}

/**
 * A yes/no column: a boolean type, a tinyint defaulting to 0 or 1 (`tinyInteger('requestable')->default(0)`),
 * or an integer named like a question (`is_…`, `has_…`).
 */
export function isBooleanLike(column: Column): boolean {
  const type = column.type.trim();
  if (BOOLEAN_TYPE.test(type)) return true;
  if (TINYINT.test(type) && defaultsToBit(column)) return true;
  return INTEGER.test(type) && FLAG_NAME.test(column.name);
}

/**
 * A flag (boolean-like) or a `*_type` column: a handful of values, whatever the data. Such a column narrows an
 * index seek least and never leads a composite when a better column can.
 */
export function isFlagOrType(table: Table, column: string): boolean {
  const col = findColumn(table, column);
  return (!!col && isBooleanLike(col)) || /(^|_)type$/i.test(column);
}

/** Why the column holds only a handful of values, or null when it may hold many. */
export function lowCardinalityOf(table: Table, name: string): LowCardinality | null {
  const column = findColumn(table, name);
  if (!column) return null;
  const lower = column.name.toLowerCase();
  const uniqueAlone = table.indexes.some(
    (i) => (i.unique || i.primary) && i.columns.length === 1 && i.columns[0].toLowerCase() === lower,
  );
  if (uniqueAlone) return null;
  if (isBooleanLike(column)) return 'boolean';
  const members = /^(enum|set)\((.*)\)$/i.exec(column.type.trim());
  if (members) return (members[2].match(/'(?:[^']|'')*'/g) ?? []).length <= SMALL_ENUM ? 'enum' : null;
  // A key of another row (`status_id`) holds as many values as its parent has rows.
  if (lower.endsWith('_id')) return null;
  const type = column.type.trim();
  if (!INTEGER.test(type) && !STRING.test(type)) return null;
  if (TYPE_NAME.test(lower)) return 'type-like';
  if (STATUS_NAME.test(lower)) return 'status-like';
  return null;
}

/** Every column's reason when all of them hold a handful of values; null when one of them may narrow. */
export function allLowCardinality(table: Table, columns: string[]): Record<string, LowCardinality> | null {
  if (columns.length === 0) return null;
  const out: Record<string, LowCardinality> = {};
  for (const c of columns) {
    const why = lowCardinalityOf(table, c);
    if (!why) return null;
    out[c] = why;
  }
  return out;
}

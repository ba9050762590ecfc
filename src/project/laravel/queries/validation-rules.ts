/**
 * Laravel's `unique` and `exists` validation rules query the database on every request they validate:
 *   'email' => 'required|unique:users,email,' . $user->id      select count(*) from users where email = ? and id <> ?
 *   'category_id' => ['exists:categories,id']                   select count(*) from categories where id = ?
 *   Rule::unique('users')->ignore($user)->where('account_id', 1)
 * (DatabasePresenceVerifier::getCount). This module reads the rule strings; the walker reads the
 * `Rule::unique()` / `Rule::exists()` chains with the query builder's own methods.
 */

import type { Operator } from '../../model.js';

export interface RuleQuery {
  rule: 'unique' | 'exists';
  /** The table, or a model class (`unique:App\Models\User`) the caller resolves. */
  table: string;
  /** The column compared to the input, or null when it is the attribute's (the rule names none). */
  column: string | null;
  /** `unique`'s ignored row: the key column compared with `<>` (`unique:users,email,5` → `id <> ?`). */
  except?: string;
  /** The rule's extra conditions (`unique:users,email,NULL,id,account_id,1`). */
  extra: { column: string; op: Operator }[];
}

/** Stands for a part of a rule string the code computes (`'unique:users,email,' . $id`). */
export const COMPUTED = '\u0000';

/**
 * The database rules in a rule string (`required|email|unique:users,email`); rules whose table or column is
 * computed are left out. `text` may hold COMPUTED where the code concatenates a value.
 */
export function databaseRules(text: string): RuleQuery[] {
  const out: RuleQuery[] = [];
  for (const rule of text.split('|')) {
    const colon = rule.indexOf(':');
    const name = (colon < 0 ? rule : rule.slice(0, colon)).trim().toLowerCase();
    if ((name !== 'unique' && name !== 'exists') || colon < 0) continue;
    const parsed = parseRule(name, rule.slice(colon + 1).split(','));
    if (parsed) out.push(parsed);
  }
  return out;
}

/** `unique`/`exists` with its parameters already split (the `Rule::` form passes them as arguments). */
export function parseRule(rule: 'unique' | 'exists', params: string[]): RuleQuery | null {
  const [rawTable, rawColumn] = params;
  if (!rawTable || rawTable.includes(COMPUTED)) return null;
  const table = tableName(rawTable.trim());
  const column = rawColumn === undefined || isNull(rawColumn) ? null : rawColumn.trim();
  if (column !== null && (column.includes(COMPUTED) || column === '')) return null;
  const query: RuleQuery = { rule, table, column, extra: [] };
  let rest = params.slice(2);
  if (rule === 'unique') {
    const [except, idColumn] = rest;
    // Laravel ignores the row only when the third parameter is given and is not "NULL".
    if (except !== undefined && except.trim() !== '' && !isNull(except)) {
      const key = idColumn === undefined || isNull(idColumn) ? 'id' : idColumn.trim();
      if (!key.includes(COMPUTED)) query.except = key;
    }
    rest = rest.slice(2);
  }
  for (let i = 0; i + 1 < rest.length; i += 2) {
    const col = rest[i].trim();
    if (!col || col.includes(COMPUTED)) continue;
    query.extra.push({ column: col, op: extraOperator(rest[i + 1].trim()) });
  }
  return query;
}

/** The attribute's own column when the rule names none: the last segment of `items.*.sku` (Laravel's guess). */
export function attributeColumn(attribute: string): string | null {
  const last = attribute.split('.').pop() ?? '';
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(last) ? last : null;
}

const isNull = (s: string) => s.trim().toUpperCase() === 'NULL';

/** `connection.table` → `table`; a class name is kept for the caller. */
function tableName(raw: string): string {
  if (raw.includes('\\')) return raw.replace(/^\\/, '');
  const dot = raw.indexOf('.');
  return dot < 0 ? raw : raw.slice(dot + 1);
}

/** An extra condition's value: `NULL`, `NOT_NULL`, `!value` or a value (DatabaseRule / getExtraConditions). */
function extraOperator(value: string): Operator {
  if (value.toUpperCase() === 'NULL') return 'is null';
  if (value.toUpperCase() === 'NOT_NULL') return 'is not null';
  if (value.startsWith('!')) return '!=';
  return '=';
}

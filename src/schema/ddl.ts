/**
 * Renders the final schema as MariaDB DDL, in the words Laravel's MySQL grammar uses (`bigint unsigned`,
 * `varchar(255)`, `collate 'utf8mb4_unicode_ci'`): one CREATE TABLE per table with its indexes inline, then
 * the foreign keys once every table exists.
 */

import type { Column, ForeignKey, Index, Schema, Table } from './model.js';

export const DEFAULT_CHARSET = 'utf8mb4';
export const DEFAULT_COLLATION = 'utf8mb4_unicode_ci';

export function quoteIdent(name: string): string {
  return '`' + name.replace(/`/g, '``') + '`';
}

export function quoteString(value: string): string {
  return "'" + value.replace(/\\/g, '\\\\').replace(/'/g, "''") + "'";
}

const columnList = (cols: string[], subParts?: (number | null)[]) =>
  cols.map((c, i) => quoteIdent(c) + (subParts?.[i] ? `(${subParts[i]})` : '')).join(', ');

export function renderColumn(c: Column): string {
  let sql = `${quoteIdent(c.name)} ${c.type}`;
  if (c.charset) sql += ` character set ${c.charset}`;
  if (c.collation) sql += ` collate ${quoteString(c.collation)}`;
  if (c.generated) {
    sql += ` as (${c.generated.expression})${c.generated.stored ? ' stored' : ''}`;
    if (!c.nullable) sql += ' not null';
  } else {
    sql += c.nullable ? ' null' : ' not null';
  }
  if (c.default !== null && c.default !== undefined && !c.generated) sql += ` default ${c.default}`;
  if (c.onUpdate) sql += ` on update ${c.onUpdate}`;
  if (c.autoIncrement) sql += ' auto_increment';
  if (c.comment !== undefined && c.comment !== '') sql += ` comment ${quoteString(c.comment)}`;
  return sql;
}

export function renderIndex(i: Index): string {
  const cols = columnList(i.columns, i.subParts);
  if (i.primary) return `primary key (${cols})`;
  if (i.kind === 'fulltext') return `fulltext key ${quoteIdent(i.name)} (${cols})`;
  if (i.kind === 'spatial') return `spatial key ${quoteIdent(i.name)} (${cols})`;
  return `${i.unique ? 'unique key' : 'key'} ${quoteIdent(i.name)} (${cols})`;
}

export function renderForeignKey(table: string, fk: ForeignKey): string {
  let sql =
    `alter table ${quoteIdent(table)} add constraint ${quoteIdent(fk.name)} foreign key (${columnList(fk.columns)})` +
    ` references ${quoteIdent(fk.refTable)} (${columnList(fk.refColumns)})`;
  // RESTRICT is the default; written out, MariaDB 10.11 records it as NO ACTION when the key is added with
  // FOREIGN_KEY_CHECKS=0, so it is left implicit (information_schema then says RESTRICT, as Laravel's does).
  if (fk.onDelete && fk.onDelete.toUpperCase() !== 'RESTRICT') sql += ` on delete ${fk.onDelete}`;
  if (fk.onUpdate && fk.onUpdate.toUpperCase() !== 'RESTRICT') sql += ` on update ${fk.onUpdate}`;
  return sql;
}

/** CREATE TABLE with columns and indexes; foreign keys are left to renderSchemaDdl. */
export function renderCreateTable(table: Table): string {
  const parts = [...table.columns.map(renderColumn), ...table.indexes.map(renderIndex)];
  let sql = `create table ${quoteIdent(table.name)} (${parts.join(', ')})`;
  sql += ` default character set ${table.charset ?? DEFAULT_CHARSET}`;
  sql += ` collate ${quoteString(table.collation ?? defaultCollation(table.charset))}`;
  if (table.engine) sql += ` engine = ${table.engine}`;
  if (table.comment) sql += ` comment = ${quoteString(table.comment)}`;
  return sql;
}

/** A table charset other than utf8mb4 without a collation gets that charset's default collation from MariaDB. */
function defaultCollation(charset: string | undefined): string {
  if (!charset || charset === DEFAULT_CHARSET) return DEFAULT_COLLATION;
  return charset === 'utf8' || charset === 'utf8mb3' ? 'utf8mb3_unicode_ci' : `${charset}_general_ci`;
}

/** Every table, then every foreign key: no ordering problem between tables that reference each other. */
export function renderSchemaDdl(schema: Schema): string[] {
  const out = schema.tables.map(renderCreateTable);
  for (const t of schema.tables) for (const fk of t.foreignKeys) out.push(renderForeignKey(t.name, fk));
  return out;
}

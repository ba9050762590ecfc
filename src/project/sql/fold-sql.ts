/**
 * Reads the SQL statements that only add or drop indexes (CREATE INDEX, ALTER TABLE … ADD INDEX/UNIQUE/
 * FULLTEXT, DROP INDEX) with node-sql-parser, so raw migration SQL of that kind joins the folded schema.
 * Anything else is left for MariaDB to run as written.
 */

import type { Position, SchemaFold } from '../../schema/fold.js';
import type { Index } from '../../schema/model.js';
import {
  columnFromDefinition,
  createTable,
  foreignKeyFrom,
  indexColumns,
  indexFrom,
} from './create-table.js';
import { parseSql } from './parser.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ast = Record<string, any>;

export type SqlFoldResult = { folded: true; error: string | null } | { folded: false };

/** CREATE INDEX columns; node-sql-parser reads a prefix `name(10)` as a call. */
function createIndexColumns(defs: Ast[]): { columns: string[]; subParts?: (number | null)[] } | null {
  const plain = defs.map((d) =>
    d.type === 'function' && d.args?.value?.length === 1 && d.args.value[0].type === 'number'
      ? { column: d.name?.name?.[0]?.value, suffix: `(${d.args.value[0].value})` }
      : d,
  );
  if (plain.some((d) => typeof d.column !== 'string')) return null;
  return indexColumns(plain);
}

function position(e: Ast): Position {
  const keyword = String(e.suffix?.keyword ?? '').toLowerCase();
  if (keyword === 'after' && e.suffix.expr?.column) return { after: String(e.suffix.expr.column) };
  if (keyword === 'first') return { first: true };
  return null;
}

/** One ALTER TABLE action as a fold step, or null when it is not one the fold follows. */
function alterStep(fold: SchemaFold, table: string, e: Ast): (() => string | null) | null {
  const action = String(e.action ?? '').toLowerCase();
  const resource = String(e.resource ?? '').toLowerCase();
  if (action === 'add' && resource === 'column' && e.definition) {
    const column = columnFromDefinition(e);
    return () => fold.addColumn(table, column, position(e));
  }
  if (action === 'add' && resource === 'index') {
    const index = indexFrom({ ...e, constraint_type: e.keyword });
    return index ? () => fold.addIndex(table, index) : null;
  }
  if (action === 'add' && resource === 'constraint' && e.create_definitions) {
    const fk = foreignKeyFrom(e.create_definitions);
    if (fk) return () => fold.addForeignKey(table, fk);
    const index = indexFrom(e.create_definitions);
    return index ? () => fold.addIndex(table, index) : null;
  }
  if (action === 'drop' && resource === 'column' && e.column?.column)
    return () => fold.dropColumn(table, String(e.column.column));
  if (action === 'drop' && resource === 'index' && typeof e.index === 'string')
    return () => fold.dropIndex(table, e.index);
  if (
    action === 'drop' &&
    resource === 'key' &&
    String(e.keyword).toLowerCase() === 'foreign key' &&
    typeof e.key === 'string'
  ) {
    return () => fold.dropForeignKey(table, e.key);
  }
  if (action === 'modify' && resource === 'column' && e.definition) {
    const column = columnFromDefinition(e);
    return () => fold.replaceColumn(table, column.name, column, position(e));
  }
  if (action === 'rename' && resource === 'column' && e.old_column?.column && e.column?.column) {
    return () => fold.renameColumn(table, String(e.old_column.column), String(e.column.column));
  }
  return null;
}

/** Applies the statement to the fold when it is one of the index statements above. */
export function foldSqlStatement(
  fold: SchemaFold,
  sql: string,
  origin: { file: string; line: number } = { file: '', line: 0 },
): SqlFoldResult {
  const asts = parseSql(sql);
  if (!asts || asts.length !== 1) return { folded: false };
  const ast = asts[0];
  // CREATE TABLE that node-sql-parser reads fully joins the fold, so later Schema::table calls find it.
  if (ast.type === 'create' && ast.keyword === 'table' && !ast.temporary && !ast.as && !ast.query_expr) {
    return { folded: true, error: createTable(fold, ast, origin) };
  }
  if (ast.type === 'create' && ast.keyword === 'index' && typeof ast.index === 'string') {
    const cols = createIndexColumns(ast.index_columns ?? []);
    if (!cols || ast.index_using || !ast.table?.table || !fold.hasTable(ast.table.table))
      return { folded: false };
    const type = String(ast.index_type ?? '').toLowerCase();
    const index: Index = {
      name: ast.index,
      ...cols,
      unique: type.includes('unique'),
      kind: type.includes('fulltext') ? 'fulltext' : type.includes('spatial') ? 'spatial' : 'btree',
    };
    return { folded: true, error: fold.addIndex(ast.table.table, index) };
  }
  if (
    ast.type === 'drop' &&
    ast.keyword === 'index' &&
    fold.hasTable(ast.table?.table ?? '') &&
    typeof ast.name?.column === 'string'
  ) {
    return { folded: true, error: fold.dropIndex(ast.table.table, ast.name.column) };
  }
  if (ast.type === 'alter' && Array.isArray(ast.table) && ast.table.length === 1 && Array.isArray(ast.expr)) {
    const table = ast.table[0].table as string;
    // Tables the fold does not know (made by other raw SQL) are left to MariaDB.
    if (!fold.hasTable(table)) return { folded: false };
    const steps: (() => string | null)[] = [];
    for (const e of ast.expr as Ast[]) {
      const step = alterStep(fold, table, e);
      // One part the fold cannot follow: the whole statement runs as written.
      if (!step) return { folded: false };
      steps.push(step);
    }
    for (const step of steps) {
      const error = step();
      if (error) return { folded: true, error };
    }
    return { folded: true, error: null };
  }
  return { folded: false };
}

/** CREATE TABLE read with node-sql-parser and applied to the in-memory fold (dumps, SQL files, raw migration SQL). */

import type { SchemaFold } from '../../schema/fold.js';
import type { Column, ForeignKey, Index } from '../../schema/model.js';
import { sqlOfExpression } from './parser.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ast = Record<string, any>;

export interface PendingKey {
  run: () => string | null;
  origin: { file: string; line: number };
}

function columnType(def: Ast): string {
  const base = String(def.dataType ?? '').toLowerCase();
  if ((base === 'enum' || base === 'set') && def.expr?.value) {
    return `${base}(${(def.expr.value as Ast[]).map((v) => `'${String(v.value).replace(/'/g, "''")}'`).join(',')})`;
  }
  let type = base;
  if (def.length !== undefined && def.length !== null)
    type += `(${def.length}${def.scale !== undefined && def.scale !== null ? `,${def.scale}` : ''})`;
  for (const s of (def.suffix ?? []) as string[]) type += ` ${String(s).toLowerCase()}`;
  return type;
}

/** A column definition node (CREATE TABLE, ALTER TABLE ADD/MODIFY) as a Column. */
export function columnFromDefinition(d: Ast): Column {
  const col: Column = {
    name: d.column.column,
    type: columnType(d.definition),
    nullable: d.nullable?.type !== 'not null' && !d.primary_key,
    default: null,
  };
  const dv = d.default_val?.value;
  if (dv) {
    if (dv.type === 'null') col.default = 'NULL';
    else if (dv.type === 'single_quote_string' || dv.type === 'string')
      col.default = `'${String(dv.value).replace(/'/g, "''")}'`;
    else if (dv.type === 'number' || dv.type === 'bool') col.default = String(dv.value);
    else col.default = sqlOfExpression({ ...dv, over: null }) ?? null;
    // node-sql-parser hangs `ON UPDATE …` on the default expression.
    if (dv.over?.type === 'on update') col.onUpdate = String(dv.over.keyword);
  }
  if (d.auto_increment) col.autoIncrement = true;
  if (d.generated?.expr) {
    col.generated = {
      expression: sqlOfExpression(d.generated.expr) ?? '',
      stored: d.generated.storage_type === 'stored',
    };
  }
  if (d.comment?.value?.value !== undefined) col.comment = String(d.comment.value.value);
  if (d.collate?.collate?.name) col.collation = d.collate.collate.name;
  if (d.character_set?.value?.value) col.charset = d.character_set.value.value;
  return col;
}

export function indexColumns(defs: Ast[]): { columns: string[]; subParts?: (number | null)[] } {
  const columns = defs.map((c) => String(c.column));
  const subParts = defs.map((c) =>
    typeof c.suffix === 'string' && /^\(\d+\)$/.test(c.suffix) ? Number(c.suffix.slice(1, -1)) : null,
  );
  return subParts.some((s) => s !== null) ? { columns, subParts } : { columns };
}

/** A FOREIGN KEY constraint node as a ForeignKey, or null when the node is something else. */
export function foreignKeyFrom(d: Ast): ForeignKey | null {
  if (String(d.constraint_type ?? '').toLowerCase() !== 'foreign key') return null;
  const ref = d.reference_definition;
  const actions: Record<string, string> = {};
  for (const a of (ref?.on_action ?? []) as Ast[])
    actions[a.type] = String(a.value?.value ?? '').toUpperCase();
  return {
    name: d.constraint ?? `fk_${(d.definition as Ast[]).map((c) => c.column).join('_')}`,
    columns: (d.definition as Ast[]).map((c) => String(c.column)),
    refTable: ref?.table?.[0]?.table,
    refColumns: ((ref?.definition ?? []) as Ast[]).map((c) => String(c.column)),
    ...(actions['on delete'] ? { onDelete: actions['on delete'] } : {}),
    ...(actions['on update'] ? { onUpdate: actions['on update'] } : {}),
  };
}

/** A key/index/unique/primary/fulltext/spatial node as an Index (CHECK constraints give null). */
export function indexFrom(d: Ast): Index | null {
  const kind = String(d.constraint_type ?? d.keyword ?? '').toLowerCase();
  if (kind === 'check' || !Array.isArray(d.definition)) return null;
  const cols = indexColumns(d.definition);
  const name = d.index ?? d.constraint ?? cols.columns[0];
  if (kind.includes('primary'))
    return { name: 'PRIMARY', ...cols, unique: true, primary: true, kind: 'btree' };
  if (kind.includes('fulltext')) return { name, ...cols, unique: false, kind: 'fulltext' };
  if (kind.includes('spatial')) return { name, ...cols, unique: false, kind: 'spatial' };
  return { name, ...cols, unique: kind.includes('unique'), kind: 'btree' };
}

/**
 * Applies one CREATE TABLE; returns an error message or null. Foreign keys go to `pendingKeys` when given
 * (dumps: added once every table exists), else are added at once.
 */
export function createTable(
  fold: SchemaFold,
  ast: Ast,
  origin: { file: string; line: number },
  pendingKeys?: PendingKey[],
): string | null {
  const name = ast.table?.[0]?.table as string | undefined;
  if (!name) return 'CREATE TABLE without a table name';
  if (ast.if_not_exists && fold.hasTable(name)) return null;
  const options: Record<string, string> = {};
  for (const o of (ast.table_options ?? []) as Ast[]) {
    const value = typeof o.value === 'object' ? o.value?.value : o.value;
    const key = String(o.keyword).toLowerCase();
    if (key === 'engine') options.engine = String(value);
    else if (key.includes('charset') || key.includes('character set')) options.charset = String(value);
    else if (key.includes('collate')) options.collation = String(value);
    else if (key === 'comment') options.comment = String(value).replace(/^'|'$/g, '');
  }
  const err = fold.createTable(name, { ...options, origin });
  if (err) return err;
  const later: (() => string | null)[] = [];
  for (const d of (ast.create_definitions ?? []) as Ast[]) {
    if (d.resource === 'column') {
      const col = columnFromDefinition(d);
      const e = fold.addColumn(name, col, null);
      if (e) return e;
      if (d.primary_key)
        later.push(() =>
          fold.addIndex(name, {
            name: 'PRIMARY',
            columns: [col.name],
            unique: true,
            primary: true,
            kind: 'btree',
          }),
        );
      if (d.unique)
        later.push(() =>
          fold.addIndex(name, { name: col.name, columns: [col.name], unique: true, kind: 'btree' }),
        );
      continue;
    }
    const fk = foreignKeyFrom(d);
    if (fk) {
      // Dumps create tables alphabetically with FOREIGN_KEY_CHECKS=0: keys are added once every table exists.
      const key: PendingKey = { origin, run: () => fold.addForeignKey(name, fk) };
      if (pendingKeys) pendingKeys.push(key);
      else later.push(key.run);
      continue;
    }
    const index = indexFrom(d);
    if (!index) continue;
    const e = fold.addIndex(name, index);
    if (e) return e;
  }
  for (const step of later) {
    const e = step();
    if (e) return e;
  }
  return null;
}

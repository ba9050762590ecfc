/**
 * The in-memory schema that migrations are folded into: each operation edits tables here, so the final
 * schema can be created once (one CREATE TABLE per table, indexes inline) instead of replaying every ALTER.
 * Operations mirror what MariaDB does with the same DDL (e.g. the index InnoDB adds for a foreign key and
 * drops again when another index can serve it). Each method returns an error message or null.
 */

import type { Location } from '../findings.js';
import type { Column, ForeignKey, Index, Schema, Table } from './model.js';

export type Position = { after: string } | { first: true } | null;

interface FoldTable extends Table {
  /** Names of indexes InnoDB created for a foreign key (it drops them when another index can serve it). */
  implicit: Set<string>;
}

const lower = (s: string) => s.toLowerCase();

/** Bytes per character at most, by character set (MariaDB's mbmaxlen). */
const MAX_BYTES: Record<string, number> = {
  utf8mb4: 4,
  utf8: 3,
  utf8mb3: 3,
  utf16: 4,
  utf16le: 4,
  utf32: 4,
  ucs2: 2,
  big5: 2,
  gbk: 2,
  sjis: 2,
  ujis: 3,
  euckr: 2,
};

/** A VARCHAR's whole length in bytes may not pass 65,535 (the row limit). */
const VARCHAR_MAX_BYTES = 65535;

/** How the server stores what it cannot take as written (sql_mode), and the charset a table gets by default. */
export interface FoldMode {
  /** Strict: MariaDB refuses (error 1074); otherwise it converts (note 1246) and goes on. */
  strict: boolean;
  charset: string;
}

export class SchemaFold {
  private tables: FoldTable[] = [];
  /** Lower-cased name → first table of that name; rebuilt after tables are added, dropped or renamed. */
  private byName: Map<string, FoldTable> | null = null;
  mode: FoldMode = { strict: true, charset: 'utf8mb4' };

  /**
   * A VARCHAR longer than its character set allows: MariaDB refuses it under a strict sql_mode and turns
   * it into MEDIUMTEXT (LONGTEXT past 16 MB) otherwise, as it does with the same DDL.
   */
  private fit(t: FoldTable, column: Column): Column | string {
    const m = /^varchar\((\d+)\)/.exec(column.type);
    if (!m) return column;
    const charset = lower(column.charset ?? t.charset ?? this.mode.charset).replace(/_.*$/, '');
    const perChar = MAX_BYTES[charset] ?? 1;
    const bytes = Number(m[1]) * perChar;
    if (bytes <= VARCHAR_MAX_BYTES) return column;
    if (this.mode.strict)
      return `Column length too big for column '${column.name}' (max = ${Math.floor(VARCHAR_MAX_BYTES / perChar)}); use BLOB or TEXT instead`;
    return { ...column, type: bytes <= 16777215 ? 'mediumtext' : 'longtext' };
  }

  /** Starts from an existing schema (e.g. a loaded schema dump, introspected); FK-named indexes count as InnoDB's own. */
  static fromSchema(schema: Schema): SchemaFold {
    const fold = new SchemaFold();
    for (const t of schema.tables) {
      const copy = structuredClone(t) as Table;
      const implicit = new Set(
        copy.indexes.filter((i) => copy.foreignKeys.some((fk) => fk.name === i.name)).map((i) => i.name),
      );
      fold.tables.push({ ...copy, implicit });
    }
    return fold;
  }

  /** Every operation looks its table up by name: a map, not a scan of a few hundred tables each time. */
  table(name: string): FoldTable | undefined {
    if (!this.byName) {
      this.byName = new Map();
      for (const t of this.tables) {
        const key = lower(t.name);
        if (!this.byName.has(key)) this.byName.set(key, t);
      }
    }
    return this.byName.get(lower(name));
  }

  hasTable(name: string): boolean {
    return this.table(name) !== undefined;
  }

  hasColumn(table: string, column: string): boolean {
    return this.table(table)?.columns.some((c) => lower(c.name) === lower(column)) ?? false;
  }

  hasIndex(table: string, name: string): boolean {
    return this.table(table)?.indexes.some((i) => lower(i.name) === lower(name)) ?? false;
  }

  createTable(
    name: string,
    options: { engine?: string; charset?: string; collation?: string; comment?: string; origin?: Location },
  ): string | null {
    if (this.hasTable(name)) return `Table '${name}' already exists`;
    const t: FoldTable = { name, columns: [], indexes: [], foreignKeys: [], implicit: new Set() };
    if (options.engine) t.engine = options.engine;
    if (options.charset) t.charset = options.charset;
    if (options.collation) t.collation = options.collation;
    if (options.comment) t.comment = options.comment;
    if (options.origin) t.origin = options.origin;
    this.tables.push(t);
    // No table of this name exists (checked above), so the new one is the first of its name.
    this.byName?.set(lower(name), t);
    return null;
  }

  dropTable(name: string, ifExists: boolean): string | null {
    const t = this.table(name);
    if (!t) return ifExists ? null : `Unknown table '${name}'`;
    const referencing = this.tables.find(
      (o) => o !== t && o.foreignKeys.some((fk) => lower(fk.refTable) === lower(name)),
    );
    if (referencing) {
      return `Cannot drop table '${name}' referenced by a foreign key constraint of table '${referencing.name}'`;
    }
    this.tables = this.tables.filter((x) => x !== t);
    this.byName = null;
    return null;
  }

  renameTable(from: string, to: string): string | null {
    const t = this.table(from);
    if (!t) return `Table '${from}' doesn't exist`;
    if (this.hasTable(to)) return `Table '${to}' already exists`;
    for (const o of this.tables)
      for (const fk of o.foreignKeys) if (lower(fk.refTable) === lower(from)) fk.refTable = to;
    t.name = to;
    this.byName = null;
    return null;
  }

  addColumn(table: string, column: Column, position: Position): string | null {
    const t = this.table(table);
    if (!t) return `Table '${table}' doesn't exist`;
    if (t.columns.some((c) => lower(c.name) === lower(column.name)))
      return `Duplicate column name '${column.name}'`;
    const fitted = this.fit(t, column);
    if (typeof fitted === 'string') return fitted;
    return this.place(t, fitted, position);
  }

  private place(t: FoldTable, column: Column, position: Position): string | null {
    if (position && 'first' in position) {
      t.columns.unshift(column);
    } else if (position && 'after' in position) {
      const i = t.columns.findIndex((c) => lower(c.name) === lower(position.after));
      if (i < 0) return `Unknown column '${position.after}' in '${t.name}'`;
      t.columns.splice(i + 1, 0, column);
    } else {
      t.columns.push(column);
    }
    return null;
  }

  column(table: string, name: string): Column | undefined {
    return this.table(table)?.columns.find((c) => lower(c.name) === lower(name));
  }

  /** Replaces a column's definition in place (MODIFY/CHANGE); a new name renames it in indexes and keys too. */
  replaceColumn(table: string, name: string, column: Column, position: Position = null): string | null {
    const t = this.table(table);
    if (!t) return `Table '${table}' doesn't exist`;
    const i = t.columns.findIndex((c) => lower(c.name) === lower(name));
    if (i < 0) return `Unknown column '${name}' in '${table}'`;
    if (lower(column.name) !== lower(name) && t.columns.some((c) => lower(c.name) === lower(column.name))) {
      return `Duplicate column name '${column.name}'`;
    }
    const fitted = this.fit(t, column);
    if (typeof fitted === 'string') return fitted;
    column = fitted;
    if (position) {
      t.columns.splice(i, 1);
      const err = this.place(t, column, position);
      if (err) return err;
    } else {
      t.columns[i] = column;
    }
    if (column.name !== name) this.renameColumnRefs(t, name, column.name);
    return null;
  }

  renameColumn(table: string, from: string, to: string): string | null {
    const c = this.column(table, from);
    if (!c)
      return this.table(table) ? `Unknown column '${from}' in '${table}'` : `Table '${table}' doesn't exist`;
    return this.replaceColumn(table, from, { ...c, name: to });
  }

  private renameColumnRefs(t: FoldTable, from: string, to: string): void {
    const swap = (cols: string[]) => cols.map((c) => (lower(c) === lower(from) ? to : c));
    for (const i of t.indexes) i.columns = swap(i.columns);
    for (const fk of t.foreignKeys) fk.columns = swap(fk.columns);
    for (const o of this.tables) {
      for (const fk of o.foreignKeys)
        if (lower(fk.refTable) === lower(t.name)) fk.refColumns = swap(fk.refColumns);
    }
  }

  /** Drops a column; MariaDB removes it from every index and drops indexes left with no column. */
  dropColumn(table: string, name: string): string | null {
    const t = this.table(table);
    if (!t) return `Table '${table}' doesn't exist`;
    if (!t.columns.some((c) => lower(c.name) === lower(name))) {
      return `Can't DROP COLUMN \`${name}\`; check that it exists`;
    }
    const fk = t.foreignKeys.find((f) => f.columns.some((c) => lower(c) === lower(name)));
    if (fk) return `Cannot drop column '${name}': needed in a foreign key constraint '${fk.name}'`;
    t.columns = t.columns.filter((c) => lower(c.name) !== lower(name));
    for (const i of t.indexes) {
      const keep = i.columns.map((c, n) => (lower(c) === lower(name) ? -1 : n)).filter((n) => n >= 0);
      if (i.subParts) i.subParts = keep.map((n) => i.subParts![n] ?? null);
      i.columns = keep.map((n) => i.columns[n]);
    }
    t.indexes = t.indexes.filter((i) => i.columns.length > 0);
    return null;
  }

  addIndex(table: string, index: Index): string | null {
    const t = this.table(table);
    if (!t) return `Table '${table}' doesn't exist`;
    if (index.primary && t.indexes.some((i) => i.primary)) return 'Multiple primary key defined';
    if (t.indexes.some((i) => lower(i.name) === lower(index.name)))
      return `Duplicate key name '${index.name}'`;
    for (const c of index.columns) {
      if (!t.columns.some((x) => lower(x.name) === lower(c)))
        return `Key column '${c}' doesn't exist in table`;
    }
    // InnoDB drops the index it made for a foreign key once another index can serve that key.
    for (const name of [...t.implicit]) {
      const fkIndex = t.indexes.find((i) => i.name === name);
      if (fkIndex && startsWith(index.columns, fkIndex.columns)) {
        t.indexes = t.indexes.filter((i) => i !== fkIndex);
        t.implicit.delete(name);
      }
    }
    if (index.primary) t.indexes.unshift(index);
    else t.indexes.push(index);
    return null;
  }

  dropIndex(table: string, name: string): string | null {
    const t = this.table(table);
    if (!t) return `Table '${table}' doesn't exist`;
    const idx = t.indexes.find(
      (i) => lower(i.name) === lower(name) || (i.primary && lower(name) === 'primary'),
    );
    if (!idx) return `Can't DROP INDEX \`${name}\`; check that it exists`;
    const needs = t.foreignKeys.find(
      (fk) =>
        startsWith(idx.columns, fk.columns) &&
        !t.indexes.some((o) => o !== idx && startsWith(o.columns, fk.columns)),
    );
    if (needs) return `Cannot drop index '${idx.name}': needed in a foreign key constraint`;
    t.indexes = t.indexes.filter((i) => i !== idx);
    return null;
  }

  renameIndex(table: string, from: string, to: string): string | null {
    const t = this.table(table);
    if (!t) return `Table '${table}' doesn't exist`;
    const idx = t.indexes.find((i) => lower(i.name) === lower(from));
    if (!idx) return `Key '${from}' doesn't exist in table '${table}'`;
    if (t.indexes.some((i) => lower(i.name) === lower(to))) return `Duplicate key name '${to}'`;
    if (t.implicit.delete(idx.name)) t.implicit.add(to);
    idx.name = to;
    return null;
  }

  addForeignKey(table: string, fk: ForeignKey): string | null {
    const t = this.table(table);
    if (!t) return `Table '${table}' doesn't exist`;
    if (t.foreignKeys.some((f) => lower(f.name) === lower(fk.name)))
      return `Duplicate foreign key constraint name '${fk.name}'`;
    const parent = this.table(fk.refTable);
    if (!parent && lower(fk.refTable) !== lower(table)) {
      return `Can't create table \`${table}\` (errno: 150 "Foreign key constraint is incorrectly formed")`;
    }
    for (const c of fk.columns) {
      if (!t.columns.some((x) => lower(x.name) === lower(c)))
        return `Key column '${c}' doesn't exist in table`;
    }
    const refused = parent ? referenceProblem(table, t, parent, fk) : null;
    if (refused) return refused;
    t.foreignKeys.push(fk);
    const serving = t.indexes.filter((i) => startsWith(i.columns, fk.columns));
    const own = serving.filter((i) => !t.implicit.has(i.name));
    const sameImplicit = serving.filter(
      (i) => t.implicit.has(i.name) && i.columns.length === fk.columns.length,
    );
    if (own.length > 0 || serving.length > sameImplicit.length) return null;
    // InnoDB creates an index named after the constraint when none can serve it; one it made earlier for
    // another key on the same columns is replaced by the new one (seen on MariaDB 10.11).
    for (const old of sameImplicit) t.implicit.delete(old.name);
    t.indexes = t.indexes.filter((i) => !sameImplicit.includes(i));
    t.indexes.push({ name: fk.name, columns: [...fk.columns], unique: false, kind: 'btree' });
    t.implicit.add(fk.name);
    return null;
  }

  dropForeignKey(table: string, name: string): string | null {
    const t = this.table(table);
    if (!t) return `Table '${table}' doesn't exist`;
    const fk = t.foreignKeys.find((f) => lower(f.name) === lower(name));
    if (!fk) return `Can't DROP FOREIGN KEY \`${name}\`; check that it exists`;
    t.foreignKeys = t.foreignKeys.filter((f) => f !== fk);
    // The index InnoDB made for it stays, and InnoDB still drops it once another index covers its
    // columns (MariaDB 10.11 keeps that flag on the index after the key is gone).
    return null;
  }

  setTableOption(
    table: string,
    option: 'engine' | 'charset' | 'collation' | 'comment',
    value: string,
  ): string | null {
    const t = this.table(table);
    if (!t) return `Table '${table}' doesn't exist`;
    t[option] = value;
    return null;
  }

  /** Whether an index is one InnoDB created for a foreign key (the DDL leaves it to InnoDB to create again). */
  isImplicitIndex(table: string, name: string): boolean {
    return this.table(table)?.implicit.has(name) ?? false;
  }

  toSchema(source: Schema['source']): Schema {
    return {
      source,
      tables: this.tables.map((t) => {
        const { implicit: _implicit, ...table } = t;
        return structuredClone(table);
      }),
    };
  }
}

/** Whether `cols` begins with all of `prefix` (the leftmost-prefix rule). */
const INTEGERS = /^(tinyint|smallint|mediumint|int|integer|bigint)\b/;
const STRINGS = /^(char|varchar|uuid)\b/;

/** A column type as InnoDB compares key columns: lower case, integer display widths dropped. */
function keyType(type: string): string {
  return type
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^(tinyint|smallint|mediumint|int|integer|bigint)\(\d+\)/, '$1');
}

/** Integers must match exactly (size and sign); an integer never references a string or back. */
function compatibleKeyTypes(child: string, parent: string): boolean {
  const a = keyType(child);
  const b = keyType(parent);
  if (INTEGERS.test(a) || INTEGERS.test(b)) return a === b;
  if (STRINGS.test(a) !== STRINGS.test(b)) return false;
  return true;
}

/**
 * What MariaDB refuses when the key is added (even with FOREIGN_KEY_CHECKS off): a referenced column
 * that does not exist, no index on the referenced columns, or key columns of incompatible types.
 */
function referenceProblem(table: string, t: FoldTable, parent: FoldTable, fk: ForeignKey): string | null {
  for (const ref of fk.refColumns) {
    if (!parent.columns.some((c) => lower(c.name) === lower(ref)))
      return `Failed to add the foreign key constraint. Missing column '${ref}' for constraint '${fk.name}' in the referenced table '${fk.refTable}'`;
  }
  const refs = fk.refColumns.map(lower);
  if (!parent.indexes.some((i) => startsWith(i.columns.map(lower), refs)))
    return `Failed to add the foreign key constraint. Missing index for constraint '${fk.name}' in the referenced table '${fk.refTable}'`;
  for (const [i, c] of fk.columns.entries()) {
    const mine = t.columns.find((x) => lower(x.name) === lower(c));
    const theirs = parent.columns.find((x) => lower(x.name) === lower(fk.refColumns[i] ?? ''));
    if (mine && theirs && !compatibleKeyTypes(mine.type, theirs.type))
      return `Failed to add the foreign key constraint on table '${table}'. Incorrect options in FOREIGN KEY constraint '${fk.name}' (${mine.name} ${mine.type} references ${fk.refTable}.${theirs.name} ${theirs.type})`;
  }
  return null;
}

export function startsWith(cols: string[], prefix: string[]): boolean {
  if (prefix.length > cols.length) return false;
  return prefix.every((c, i) => lower(c) === lower(cols[i]));
}

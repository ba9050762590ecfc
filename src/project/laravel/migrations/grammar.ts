/**
 * Laravel's MySQL schema grammar, re-told against the in-memory fold: column types and modifiers as
 * MySqlGrammar renders them, and a Blueprint's commands applied in the order Blueprint::build runs them
 * (changed columns, added columns, explicit commands as written, then the indexes declared on columns).
 */

import type { Location } from '../../../findings.js';
import type { Column, Index } from '../../../schema/model.js';
import { quoteString } from '../../../schema/ddl.js';
import type { SchemaFold } from '../../../schema/fold.js';
import type { Attrs, BlueprintDef, ColumnDef, Command } from './blueprint.js';
import { isKeyedArray, type PhpValue } from '../../php/value.js';
import { RawSql } from '../host.js';

const SERIALS = new Set(['bigInteger', 'integer', 'mediumInteger', 'smallInteger', 'tinyInteger']);

function num(v: PhpValue | undefined): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  return null;
}

function enumList(allowed: PhpValue | undefined): string {
  const values = Array.isArray(allowed) ? allowed : isKeyedArray(allowed) ? Object.values(allowed) : [];
  return values.map((v) => quoteString(String(v))).join(', ');
}

const GEOMETRY_SUBTYPES = new Set([
  'point',
  'linestring',
  'polygon',
  'geometrycollection',
  'multipoint',
  'multilinestring',
  'multipolygon',
]);

function doubleType(a: Attrs): string {
  const total = num(a.total);
  const places = num(a.places);
  return total && places ? `double(${total}, ${places})` : 'double';
}

/** MySqlGrammar::type*() (Laravel 8 words; Laravel 11+ where the column says so). */
export function columnType(def: ColumnDef): string {
  const a = def.attrs;
  const precision = num(a.precision);
  const withPrecision = (base: string) => (precision ? `${base}(${precision})` : base);
  switch (def.type) {
    case 'char':
      return `char(${a.length})`;
    case 'string':
      return `varchar(${a.length})`;
    case 'tinyText':
      return 'tinytext';
    case 'text':
      return 'text';
    case 'mediumText':
      return 'mediumtext';
    case 'longText':
      return 'longtext';
    case 'bigInteger':
      return 'bigint';
    case 'integer':
      return 'int';
    case 'mediumInteger':
      return 'mediumint';
    case 'tinyInteger':
      return 'tinyint';
    case 'smallInteger':
      return 'smallint';
    case 'float':
      // Laravel 11+: float($column, $precision = 53).
      if (a.precision !== undefined && a.total === undefined)
        return num(a.precision) ? `float(${num(a.precision)})` : 'float';
      return doubleType(a);
    case 'double':
      return doubleType(a);
    case 'decimal':
      return `decimal(${num(a.total) ?? 8}, ${num(a.places) ?? 0})`;
    case 'boolean':
      return 'tinyint(1)';
    case 'enum':
      return `enum(${enumList(a.allowed)})`;
    case 'set':
      return `set(${enumList(a.allowed)})`;
    case 'json':
    case 'jsonb':
      return 'json';
    case 'date':
      return 'date';
    case 'dateTime':
    case 'dateTimeTz':
      return withPrecision('datetime');
    case 'time':
    case 'timeTz':
      return withPrecision('time');
    case 'timestamp':
    case 'timestampTz':
      return withPrecision('timestamp');
    case 'year':
      return 'year';
    case 'binary':
      return 'blob';
    case 'uuid':
      return a.nativeUuid ? 'uuid' : 'char(36)';
    case 'geometry': {
      const subtype = typeof a.subtype === 'string' ? a.subtype.toLowerCase() : null;
      return subtype && GEOMETRY_SUBTYPES.has(subtype) ? subtype : 'geometry';
    }
    case 'ipAddress':
      return 'varchar(45)';
    case 'macAddress':
      return 'varchar(17)';
    default:
      // geometry, point, lineString… are the type name in lower case.
      return def.type.toLowerCase();
  }
}

/** Laravel's getDefaultValue: expressions as written, booleans as '0'/'1', everything else quoted. */
export function defaultSql(v: PhpValue): string {
  if (v instanceof RawSql) return v.sql;
  if (typeof v === 'boolean') return v ? "'1'" : "'0'";
  return quoteString(String(v));
}

/** The column a definition produces (what the CREATE/ALTER would give MariaDB). */
export function toColumn(def: ColumnDef): Column {
  const a = def.attrs;
  const generated = isSet(a.storedAs) || isSet(a.virtualAs);
  const col: Column = {
    name: def.name,
    type: columnType(def) + (a.unsigned ? ' unsigned' : ''),
    nullable: generated ? a.nullable !== false : Boolean(a.nullable),
    default: null,
  };
  const precision = num(a.precision);
  const current = precision ? `CURRENT_TIMESTAMP(${precision})` : 'CURRENT_TIMESTAMP';
  const timeType = ['timestamp', 'timestampTz', 'dateTime', 'dateTimeTz'].includes(def.type);
  if (timeType && a.useCurrent) col.default = current;
  else if (isSet(a.default)) col.default = defaultSql(a.default as PhpValue);
  if (timeType && a.useCurrentOnUpdate) col.onUpdate = current;
  if (SERIALS.has(def.type) && a.autoIncrement) col.autoIncrement = true;
  if (isSet(a.storedAs)) col.generated = { expression: exprText(a.storedAs), stored: true };
  else if (isSet(a.virtualAs)) col.generated = { expression: exprText(a.virtualAs), stored: false };
  if (isSet(a.comment)) col.comment = String(a.comment);
  if (isSet(a.charset)) col.charset = String(a.charset);
  if (isSet(a.collation)) col.collation = String(a.collation);
  return col;
}

function isSet(v: PhpValue | undefined): boolean {
  return v !== undefined && v !== null;
}

function exprText(v: PhpValue | undefined): string {
  return v instanceof RawSql ? v.sql : String(v);
}

/**
 * `->change()` as Laravel 8 does it through Doctrine DBAL: the new type replaces the old, and a modifier
 * that the call does not mention (nullable, default, comment) keeps the column's current value.
 */
export function changedColumn(current: Column, def: ColumnDef): Column {
  const next = toColumn(def);
  const a = def.attrs;
  const out: Column = { ...current, name: def.name, type: next.type, autoIncrement: next.autoIncrement };
  if (!out.autoIncrement) delete out.autoIncrement;
  if ('nullable' in a) out.nullable = next.nullable;
  if ('default' in a || 'useCurrent' in a) out.default = next.default;
  if ('useCurrentOnUpdate' in a) out.onUpdate = next.onUpdate;
  if ('comment' in a) out.comment = next.comment;
  if ('charset' in a) out.charset = next.charset;
  if ('collation' in a) out.collation = next.collation;
  if (!/char|text|enum|set/.test(out.type)) {
    delete out.charset;
    delete out.collation;
  }
  return out;
}

/**
 * The Blueprint types Laravel 10 and older can `->change()`: those with a Doctrine DBAL type (bigInteger
 * → bigint, mediumText/longText → text with a length, binary → blob, uuid → guid, the rest by name).
 * Any other (double, char, enum, tinyInteger, timestamp, year…) fails with Doctrine's "Unknown column
 * type" (checked against Laravel 8.83 on MariaDB).
 */
const DOCTRINE_TYPES = new Set([
  'bigInteger',
  'smallInteger',
  'integer',
  'string',
  'text',
  'mediumText',
  'longText',
  'binary',
  'uuid',
  'boolean',
  'date',
  'dateTime',
  'dateTimeTz',
  'decimal',
  'float',
  'json',
  'time',
]);

/** Doctrine's float is DOUBLE PRECISION without total and places: `float('x', 6, 2)->change()` is `double`. */
function doctrineFloat(def: ColumnDef): ColumnDef {
  if (def.type !== 'float') return def;
  return { ...def, type: 'double', attrs: { ...def.attrs, total: null, places: null, precision: null } };
}

export interface FoldError {
  line: number;
  message: string;
}

const FLUENT_INDEXES = ['primary', 'unique', 'index', 'fulltext', 'fullText', 'spatialIndex'];

/** Applies one Blueprint to the fold in Laravel's order; every failing step is reported, the rest goes on. */
export function applyBlueprint(fold: SchemaFold, bp: BlueprintDef, file: string, line: number): FoldError[] {
  const errors: FoldError[] = [];
  const fail = (at: number, msg: string | null) => {
    if (msg) errors.push({ line: at, message: msg });
    return msg;
  };
  let table = bp.table;
  const tableOptions = {
    engine: bp.engine,
    charset: bp.charset,
    collation: bp.collation,
    comment: bp.comment,
  };

  const added = bp.columns.filter((c) => !c.attrs.change);
  const changed = bp.columns.filter((c) => c.attrs.change);
  if (!bp.fullChange) {
    // Laravel compiles the whole Blueprint before running any of it: one refused change runs nothing.
    const refused = changed.find((c) => !DOCTRINE_TYPES.has(c.type));
    if (refused) {
      fail(
        refused.line,
        `Unknown column type "${refused.type.toLowerCase()}" requested: Laravel before 11 changes columns ` +
          'through Doctrine DBAL, which has no such type, so nothing of this Blueprint runs',
      );
      return errors;
    }
  }
  if (bp.creating) {
    const origin: Location = { file, line };
    if (fail(line, fold.createTable(table, { ...tableOptions, origin }))) return errors;
  } else {
    if (!fold.hasTable(table)) {
      // Schema::dropIfExists on a missing table is a no-op, as in MariaDB.
      if (bp.commands.length > 0 && bp.commands.every((c) => c.name === 'dropIfExists')) return errors;
      fail(line, `Table '${table}' doesn't exist`);
      return errors;
    }
    for (const [k, v] of Object.entries(tableOptions)) {
      if (v) fold.setTableOption(table, k as 'engine' | 'charset' | 'collation' | 'comment', v);
    }
    for (const def of changed) {
      const current = fold.column(table, def.name);
      if (!current) {
        fail(def.line, `Unknown column '${def.name}' in '${table}'`);
        continue;
      }
      const next = {
        ...(bp.fullChange ? toColumn(def) : changedColumn(current, doctrineFloat(def))),
        origin: { file, line: def.line },
      };
      fail(def.line, fold.replaceColumn(table, def.name, next));
    }
  }
  for (const def of added) {
    const position = isSet(def.attrs.after)
      ? { after: String(def.attrs.after) }
      : def.attrs.first
        ? { first: true as const }
        : null;
    const col = { ...toColumn(def), origin: { file, line: def.line } };
    if (fail(def.line, fold.addColumn(table, col, bp.creating ? null : position))) continue;
    if (col.autoIncrement) {
      // Laravel writes `auto_increment primary key` on the column itself.
      fail(
        def.line,
        fold.addIndex(table, {
          name: 'PRIMARY',
          columns: [def.name],
          unique: true,
          primary: true,
          kind: 'btree',
        }),
      );
    }
  }
  for (const cmd of bp.commands) {
    const renamed = applyCommand(fold, table, cmd, fail, file);
    if (renamed) table = renamed;
  }
  for (const def of bp.columns) {
    for (const key of FLUENT_INDEXES) {
      const v = def.attrs[key];
      if (v === undefined) continue;
      const type = key === 'fullText' ? 'fulltext' : key;
      const name =
        v === true || v === false || v === null ? defaultIndexName(table, type, [def.name]) : String(v);
      fail(def.line, fold.addIndex(table, makeIndex(type, name, [def.name])));
      break;
    }
  }
  return errors;
}

function defaultIndexName(table: string, type: string, columns: string[]): string {
  return `${table}_${columns.join('_')}_${type}`.toLowerCase().replace(/[-.]/g, '_');
}

function makeIndex(type: string, name: string, columns: string[]): Index {
  if (type === 'primary') return { name: 'PRIMARY', columns, unique: true, primary: true, kind: 'btree' };
  if (type === 'fulltext') return { name, columns, unique: false, kind: 'fulltext' };
  if (type === 'spatialIndex') return { name, columns, unique: false, kind: 'spatial' };
  return { name, columns, unique: type === 'unique', kind: 'btree' };
}

function withSubParts(index: Index, a: Attrs): Index {
  const parts = a.subParts;
  if (Array.isArray(parts)) index.subParts = parts.map((p) => (typeof p === 'number' ? p : null));
  return index;
}

function strs(v: PhpValue | undefined): string[] {
  return Array.isArray(v) ? v.map(String) : v === undefined || v === null ? [] : [String(v)];
}

/** Returns the table's new name when the command renamed it. */
function applyCommand(
  fold: SchemaFold,
  table: string,
  cmd: Command,
  fail: (line: number, msg: string | null) => string | null,
  file: string,
): string | null {
  const a: Attrs = cmd.attrs;
  const at = cmd.line;
  switch (cmd.name) {
    case 'index':
    case 'unique':
    case 'primary':
    case 'fulltext':
    case 'spatialIndex':
      fail(at, fold.addIndex(table, withSubParts(makeIndex(cmd.name, String(a.index), strs(a.columns)), a)));
      return null;
    case 'foreign': {
      if (!isSet(a.on)) {
        fail(at, `foreign key ${a.index} has no ->on(table)`);
        return null;
      }
      fail(
        at,
        fold.addForeignKey(table, {
          name: String(a.index),
          columns: strs(a.columns),
          refTable: String(a.on),
          refColumns: strs(a.references ?? 'id'),
          ...(isSet(a.onDelete) ? { onDelete: String(a.onDelete).toUpperCase() } : {}),
          ...(isSet(a.onUpdate) ? { onUpdate: String(a.onUpdate).toUpperCase() } : {}),
          origin: { file, line: at },
        }),
      );
      return null;
    }
    case 'dropColumn':
      for (const c of strs(a.columns)) fail(at, fold.dropColumn(table, c));
      return null;
    case 'renameColumn':
      fail(at, fold.renameColumn(table, String(a.from), String(a.to)));
      return null;
    case 'dropPrimary':
      fail(at, fold.dropIndex(table, 'PRIMARY'));
      return null;
    case 'dropUnique':
    case 'dropIndex':
    case 'dropFullText':
    case 'dropSpatialIndex':
      fail(at, fold.dropIndex(table, String(a.index)));
      return null;
    case 'dropForeign':
      fail(at, fold.dropForeignKey(table, String(a.index)));
      return null;
    case 'renameIndex':
      fail(at, fold.renameIndex(table, String(a.from), String(a.to)));
      return null;
    case 'rename':
      return fail(at, fold.renameTable(table, String(a.to))) ? null : String(a.to);
    case 'drop':
      fail(at, fold.dropTable(table, false));
      return null;
    case 'dropIfExists':
      fail(at, fold.dropTable(table, true));
      return null;
    default:
      fail(at, `${cmd.name} is not understood`);
      return null;
  }
}

/**
 * Laravel's Blueprint, re-told: what each `$table->method(...)` call adds (column definitions and commands,
 * with the same attribute names as Laravel's Fluent objects), so the grammar can render it as Laravel would.
 */

import { plural, snake } from '../naming.js';
import { isKeyedArray, type PhpValue } from '../../php/value.js';
import { RawSql } from '../host.js';
import type { ModelKey } from './model-key.js';
import type { ConnectionOptions } from './connection.js';

export type Attrs = Record<string, PhpValue | undefined>;

export interface ColumnDef {
  type: string;
  name: string;
  attrs: Attrs;
  line: number;
  /** foreignId / foreignUuid / foreignUlid: `constrained()` and `references()` apply. */
  foreignable?: boolean;
}

export interface Command {
  name: string;
  attrs: Attrs;
  line: number;
}

export interface BlueprintDef {
  table: string;
  creating: boolean;
  columns: ColumnDef[];
  commands: Command[];
  engine?: string;
  charset?: string;
  collation?: string;
  comment?: string;
  temporary?: boolean;
  /** Laravel 11+: change() redefines the column from what the call says (nothing is kept). */
  fullChange?: boolean;
}

/** Builder-wide settings that migrations may change (Schema::defaultStringLength, Schema::morphUsingUuids). */
export interface BuilderSettings {
  defaultStringLength: number;
  defaultMorphKeyType: 'int' | 'uuid' | 'ulid';
  /** Laravel's major version: 11 changed float/double/decimal signatures and what change() keeps. */
  laravelMajor: number;
  /** The key of an app model class (foreignIdFor); Laravel's defaults (foreignId, `<snake>_id`) when absent or null. */
  modelKey?: (fqcn: string) => ModelKey | null;
  /** Laravel before 5.8: morphs() is an unsigned int id before the type, indexed (id, type). */
  legacyMorphs?: boolean;
  /** The connection's options (config/database.php): the defaults of every CREATE TABLE. */
  connection?: ConnectionOptions;
  /** The app connects with Laravel 11+'s `mariadb` driver (MariaDbGrammar: native uuid, geometry subtypes). */
  mariadbGrammar: boolean;
}

/** Laravel 11+ signatures that differ from Laravel 8–10. */
const MODERN_METHODS: Record<string, ColumnMethod> = {
  float: { type: 'float', params: [['precision', 53]] },
  double: { type: 'double', params: [] },
  decimal: {
    type: 'decimal',
    params: [
      ['total', 8],
      ['places', 2],
    ],
  },
  geometry: {
    type: 'geometry',
    params: [
      ['subtype', null],
      ['srid', 0],
    ],
  },
};

export class BlueprintError extends Error {}

type Param = [name: string, fallback: PhpValue | undefined];

interface ColumnMethod {
  type: string;
  params: Param[];
  fixed?: Attrs;
  foreignable?: boolean;
}

const INT_PARAMS: Param[] = [
  ['autoIncrement', false],
  ['unsigned', false],
];
const NUM_PARAMS = (total: PhpValue, places: PhpValue): Param[] => [
  ['total', total],
  ['places', places],
  ['unsigned', false],
];
const PRECISION: Param[] = [['precision', 0]];

const COLUMN_METHODS: Record<string, ColumnMethod> = {
  char: { type: 'char', params: [['length', null]] },
  string: { type: 'string', params: [['length', null]] },
  tinyText: { type: 'tinyText', params: [] },
  text: { type: 'text', params: [] },
  mediumText: { type: 'mediumText', params: [] },
  longText: { type: 'longText', params: [] },
  integer: { type: 'integer', params: INT_PARAMS },
  tinyInteger: { type: 'tinyInteger', params: INT_PARAMS },
  smallInteger: { type: 'smallInteger', params: INT_PARAMS },
  mediumInteger: { type: 'mediumInteger', params: INT_PARAMS },
  bigInteger: { type: 'bigInteger', params: INT_PARAMS },
  unsignedInteger: { type: 'integer', params: [['autoIncrement', false]], fixed: { unsigned: true } },
  unsignedTinyInteger: { type: 'tinyInteger', params: [['autoIncrement', false]], fixed: { unsigned: true } },
  unsignedSmallInteger: {
    type: 'smallInteger',
    params: [['autoIncrement', false]],
    fixed: { unsigned: true },
  },
  unsignedMediumInteger: {
    type: 'mediumInteger',
    params: [['autoIncrement', false]],
    fixed: { unsigned: true },
  },
  unsignedBigInteger: { type: 'bigInteger', params: [['autoIncrement', false]], fixed: { unsigned: true } },
  increments: { type: 'integer', params: [], fixed: { autoIncrement: true, unsigned: true } },
  integerIncrements: { type: 'integer', params: [], fixed: { autoIncrement: true, unsigned: true } },
  tinyIncrements: { type: 'tinyInteger', params: [], fixed: { autoIncrement: true, unsigned: true } },
  smallIncrements: { type: 'smallInteger', params: [], fixed: { autoIncrement: true, unsigned: true } },
  mediumIncrements: { type: 'mediumInteger', params: [], fixed: { autoIncrement: true, unsigned: true } },
  bigIncrements: { type: 'bigInteger', params: [], fixed: { autoIncrement: true, unsigned: true } },
  foreignId: {
    type: 'bigInteger',
    params: [],
    fixed: { autoIncrement: false, unsigned: true },
    foreignable: true,
  },
  float: { type: 'float', params: NUM_PARAMS(8, 2) },
  double: { type: 'double', params: NUM_PARAMS(null, null) },
  decimal: { type: 'decimal', params: NUM_PARAMS(8, 2) },
  unsignedFloat: { type: 'float', params: NUM_PARAMS(8, 2).slice(0, 2), fixed: { unsigned: true } },
  unsignedDouble: { type: 'double', params: NUM_PARAMS(null, null).slice(0, 2), fixed: { unsigned: true } },
  unsignedDecimal: { type: 'decimal', params: NUM_PARAMS(8, 2).slice(0, 2), fixed: { unsigned: true } },
  boolean: { type: 'boolean', params: [] },
  enum: { type: 'enum', params: [['allowed', []]] },
  set: { type: 'set', params: [['allowed', []]] },
  json: { type: 'json', params: [] },
  jsonb: { type: 'jsonb', params: [] },
  date: { type: 'date', params: [] },
  dateTime: { type: 'dateTime', params: PRECISION },
  dateTimeTz: { type: 'dateTimeTz', params: PRECISION },
  time: { type: 'time', params: PRECISION },
  timeTz: { type: 'timeTz', params: PRECISION },
  timestamp: { type: 'timestamp', params: PRECISION },
  timestampTz: { type: 'timestampTz', params: PRECISION },
  year: { type: 'year', params: [] },
  binary: { type: 'binary', params: [] },
  uuid: { type: 'uuid', params: [] },
  foreignUuid: { type: 'uuid', params: [], foreignable: true },
  ulid: { type: 'char', params: [['length', 26]] },
  foreignUlid: { type: 'char', params: [['length', 26]], foreignable: true },
  ipAddress: { type: 'ipAddress', params: [] },
  macAddress: { type: 'macAddress', params: [] },
  geometry: { type: 'geometry', params: [] },
  point: { type: 'point', params: [['srid', null]] },
  lineString: { type: 'lineString', params: [] },
  polygon: { type: 'polygon', params: [] },
  geometryCollection: { type: 'geometryCollection', params: [] },
  multiPoint: { type: 'multiPoint', params: [] },
  multiLineString: { type: 'multiLineString', params: [] },
  multiPolygon: { type: 'multiPolygon', params: [] },
};

/** Column methods whose name argument is optional in newer Laravel versions. */
const DEFAULT_COLUMN: Record<string, string> = {
  uuid: 'uuid',
  ulid: 'ulid',
  ipAddress: 'ip_address',
  macAddress: 'mac_address',
};

const INDEX_METHODS: Record<string, string> = {
  index: 'index',
  unique: 'unique',
  primary: 'primary',
  fullText: 'fulltext',
  fulltext: 'fulltext',
  spatialIndex: 'spatialIndex',
};

const DROP_INDEX_METHODS: Record<string, string> = {
  dropPrimary: 'primary',
  dropUnique: 'unique',
  dropIndex: 'index',
  dropFullText: 'fulltext',
  dropSpatialIndex: 'spatialIndex',
  dropForeign: 'foreign',
};

/** Blueprint methods handled one by one in BlueprintBuilder.call. */
const OTHER_METHODS = [
  'id',
  'foreign',
  'foreignIdFor',
  'timestamps',
  'nullableTimestamps',
  'timestampsTz',
  'datetimes',
  'softDeletes',
  'softDeletesTz',
  'softDeletesDatetime',
  'rememberToken',
  'morphs',
  'nullableMorphs',
  'numericMorphs',
  'nullableNumericMorphs',
  'uuidMorphs',
  'nullableUuidMorphs',
  'ulidMorphs',
  'nullableUlidMorphs',
  'dropColumn',
  'dropConstrainedForeignId',
  'dropForeignIdFor',
  'dropConstrainedForeignIdFor',
  'dropTimestamps',
  'dropTimestampsTz',
  'dropSoftDeletes',
  'dropSoftDeletesTz',
  'dropRememberToken',
  'dropMorphs',
  'renameColumn',
  'renameIndex',
  'rename',
  'drop',
  'dropIfExists',
  'engine',
  'charset',
  'collation',
  'comment',
  'temporary',
  'create',
];

/**
 * Blueprint's methods by lower-case name: PHP method names are case-insensitive, so `->dateTime()`,
 * `->datetime()` and `->DROPCOLUMN()` are one method (`fulltext` and `fullText` are both declared).
 */
const CANONICAL = new Map(
  [
    ...Object.keys(COLUMN_METHODS),
    ...Object.keys(INDEX_METHODS),
    ...Object.keys(DROP_INDEX_METHODS),
    ...OTHER_METHODS,
  ].map((m) => [m.toLowerCase(), m]),
);

/** The method as Blueprint declares it; unknown names as written. */
export function blueprintMethod(method: string): string {
  return CANONICAL.get(method.toLowerCase()) ?? method;
}

/** Positional and named arguments of one call, already evaluated. */
export interface Args {
  positional: PhpValue[];
  named: Record<string, PhpValue>;
}

function bind(args: Args, params: Param[], offset = 0): Attrs {
  const out: Attrs = {};
  params.forEach(([name, fallback], i) => {
    const v = name in args.named ? args.named[name] : args.positional[i + offset];
    out[name] = v === undefined ? fallback : v;
  });
  return out;
}

function arg(args: Args, i: number, name: string): PhpValue | undefined {
  return name in args.named ? args.named[name] : args.positional[i];
}

function str(v: PhpValue | undefined, what: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  throw new BlueprintError(`${what} must be a literal string`);
}

/** `name(80)` (quoted or not) as raw index SQL: the column and its prefix length; anything else is refused. */
function keyPart(sql: string): { text: string; column: string; length: number | null } {
  const m = /^\s*`?([A-Za-z0-9_$]+)`?\s*(?:\(\s*(\d+)\s*\))?\s*$/.exec(sql);
  if (!m) throw new BlueprintError(`index on the expression ${sql} is not understood`);
  return { text: sql, column: m[1], length: m[2] ? Number(m[2]) : null };
}

function strList(v: PhpValue | undefined, what: string): string[] {
  if (Array.isArray(v)) return v.map((x) => str(x, what));
  if (isKeyedArray(v)) return Object.values(v).map((x) => str(x, what));
  return [str(v, what)];
}

/** The object a call chain is working on after each call: a column, a command, or nothing more to chain. */
export type Fluent = { column: ColumnDef } | { command: Command } | { done: true };

export class BlueprintBuilder {
  readonly def: BlueprintDef;
  /** Set by `$table->after('col', fn)`: columns added inside the callback follow each other after it. */
  afterColumn: string | null = null;

  constructor(
    table: string,
    creating: boolean,
    private settings: BuilderSettings,
  ) {
    this.def = { table, creating, columns: [], commands: [], fullChange: settings.laravelMajor >= 11 };
    // A CREATE TABLE carries the connection's engine, charset and collation unless the Blueprint sets its own.
    const conn = settings.connection;
    if (creating && conn) {
      if (conn.engine) this.def.engine = conn.engine;
      if (conn.charset) this.def.charset = conn.charset;
      if (conn.collation) this.def.collation = conn.collation;
    }
  }

  /** Laravel's createIndexName: `users_email_unique`. */
  indexName(type: string, columns: string[]): string {
    return `${this.def.table}_${columns.join('_')}_${type}`.toLowerCase().replace(/[-.]/g, '_');
  }

  private addColumn(type: string, name: string, attrs: Attrs, line: number, foreignable = false): ColumnDef {
    const col: ColumnDef = { type, name, attrs: { ...attrs }, line, foreignable };
    if (this.afterColumn) {
      col.attrs.after = this.afterColumn;
      this.afterColumn = name;
    }
    if ((type === 'string' || type === 'char') && (attrs.length === null || attrs.length === undefined)) {
      col.attrs.length = this.settings.defaultStringLength;
    }
    this.def.columns.push(col);
    return col;
  }

  private command(name: string, attrs: Attrs, line: number): Command {
    const cmd = { name, attrs, line };
    this.def.commands.push(cmd);
    return cmd;
  }

  private indexCommand(
    type: string,
    columns: PhpValue | undefined,
    name: PhpValue | undefined,
    line: number,
    algorithm?: PhpValue,
  ): Command {
    // `DB::raw('title(80)')`: a key part on a prefix of the column; Laravel names the index after the text.
    const parts = (
      Array.isArray(columns) ? columns : isKeyedArray(columns) ? Object.values(columns) : [columns]
    ).map((c) =>
      c instanceof RawSql
        ? keyPart(c.sql)
        : { text: str(c, 'index columns'), column: str(c, 'index columns'), length: null },
    );
    const cols = parts.map((p) => p.column);
    const index =
      name === null || name === undefined
        ? this.indexName(
            type,
            parts.map((p) => p.text),
          )
        : str(name, 'index name');
    const subParts = parts.some((p) => p.length !== null) ? parts.map((p) => p.length) : null;
    return this.command(type, { index, columns: cols, subParts, algorithm: algorithm ?? null }, line);
  }

  private dropIndexCommand(
    command: string,
    type: string,
    index: PhpValue | undefined,
    line: number,
  ): Command {
    let columns: string[] = [];
    let name: string;
    if (index === null || index === undefined) {
      name = this.indexName(type, columns);
    } else if (Array.isArray(index)) {
      columns = strList(index, 'index columns');
      name = this.indexName(type, columns);
    } else {
      name = str(index, 'index name');
    }
    return this.command(command, { index: name, columns }, line);
  }

  /** Runs one Blueprint method; returns the fluent object further chained calls modify. */
  call(written: string, args: Args, line: number): Fluent {
    const method = INDEX_METHODS[written] ? written : blueprintMethod(written);
    const modern = this.settings.laravelMajor >= 11 ? MODERN_METHODS[method] : undefined;
    const spec = modern ?? COLUMN_METHODS[method];
    if (spec) {
      const name = str(arg(args, 0, 'column') ?? DEFAULT_COLUMN[method], `${method}() column name`);
      const attrs = { ...bind(args, spec.params, 1), ...spec.fixed };
      if (spec.type === 'uuid' && this.settings.mariadbGrammar) attrs.nativeUuid = true;
      return { column: this.addColumn(spec.type, name, attrs, line, spec.foreignable) };
    }
    if (method in INDEX_METHODS) {
      const type = INDEX_METHODS[method];
      return {
        command: this.indexCommand(
          type,
          arg(args, 0, 'columns'),
          arg(args, 1, 'name'),
          line,
          arg(args, 2, 'algorithm'),
        ),
      };
    }
    if (method in DROP_INDEX_METHODS) {
      const type = DROP_INDEX_METHODS[method];
      return { command: this.dropIndexCommand(method, type, arg(args, 0, 'index'), line) };
    }
    switch (method) {
      case 'id':
        return this.call('bigIncrements', { positional: [arg(args, 0, 'column') ?? 'id'], named: {} }, line);
      case 'foreign': {
        return { command: this.indexCommand('foreign', arg(args, 0, 'columns'), arg(args, 1, 'name'), line) };
      }
      case 'foreignIdFor': {
        const model = str(arg(args, 0, 'model'), 'foreignIdFor() model');
        const column = arg(args, 1, 'column');
        const key = this.modelKey(model);
        const name = column === null || column === undefined ? key.foreignKey : str(column, 'column');
        return this.call(key.method, { positional: [name], named: {} }, line);
      }
      case 'timestamps':
      case 'nullableTimestamps':
      case 'timestampsTz': {
        const precision = arg(args, 0, 'precision') ?? 0;
        const type = method === 'timestampsTz' ? 'timestampTz' : 'timestamp';
        this.addColumn(type, 'created_at', { precision, nullable: true }, line);
        this.addColumn(type, 'updated_at', { precision, nullable: true }, line);
        return { done: true };
      }
      case 'datetimes': {
        const precision = arg(args, 0, 'precision') ?? 0;
        this.addColumn('dateTime', 'created_at', { precision, nullable: true }, line);
        this.addColumn('dateTime', 'updated_at', { precision, nullable: true }, line);
        return { done: true };
      }
      case 'softDeletes':
      case 'softDeletesTz':
      case 'softDeletesDatetime': {
        const name = arg(args, 0, 'column') ?? 'deleted_at';
        const precision = arg(args, 1, 'precision') ?? 0;
        const type =
          method === 'softDeletesTz'
            ? 'timestampTz'
            : method === 'softDeletesDatetime'
              ? 'dateTime'
              : 'timestamp';
        return { column: this.addColumn(type, str(name, 'column'), { precision, nullable: true }, line) };
      }
      case 'rememberToken':
        return { column: this.addColumn('string', 'remember_token', { length: 100, nullable: true }, line) };
      case 'morphs':
      case 'nullableMorphs': {
        if (this.settings.legacyMorphs) return this.legacyMorphs(args, method === 'nullableMorphs', line);
        const kind = this.settings.defaultMorphKeyType;
        const prefix = method === 'morphs' ? '' : 'nullable';
        const target = kind === 'uuid' ? 'UuidMorphs' : kind === 'ulid' ? 'UlidMorphs' : 'NumericMorphs';
        const full = prefix ? `${prefix}${target}` : target[0].toLowerCase() + target.slice(1);
        return this.call(full, args, line);
      }
      case 'numericMorphs':
      case 'nullableNumericMorphs':
      case 'uuidMorphs':
      case 'nullableUuidMorphs':
      case 'ulidMorphs':
      case 'nullableUlidMorphs': {
        const name = str(arg(args, 0, 'name'), 'morph name');
        const nullable = method.startsWith('nullable');
        const idMethod = /uuid/i.test(method) ? 'uuid' : /ulid/i.test(method) ? 'ulid' : 'unsignedBigInteger';
        const type = this.call('string', { positional: [`${name}_type`], named: {} }, line) as {
          column: ColumnDef;
        };
        const id = this.call(idMethod, { positional: [`${name}_id`], named: {} }, line) as {
          column: ColumnDef;
        };
        if (nullable) {
          type.column.attrs.nullable = true;
          id.column.attrs.nullable = true;
        }
        this.indexCommand('index', [`${name}_type`, `${name}_id`], arg(args, 1, 'indexName'), line);
        return { done: true };
      }
      case 'dropColumn': {
        const first = arg(args, 0, 'columns');
        const cols = Array.isArray(first)
          ? strList(first, 'column')
          : args.positional.map((v) => str(v, 'column'));
        return { command: this.command('dropColumn', { columns: cols }, line) };
      }
      case 'dropConstrainedForeignId': {
        const col = str(arg(args, 0, 'column'), 'column');
        this.dropIndexCommand('dropForeign', 'foreign', [col], line);
        return { command: this.command('dropColumn', { columns: [col] }, line) };
      }
      case 'dropForeignIdFor':
      case 'dropConstrainedForeignIdFor': {
        const model = str(arg(args, 0, 'model'), 'model');
        const column = arg(args, 1, 'column');
        const col =
          column === null || column === undefined ? this.modelKey(model).foreignKey : str(column, 'column');
        this.dropIndexCommand('dropForeign', 'foreign', [col], line);
        if (method === 'dropConstrainedForeignIdFor') this.command('dropColumn', { columns: [col] }, line);
        return { done: true };
      }
      case 'dropTimestamps':
      case 'dropTimestampsTz':
        this.command('dropColumn', { columns: ['created_at', 'updated_at'] }, line);
        return { done: true };
      case 'dropSoftDeletes':
      case 'dropSoftDeletesTz':
        this.command(
          'dropColumn',
          { columns: [str(arg(args, 0, 'column') ?? 'deleted_at', 'column')] },
          line,
        );
        return { done: true };
      case 'dropRememberToken':
        this.command('dropColumn', { columns: ['remember_token'] }, line);
        return { done: true };
      case 'dropMorphs': {
        const name = str(arg(args, 0, 'name'), 'morph name');
        const cols = [`${name}_type`, `${name}_id`];
        const indexName = arg(args, 1, 'indexName');
        this.dropIndexCommand('dropIndex', 'index', indexName ?? cols, line);
        this.command('dropColumn', { columns: cols }, line);
        return { done: true };
      }
      case 'renameColumn':
        return {
          command: this.command(
            'renameColumn',
            { from: str(arg(args, 0, 'from'), 'column'), to: str(arg(args, 1, 'to'), 'column') },
            line,
          ),
        };
      case 'renameIndex':
        return {
          command: this.command(
            'renameIndex',
            { from: str(arg(args, 0, 'from'), 'index'), to: str(arg(args, 1, 'to'), 'index') },
            line,
          ),
        };
      case 'rename':
        return { command: this.command('rename', { to: str(arg(args, 0, 'to'), 'table name') }, line) };
      case 'drop':
      case 'dropIfExists':
        return { command: this.command(method, {}, line) };
      case 'engine':
      case 'charset':
      case 'collation':
      case 'comment':
        this.def[method] = str(arg(args, 0, method), method);
        return { done: true };
      case 'temporary':
        this.def.temporary = true;
        return { done: true };
      case 'create':
        this.def.creating = true;
        return { done: true };
      default:
        throw new BlueprintError(`Blueprint::${method}() is not understood`);
    }
  }

  /** The model's key as foreignIdFor() reads it; Laravel's defaults for a class the app does not declare. */
  private modelKey(model: string): ModelKey {
    const found = this.settings.modelKey?.(model.replace(/^\\/, ''));
    return found ?? { method: 'foreignId', foreignKey: `${snake(model.split('\\').pop()!)}_id` };
  }

  private legacyMorphs(args: Args, nullable: boolean, line: number): Fluent {
    const name = str(arg(args, 0, 'name'), 'morph name');
    const id = this.addColumn('integer', `${name}_id`, { autoIncrement: false, unsigned: true }, line);
    const type = this.addColumn('string', `${name}_type`, { length: null }, line);
    if (nullable) {
      id.attrs.nullable = true;
      type.attrs.nullable = true;
    }
    this.indexCommand('index', [`${name}_id`, `${name}_type`], arg(args, 1, 'indexName'), line);
    return { done: true };
  }

  /** A call chained on a fluent object: column modifiers, `constrained()`, foreign key actions. */
  modify(fluent: Fluent, method: string, args: Args, line: number): Fluent {
    if ('done' in fluent) throw new BlueprintError(`->${method}() is not understood here`);
    if ('column' in fluent) {
      const col = fluent.column;
      if (col.foreignable && method === 'constrained') {
        const column = str(arg(args, 1, 'column') ?? 'id', 'column');
        const tableArg = arg(args, 0, 'table');
        const suffix = `_${column}`;
        const base = col.name.endsWith(suffix) ? col.name.slice(0, -suffix.length) : col.name;
        const on = tableArg === null || tableArg === undefined ? plural(base) : str(tableArg, 'table');
        const indexName = arg(args, 2, 'indexName');
        const cmd = this.indexCommand('foreign', [col.name], indexName, line);
        cmd.attrs.references = [column];
        cmd.attrs.on = on;
        return { command: cmd };
      }
      if (col.foreignable && method === 'references') {
        const cmd = this.indexCommand('foreign', [col.name], null, line);
        cmd.attrs.references = strList(arg(args, 0, 'column'), 'column');
        return { command: cmd };
      }
      col.attrs[method] = args.positional.length > 0 ? args.positional[0] : true;
      return fluent;
    }
    const cmd = fluent.command;
    const action = /^(cascade|restrict|null|noAction)On(Delete|Update)$/.exec(method);
    if (action) {
      const word = { cascade: 'cascade', restrict: 'restrict', null: 'set null', noAction: 'no action' }[
        action[1]
      ]!;
      cmd.attrs[action[2] === 'Delete' ? 'onDelete' : 'onUpdate'] = word;
      return fluent;
    }
    switch (method) {
      case 'references':
        cmd.attrs.references = strList(args.positional[0], 'column');
        return fluent;
      case 'on':
        cmd.attrs.on = str(args.positional[0], 'table');
        return fluent;
      case 'onDelete':
      case 'onUpdate':
        cmd.attrs[method] = str(args.positional[0], method);
        return fluent;
      default:
        // Commands are plain Fluent objects in Laravel: any other call only sets an attribute
        // (so `->constrained()->nullable()` leaves the column NOT NULL there too).
        cmd.attrs[method] = args.positional.length > 0 ? args.positional[0] : true;
        return fluent;
    }
  }
}

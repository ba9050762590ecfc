/**
 * Schema fidelity: how closely the schema perf-audit built agrees with the one Laravel builds (the oracle).
 * Pure: no I/O. Items are tables, columns (type, nullability, default) and indexes (columns in order,
 * uniqueness, and FULLTEXT/SPATIAL against BTREE; names ignored); items only in perf-audit's schema count
 * against the agreement too.
 */

import { parsePhp } from '../../src/project/php/parse.js';
import { walk } from '../../src/project/php/ast.js';
import type { Schema } from '../../src/schema/model.js';

/** The `schema` object of perf-audit's JSON report, as far as the comparison reads it. */
export interface ReportSchema {
  tables: {
    name: string;
    columns: { name: string; type: string; nullable: boolean; default: string | null }[];
    indexes: {
      name: string;
      columns: string[];
      unique: boolean;
      primary?: boolean;
      /** Absent means BTREE. */
      kind?: 'btree' | 'fulltext' | 'spatial';
    }[];
  }[];
}

export type SchemaDiffKind =
  | 'table-missing'
  | 'table-extra'
  | 'column-missing'
  | 'column-extra'
  | 'column-differs'
  | 'index-missing'
  | 'index-extra'
  | 'index-differs';

export interface SchemaDiff {
  kind: SchemaDiffKind;
  table: string;
  column?: string;
  index?: string;
  /** What Laravel built (normalised), for missing and differing items. */
  expected?: string;
  /** What perf-audit built (normalised), for extra and differing items. */
  actual?: string;
  /** The migration that last touched the item, and the line naming it (attributeDiffs). */
  source?: { file: string; line: number };
}

export interface Fidelity {
  /** agreed / (expected + extra); 1 when both schemas are empty. */
  agreement: number;
  items: { expected: number; agreed: number; extra: number };
  diffs: SchemaDiff[];
}

type AnyTable = ReportSchema['tables'][number];
type AnyColumn = AnyTable['columns'][number];
type AnyIndex = AnyTable['indexes'][number];

const INT_TYPES = new Set(['tinyint', 'smallint', 'mediumint', 'int', 'bigint']);
const NUMERIC = /^(tinyint|smallint|mediumint|int|bigint|decimal|float|double|bit|year)\b/;

/** One spelling per MariaDB type: lower case, no integer display widths (except tinyint(1), the boolean), aliases folded. */
export function normalizeType(type: string): string {
  // Only what lies outside quotes is folded: enum/set values keep their case and spaces.
  let t = type
    .trim()
    .split("'")
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .toLowerCase()
            .replace(/\s+/g, ' ')
            .replace(/\s*,\s*/g, ',')
            .replace(/\(\s+/g, '(')
            .replace(/\s+\)/g, ')'),
    )
    .join("'");
  t = t.replace(/^integer\b/, 'int').replace(/^(bool|boolean)$/, 'tinyint(1)');
  t = t.replace(/^(double precision|real)\b/, 'double').replace(/^(numeric|dec|fixed)\b/, 'decimal');
  if (/^decimal( |$)/.test(t)) t = t.replace(/^decimal/, 'decimal(10,0)');
  t = t.replace(/^decimal\((\d+)\)/, 'decimal($1,0)');
  const float = /^float\((\d+)\)(.*)$/.exec(t);
  if (float) t = (Number(float[1]) > 24 ? 'double' : 'float') + float[2];
  t = t.replace(/^json\b/, 'longtext');
  t = t.replace(/^(timestamp|datetime|time)\(0\)/, '$1');
  const int = /^(tinyint|smallint|mediumint|int|bigint)\((\d+)\)(.*)$/.exec(t);
  if (int && INT_TYPES.has(int[1]) && !(int[1] === 'tinyint' && int[2] === '1')) t = int[1] + int[3];
  return t;
}

/** Column defaults as one spelling: NULL as null, quotes off, numbers canonical, CURRENT_TIMESTAMP folded. */
export function normalizeDefault(value: string | null, type: string): string | null {
  if (value === null) return null;
  let v = value.trim();
  if (/^null$/i.test(v)) return null;
  const quoted = /^'(.*)'$/s.exec(v);
  if (quoted) v = quoted[1].replace(/''/g, "'").replace(/\\'/g, "'");
  else {
    const now = /^(current_timestamp|now|localtimestamp)(?:\((\d*)\))?$/i.exec(v);
    if (now) return now[2] && now[2] !== '0' ? `current_timestamp(${now[2]})` : 'current_timestamp';
  }
  const t = normalizeType(type);
  if (NUMERIC.test(t) && v !== '' && Number.isFinite(Number(v))) return String(Number(v));
  // An enum/set default names one of its values, matched without regard to case ('JSON' is 'json').
  if (/^(enum|set)\(/.test(t)) return v.toLowerCase();
  return v;
}

function columnText(c: AnyColumn): string {
  const d = normalizeDefault(c.default, c.type);
  return `${normalizeType(c.type)} ${c.nullable ? 'null' : 'not null'}${d === null ? '' : ` default ${d}`}`;
}

function indexKind(i: AnyIndex): 'primary' | 'unique' | 'index' {
  if (i.primary || i.name === 'PRIMARY') return 'primary';
  return i.unique ? 'unique' : 'index';
}

function indexText(i: AnyIndex): string {
  const kind = indexKind(i);
  // A FULLTEXT index serves MATCH … AGAINST only: on the same columns it is not the BTREE index.
  const access = i.kind && i.kind !== 'btree' ? `${i.kind} ` : '';
  return `${access}${kind === 'index' ? '' : `${kind} `}(${i.columns.join(', ')})`;
}

const key = (s: string): string => s.toLowerCase();

function tablesOf(schema: ReportSchema | Schema, skip: Set<string>): Map<string, AnyTable> {
  const out = new Map<string, AnyTable>();
  for (const t of schema.tables) if (!skip.has(key(t.name)) && !out.has(key(t.name))) out.set(key(t.name), t);
  return out;
}

function compareIndexes(
  table: string,
  expected: AnyIndex[],
  actual: AnyIndex[],
  diffs: SchemaDiff[],
): number {
  let agreed = 0;
  const left = [...actual];
  const cols = (i: AnyIndex): string => i.columns.map(key).join(',');
  const unmatched: AnyIndex[] = [];
  // Exact matches first, so a differing uniqueness is only reported where no exact twin exists.
  for (const e of expected) {
    const at = left.findIndex((a) => cols(a) === cols(e) && indexText(a) === indexText(e));
    if (at >= 0) {
      left.splice(at, 1);
      agreed++;
    } else unmatched.push(e);
  }
  for (const e of unmatched) {
    const at = left.findIndex((a) => cols(a) === cols(e));
    if (at >= 0) {
      const [a] = left.splice(at, 1);
      diffs.push({
        kind: 'index-differs',
        table,
        index: e.name,
        expected: indexText(e),
        actual: indexText(a),
      });
    } else diffs.push({ kind: 'index-missing', table, index: e.name, expected: indexText(e) });
  }
  for (const a of left) diffs.push({ kind: 'index-extra', table, index: a.name, actual: indexText(a) });
  return agreed;
}

export function compareSchemas(
  oracle: Schema | ReportSchema,
  ours: ReportSchema,
  excludedTables: string[],
): Fidelity {
  const skip = new Set(['migrations', ...excludedTables].map(key));
  const expectedTables = tablesOf(oracle, skip);
  const actualTables = tablesOf(ours, skip);
  const diffs: SchemaDiff[] = [];
  let expected = 0;
  let agreed = 0;
  let extra = 0;
  for (const [k, e] of expectedTables) {
    expected += 1 + e.columns.length + e.indexes.length;
    const a = actualTables.get(k);
    if (!a) {
      diffs.push({ kind: 'table-missing', table: e.name });
      continue;
    }
    agreed++;
    const actualColumns = new Map(a.columns.map((c) => [key(c.name), c]));
    for (const c of e.columns) {
      const ac = actualColumns.get(key(c.name));
      actualColumns.delete(key(c.name));
      if (!ac) diffs.push({ kind: 'column-missing', table: e.name, column: c.name, expected: columnText(c) });
      else if (columnText(ac) === columnText(c)) agreed++;
      else
        diffs.push({
          kind: 'column-differs',
          table: e.name,
          column: c.name,
          expected: columnText(c),
          actual: columnText(ac),
        });
    }
    for (const ac of actualColumns.values()) {
      extra++;
      diffs.push({ kind: 'column-extra', table: e.name, column: ac.name, actual: columnText(ac) });
    }
    const before = diffs.length;
    agreed += compareIndexes(e.name, e.indexes, a.indexes, diffs);
    extra += diffs.slice(before).filter((d) => d.kind === 'index-extra').length;
  }
  for (const [k, a] of actualTables) {
    if (expectedTables.has(k)) continue;
    extra += 1 + a.columns.length + a.indexes.length;
    diffs.push({ kind: 'table-extra', table: a.name });
  }
  const total = expected + extra;
  return { agreement: total === 0 ? 1 : agreed / total, items: { expected, agreed, extra }, diffs };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether an SQL statement (as Laravel's grammar writes it, identifiers in backquotes) works on `table`. */
function touchesTable(sql: string, table: string): boolean {
  const t = escape(table);
  return new RegExp(
    `\\b(create\\s+(temporary\\s+)?table(\\s+if\\s+not\\s+exists)?|alter\\s+table|drop\\s+table(\\s+if\\s+exists)?|rename\\s+table|\\bto|insert\\s+(ignore\\s+)?into|update|delete\\s+from|\\bon)\\s+\`?(\\w+\\.)?${t}\`?(\\s|\\(|$|,)`,
    'i',
  ).test(sql);
}

function mentions(sql: string, name: string): boolean {
  return (
    new RegExp(`\`${escape(name)}\``, 'i').test(sql) || new RegExp(`\\b${escape(name)}\\b`, 'i').test(sql)
  );
}

/** add/modify/change/drop/rename of the column, or its definition in a create table. */
function changesColumn(sql: string, column: string): boolean {
  const c = escape(column);
  return (
    new RegExp(`\\b(add|modify|change|drop|rename)\\s+(column\\s+)?\`?${c}\`?(\\s|,|$)`, 'i').test(sql) ||
    new RegExp(`\\bto\\s+\`${c}\``, 'i').test(sql) ||
    (/^\s*create\s+table/i.test(sql) && new RegExp(`[(,]\\s*\`${c}\`\\s`, 'i').test(sql))
  );
}

/** The words the diff is about, most specific first: what to look for in the SQL and in the PHP. */
function namesOf(d: SchemaDiff): string[] {
  if (d.column) return [d.column];
  if (d.index) {
    const cols = /\(([^)]*)\)/.exec(d.expected ?? d.actual ?? '')?.[1].split(', ') ?? [];
    return [d.index, ...cols.filter(Boolean)];
  }
  return [];
}

function lastFile(sqlByFile: Record<string, string[]>, test: (sql: string) => boolean): string | null {
  let found: string | null = null;
  for (const [file, statements] of Object.entries(sqlByFile)) if (statements.some(test)) found = file;
  return found;
}

/** The line of the first string literal in the file whose value is one of `names` (in order of preference). */
function literalLine(text: string, file: string, names: string[]): number {
  const { parsed } = parsePhp(file, text);
  if (!parsed) return 1;
  const lines = new Map<string, number>();
  walk(parsed.ast, (node) => {
    if (node.kind !== 'string' || typeof node.value !== 'string') return;
    const v = key(node.value);
    const line = (node.loc as { start?: { line?: number } } | null)?.start?.line;
    if (!lines.has(v) && typeof line === 'number') lines.set(v, line);
  });
  for (const n of names) {
    const line = lines.get(key(n));
    if (line) return line;
  }
  return 1;
}

/**
 * For each diff, the migration file whose SQL last touched its table and column/index, and the line of the
 * string literal naming the column (else the table) there; line 1 when no literal names it.
 */
export function attributeDiffs(
  diffs: SchemaDiff[],
  sqlByFile: Record<string, string[]>,
  readMigration: (file: string) => string,
  /** The connection's table prefix, which the SQL carries and the diffs do not (OracleResult.prefix). */
  tablePrefix = '',
): SchemaDiff[] {
  const texts = new Map<string, string | null>();
  const read = (file: string): string | null => {
    if (!texts.has(file)) {
      try {
        texts.set(file, readMigration(file));
      } catch {
        texts.set(file, null);
      }
    }
    return texts.get(file) ?? null;
  };
  return diffs.map((d) => {
    const names = namesOf(d);
    const onTable = (sql: string): boolean => touchesTable(sql, tablePrefix + d.table);
    // A statement that defines, changes or drops the column says more than an index naming it.
    const actsOn = (sql: string): boolean => !!d.column && onTable(sql) && changesColumn(sql, d.column);
    const file =
      (d.column ? lastFile(sqlByFile, actsOn) : null) ??
      (names.length
        ? lastFile(sqlByFile, (sql) => onTable(sql) && names.some((n) => mentions(sql, n)))
        : null) ??
      lastFile(sqlByFile, onTable);
    if (!file) return d;
    const text = read(file);
    const line = text === null ? 1 : literalLine(text, file, [...names, d.table]);
    return { ...d, source: { file, line } };
  });
}

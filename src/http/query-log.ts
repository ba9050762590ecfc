/**
 * Pure reading of MariaDB general-log rows: which connections are the app's, which rows are the
 * statements it ran, and each statement's shape (literals → `?`) so repeats can be counted.
 */

import { SqlParser } from '../project/sql/dialects.js';

const parser = new SqlParser();

/** One row of mysql.general_log, as read back. */
export interface GeneralLogRow {
  threadId: number;
  commandType: string;
  argument: string;
}

/**
 * The connections that belong to the app: those that connected to (or switched to) `database`, plus
 * the ones already open on it (`knownThreads`). Without a database name, every connection but ours.
 */
export function appThreadIds(
  rows: GeneralLogRow[],
  database: string | null,
  ownThreads: number[],
  knownThreads: number[] = [],
): Set<number> {
  const own = new Set(ownThreads);
  const ids = new Set<number>(knownThreads.filter((t) => !own.has(t)));
  for (const row of rows) {
    if (own.has(row.threadId)) continue;
    if (database === null) {
      ids.add(row.threadId);
    } else if (connectedDatabase(row) === database) {
      ids.add(row.threadId);
    }
  }
  return ids;
}

/** The database a Connect / Init DB row names, or null for other rows. */
export function connectedDatabase(row: GeneralLogRow): string | null {
  if (row.commandType === 'Init DB') return row.argument.trim();
  if (row.commandType === 'Connect') {
    // MariaDB writes `user@host on dbname using TCP/IP` (an empty name when none was chosen).
    const at = row.argument.lastIndexOf(' using ');
    const on = row.argument.indexOf(' on ');
    if (on >= 0 && at > on) return row.argument.slice(on + 4, at).trim() || null;
  }
  return null;
}

/** Session set-up the driver sends on every connection; not the app's queries. */
const SETUP_KEYWORDS = new Set(['set', 'use']);

/** The statements the app ran, in order: plain queries and executed prepared statements (not their Prepare rows). */
export function appStatements(rows: GeneralLogRow[], threads: Set<number>): string[] {
  return rows
    .filter((r) => threads.has(r.threadId) && (r.commandType === 'Query' || r.commandType === 'Execute'))
    .map((r) => r.argument.trim())
    .filter((sql) => sql.length > 0 && !SETUP_KEYWORDS.has(firstKeyword(sql)));
}

export function firstKeyword(sql: string): string {
  const m = /^[\s(]*([A-Za-z]+)/.exec(sql);
  return m ? m[1].toLowerCase() : '';
}

const LITERAL_TYPES = new Set([
  'number',
  'string',
  'single_quote_string',
  'double_quote_string',
  'natural_string',
  'hex_string',
  'full_hex_string',
  'bit_string',
  'bool',
  'date',
  'time',
  'timestamp',
  'datetime',
]);

type Node = Record<string, unknown>;

function isLiteral(n: unknown): boolean {
  return (
    !!n && typeof n === 'object' && LITERAL_TYPES.has(String((n as Node).type)) && 'value' in (n as Node)
  );
}

/** Replaces literal nodes with `?` in place; `IN (1, 2, 3)` becomes `IN (?)` so eager loads of any size match. */
function stripLiterals(node: unknown): unknown {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) node[i] = stripLiterals(node[i]);
    return node;
  }
  if (!node || typeof node !== 'object') return node;
  if (isLiteral(node)) return { type: 'origin', value: '?' };
  const n = node as Node;
  if (n.type === 'binary_expr' && /^(NOT )?IN$/i.test(String(n.operator))) {
    const right = n.right as Node | undefined;
    if (right?.type === 'expr_list' && Array.isArray(right.value) && right.value.every(isLiteral)) {
      right.value = right.value.slice(0, 1);
    }
  }
  for (const key of Object.keys(n)) n[key] = stripLiterals(n[key]);
  return n;
}

/** Shape of a statement, from its AST; the lexical fallback covers what the parser cannot read. */
export function normalizeStatement(sql: string): string {
  try {
    const ast = parser.astify(sql, { database: 'MariaDB' });
    stripLiterals(ast);
    return parser.sqlify(ast as Parameters<typeof parser.sqlify>[0], { database: 'MariaDB' });
  } catch {
    return normalizeLexically(sql);
  }
}

/**
 * Token-level normalization: quoted strings and numbers become `?`, identifiers stay (backticks
 * included, so a column named `x1` is not a number), whitespace collapses, case folds, IN lists collapse.
 */
export function normalizeLexically(sql: string): string {
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < sql.length) {
        if (sql[j] === '\\') j += 2;
        else if (sql[j] === c && sql[j + 1] === c) j += 2;
        else if (sql[j] === c) break;
        else j++;
      }
      out += '?';
      i = j + 1;
    } else if (c === '`') {
      const j = sql.indexOf('`', i + 1);
      const end = j < 0 ? sql.length : j + 1;
      out += sql.slice(i, end);
      i = end;
    } else if (/[0-9]/.test(c) && !/[A-Za-z0-9_$]/.test(out[out.length - 1] ?? '')) {
      let j = i;
      while (j < sql.length && /[0-9a-fA-FxX.]/.test(sql[j])) j++;
      out += '?';
      i = j;
    } else if (/\s/.test(c)) {
      if (!out.endsWith(' ')) out += ' ';
      i++;
    } else {
      out += c.toLowerCase();
      i++;
    }
  }
  return out.replace(/\(\s*\?(?:\s*,\s*\?)+\s*\)/g, '(?)').trim();
}

/** How many times each shape occurs in one request, most repeated first. */
export function repeatedShapes(normalized: string[]): { sql: string; times: number }[] {
  const counts = new Map<string, number>();
  for (const s of normalized) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.entries()]
    .map(([sql, times]) => ({ sql, times }))
    .sort((a, b) => b.times - a.times || a.sql.localeCompare(b.sql));
}

/** One concrete SELECT per shape, with the first URL that sent it: what the planner EXPLAINs. */
export function capturedSelects(
  requests: { url: string; statements: string[]; normalized?: string[] }[],
): { url: string; sql: string; shape: string }[] {
  const seen = new Map<string, { url: string; sql: string; shape: string }>();
  for (const r of requests) {
    r.statements.forEach((sql, i) => {
      if (firstKeyword(sql) !== 'select') return;
      const shape = r.normalized?.[i] ?? normalizeStatement(sql);
      if (!seen.has(shape)) seen.set(shape, { url: r.url, sql, shape });
    });
  }
  return [...seen.values()];
}

/** The distinct captured SELECTs, as the app sent them. */
export function distinctSelects(
  requests: { url: string; statements: string[]; normalized?: string[] }[],
): string[] {
  return capturedSelects(requests).map((s) => s.sql);
}

/** Tables a statement reads or writes (from the parser); [] when it cannot be parsed. */
export function statementTables(sql: string): string[] {
  try {
    return [
      ...new Set(
        parser
          .tableList(sql, { database: 'MariaDB' })
          .map((t) => t.split('::')[2])
          .filter((t) => t && t !== 'null'),
      ),
    ];
  } catch {
    return [];
  }
}

/**
 * For `select … from lessons where lessons.chapter_id = ?`, the lazily loaded relation: the parent
 * (`chapter`, from the foreign key) and the relation's table (`lessons`). null when the shape says less.
 */
export function lazyRelation(sql: string): { parent: string; table: string; foreignKey: string } | null {
  let ast: unknown;
  try {
    ast = parser.astify(sql, { database: 'MariaDB' });
  } catch {
    return null;
  }
  const select = (Array.isArray(ast) ? ast[0] : ast) as Node | undefined;
  const from = (select?.from as Node[] | undefined)?.[0];
  if (select?.type !== 'select' || !from?.table) return null;
  const table = String(from.table);
  let found: string | null = null;
  const visit = (n: unknown): void => {
    if (found || !n || typeof n !== 'object') return;
    const e = n as Node;
    if (e.type === 'binary_expr' && (e.operator === '=' || e.operator === 'IN')) {
      const left = e.left as Node | undefined;
      const column = left?.type === 'column_ref' ? columnName(left.column) : null;
      if (column && column.endsWith('_id')) {
        found = column;
        return;
      }
    }
    for (const v of Object.values(e)) visit(v);
  };
  visit(select.where);
  if (!found) return null;
  const foreignKey: string = found;
  return { parent: foreignKey.slice(0, -3), table, foreignKey };
}

function columnName(column: unknown): string | null {
  if (typeof column === 'string') return column;
  const expr = (column as Node | undefined)?.expr as Node | undefined;
  return expr && typeof expr.value === 'string' ? expr.value : null;
}

/**
 * Decides whether a raw statement from the repository (DB::statement/unprepared, a dump, a .sql file) may
 * run: it must parse (node-sql-parser, MariaDB dialect) as one DDL/DML statement on the scratch schema.
 * Whatever does not parse is refused: the server would read it some way we did not check. The per-run
 * account's privileges are the enforcement; this check gives a clear message at the statement's file:line
 * and refuses what privileges do not cover (loadable functions, session settings, file-backed engines).
 */

import { parseSql } from '../project/sql/parser.js';
import { unwrapExecutableComments } from './executable-comments.js';

export type GuardVerdict = { ok: true; sql: string } | { ok: false; reason: string };

/** Session settings a schema dump sets around its statements; every other setting is refused. */
const SESSION_SETTINGS = new Set([
  'foreign_key_checks',
  'unique_checks',
  'sql_mode',
  'time_zone',
  'character_set_client',
  'character_set_results',
  'collation_connection',
  'sql_notes',
  'sql_quote_show_create',
  'names',
]);

/** Functions that wait, lock, or read the server's disk; refused wherever they appear. */
const DENIED_FUNCTIONS = new Set([
  'sleep',
  'benchmark',
  'load_file',
  'get_lock',
  'release_lock',
  'release_all_locks',
  'is_free_lock',
  'is_used_lock',
  'master_pos_wait',
  'master_gtid_wait',
  'sys_exec',
  'sys_eval',
  'sys_get',
  'sys_set',
]);

/** Storage engines that keep their rows in InnoDB-like local tables; others reach files or other servers. */
const ENGINES = new Set(['innodb', 'myisam', 'aria', 'memory', 'heap']);

const TABLE_OBJECTS: Record<string, Set<string>> = {
  create: new Set(['table', 'index', 'view']),
  drop: new Set(['table', 'index', 'view']),
};
const DML = new Set([
  'insert',
  'replace',
  'update',
  'delete',
  'alter',
  'truncate',
  'rename',
  'lock',
  'unlock',
]);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Node = any;

function walk(node: Node, visit: (n: Record<string, Node>) => void): void {
  if (Array.isArray(node)) for (const x of node) walk(x, visit);
  else if (node && typeof node === 'object') {
    visit(node);
    for (const v of Object.values(node)) walk(v, visit);
  }
}

function functionName(n: Record<string, Node>): string | null {
  if (n.type !== 'function' && n.type !== 'aggr_func') return null;
  const name = n.name;
  if (typeof name === 'string') return name;
  const parts = name?.name;
  if (Array.isArray(parts)) return parts.map((p: Node) => String(p?.value ?? '')).join('.');
  return null;
}

function setProblem(ast: Node): string | null {
  const scope = String(ast.keyword ?? '').toUpperCase();
  if (scope && scope !== 'SESSION' && scope !== 'LOCAL')
    return `SET ${scope} changes the server for everyone`;
  for (const e of ast.expr ?? []) {
    const left = e?.left;
    if (left?.type !== 'var') return 'only session settings and user variables may be SET';
    if (left.prefix === '@') continue;
    const name = String(left.name).toLowerCase();
    const target = name === 'session' || name === 'local' ? String(left.members?.[0] ?? '') : name;
    if (name === 'global' || !SESSION_SETTINGS.has(target.toLowerCase()))
      return `SET ${left.name}${left.members?.length ? `.${left.members.join('.')}` : ''} is not a schema setting`;
  }
  return null;
}

function kindProblem(ast: Node): string | null {
  const type = String(ast.type ?? '').toLowerCase();
  const keyword = String(ast.keyword ?? '').toLowerCase();
  if (type in TABLE_OBJECTS) {
    return TABLE_OBJECTS[type].has(keyword)
      ? null
      : `${type.toUpperCase()} ${keyword.toUpperCase() || '(unknown)'} is not DDL on the scratch schema`;
  }
  if (type === 'set') return setProblem(ast);
  if (DML.has(type)) return null;
  return `${type.toUpperCase() || 'this statement'} is not DDL/DML on the scratch schema`;
}

/** Table options (CREATE and ALTER alike) that reach files or other servers, and views run as someone else. */
function tableOptionProblem(ast: Node): string | null {
  if (ast.definer) return 'DEFINER= would run the view as another account';
  let problem: string | null = null;
  walk(ast, (n) => {
    const key = typeof n.keyword === 'string' ? n.keyword.toLowerCase() : '';
    if (problem || !key) return;
    if (key.includes('directory')) problem = `${key.toUpperCase()} writes outside the server's data folder`;
    else if (key === 'connection') problem = 'CONNECTION= reaches another server';
    else if (key === 'engine') {
      const engine = String(n.value ?? n.engine ?? '').toLowerCase();
      if (!ENGINES.has(engine))
        problem = `ENGINE=${n.value ?? n.engine} is not allowed (only InnoDB, MyISAM, Aria, MEMORY)`;
    }
  });
  return problem;
}

function referenceProblem(ast: Node, scratch: string, udfs: Set<string>): string | null {
  let problem: string | null = null;
  walk(ast, (n) => {
    if (problem) return;
    for (const key of ['db', 'schema', 'database']) {
      const v = n[key];
      if (typeof v === 'string' && v !== '' && v.toLowerCase() !== scratch.toLowerCase()) {
        problem = `it names the database \`${v}\`; only the scratch database is reachable`;
        return;
      }
    }
    if (n.type === 'var' && n.prefix === '@@' && String(n.name).toLowerCase() === 'global') {
      problem = 'it reads a global server variable';
      return;
    }
    const fn = functionName(n)?.toLowerCase();
    if (fn && fn.includes('.')) problem = `it calls the stored function ${fn}`;
    else if (fn && (DENIED_FUNCTIONS.has(fn) || udfs.has(fn))) problem = `it calls ${fn}()`;
  });
  return problem;
}

/** `SET NAMES x [COLLATE y]` (dumps start with it); node-sql-parser does not read it. */
const SET_NAMES = /^SET\s+NAMES\s+'?[A-Za-z0-9_]+'?(\s+COLLATE\s+'?[A-Za-z0-9_]+'?)?\s*;?\s*$/i;

/**
 * The verdict for one statement. `sql` in an ok verdict is what must be sent: executable comments unwrapped,
 * so the server runs exactly the text that was checked.
 */
export function guardStatement(raw: string, scratch: string, udfs: Set<string> = new Set()): GuardVerdict {
  const unwrapped = unwrapExecutableComments(raw);
  if (unwrapped === null) return { ok: false, reason: 'an executable comment (/*! … */) is not closed' };
  const sql = unwrapped.trim().replace(/;\s*$/, '').trim();
  if (sql === '') return { ok: false, reason: 'empty statement' };
  if (SET_NAMES.test(sql)) return { ok: true, sql };
  const asts = parseSql(sql);
  if (!asts) return { ok: false, reason: 'it does not parse as MariaDB DDL/DML' };
  if (asts.length !== 1) return { ok: false, reason: 'one statement at a time' };
  const ast = asts[0];
  const problem =
    kindProblem(ast) ?? tableOptionProblem(ast) ?? referenceProblem(ast, scratch, udfs) ?? intoProblem(ast);
  return problem ? { ok: false, reason: problem } : { ok: true, sql };
}

/** INSERT … SELECT … INTO OUTFILE and friends: any INTO with a target writes outside the schema. */
function intoProblem(ast: Node): string | null {
  let problem: string | null = null;
  walk(ast, (n) => {
    const into = n.into;
    if (!problem && into && typeof into === 'object' && !Array.isArray(into) && (into.type || into.expr))
      problem = 'SELECT … INTO writes outside the schema';
  });
  return problem;
}

/**
 * The verdict for a query that is only EXPLAINed (a configured critical query, a captured one): one SELECT
 * reading the scratch schema, with no function that waits, locks or reads files (EXPLAIN may evaluate
 * constant subqueries).
 */
export function guardSelect(raw: string, scratch: string, udfs: Set<string> = new Set()): GuardVerdict {
  const unwrapped = unwrapExecutableComments(raw);
  if (unwrapped === null) return { ok: false, reason: 'an executable comment (/*! … */) is not closed' };
  const sql = unwrapped.trim().replace(/;\s*$/, '').trim();
  const asts = parseSql(sql);
  if (!asts) return { ok: false, reason: 'it does not parse as a MariaDB SELECT' };
  if (asts.length !== 1) return { ok: false, reason: 'one statement at a time' };
  const ast = asts[0];
  if (String(ast.type).toLowerCase() !== 'select')
    return { ok: false, reason: 'only SELECT statements are EXPLAINed' };
  const problem = referenceProblem(ast, scratch, udfs) ?? intoProblem(ast);
  return problem ? { ok: false, reason: problem } : { ok: true, sql };
}

/**
 * For DDL that perf-audit renders from the repository's schema (defaults, generated columns): a call to a
 * denied or loadable function anywhere outside string literals. Such a default would run on the first INSERT.
 */
export function deniedCall(sql: string, udfs: Set<string> = new Set()): string | null {
  const code = sql.replace(/'(?:[^'\\]|\\.|'')*'|"(?:[^"\\]|\\.)*"|`(?:[^`]|``)*`/g, "''");
  for (const m of code.matchAll(/\b([A-Za-z_][A-Za-z0-9_$]*)\s*\(/g)) {
    const name = m[1].toLowerCase();
    if (DENIED_FUNCTIONS.has(name) || udfs.has(name)) return `it calls ${name}()`;
  }
  return null;
}

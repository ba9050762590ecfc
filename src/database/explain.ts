/** Reads MariaDB's EXPLAIN FORMAT=JSON into the few facts the rules judge by. Pure. */

import type { ExplainSummary, Plan } from './types.js';
import { tableOfInstance } from './table-instance.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** Access types that read the whole table or the whole index. */
export const FULL_SCAN_ACCESS = new Set(['ALL', 'index']);

interface Walk {
  filesort: boolean;
  temporary: boolean;
}

/**
 * Parses the JSON text (or the object mysql2 returns) of one EXPLAIN FORMAT=JSON.
 * A filesort or temporary table applies to every table read beneath it in the tree.
 */
export function parseExplainJson(sql: string, explain: unknown): Plan {
  let root: unknown = explain;
  if (typeof explain === 'string') {
    try {
      root = parseLenient(explain);
    } catch (err) {
      return { sql, accesses: [], error: `EXPLAIN output is not JSON: ${(err as Error).message}` };
    }
  }
  const accesses: ExplainSummary[] = [];
  const messages: string[] = [];
  walk(root, { filesort: false, temporary: false }, accesses, messages);
  const plan: Plan = { sql, accesses };
  if (messages.length > 0) plan.messages = messages;
  return plan;
}

/** One `"key": "value",` line of MariaDB's pretty-printed EXPLAIN. */
const STRING_LINE = /^(\s*"[^"]+": )"(.*)"(,?)$/;

/**
 * MariaDB prints a condition's string literals into its JSON unescaped (`"attached_condition": "… like
 * '{"a":1}%'"`): such a value is not valid JSON. It says nothing the rules read, so a line that does not
 * parse as a string is emptied and the rest of the plan read.
 */
function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const repaired = text
      .split('\n')
      .map((line) => {
        const m = STRING_LINE.exec(line);
        if (!m) return line;
        try {
          JSON.parse(`"${m[2]}"`);
          return line;
        } catch {
          return `${m[1]}""${m[3]}`;
        }
      })
      .join('\n');
    if (repaired === text) throw err;
    return JSON.parse(repaired);
  }
}

function walk(node: unknown, ctx: Walk, out: ExplainSummary[], messages: string[]): void {
  if (Array.isArray(node)) {
    for (const n of node) walk(n, ctx, out, messages);
    return;
  }
  if (!isObject(node)) return;
  const here: Walk = {
    filesort: ctx.filesort || node.filesort === true || node.using_filesort === true,
    temporary: ctx.temporary || node.using_temporary_table === true,
  };
  if (typeof node.message === 'string') messages.push(node.message);
  // `<union1,2>`, `<subquery2>`, `<derived3>` are the server's own intermediate results, not app tables.
  if (
    typeof node.table_name === 'string' &&
    typeof node.access_type === 'string' &&
    !node.table_name.startsWith('<')
  ) {
    out.push(summarize(node, here));
  }
  for (const [key, value] of Object.entries(node)) {
    if (!isObject(value) && !Array.isArray(value)) continue;
    const next: Walk = {
      filesort: here.filesort || key === 'filesort' || key === 'read_sorted_file',
      temporary: here.temporary || key === 'temporary_table',
    };
    walk(value, next, out, messages);
  }
}

function summarize(t: Json, ctx: Walk): ExplainSummary {
  const rows = Number(t.rows ?? 0);
  return {
    table: tableOfInstance(String(t.table_name)),
    access: String(t.access_type),
    key: typeof t.key === 'string' ? t.key : null,
    possibleKeys: strings(t.possible_keys),
    usedKeyParts: strings(t.used_key_parts),
    rows: Number.isFinite(rows) ? rows : 0,
    filesort: ctx.filesort,
    temporary: ctx.temporary,
  };
}

/** The accesses of one table (by name or alias, case-insensitive). */
export function accessesOf(plan: Plan, table: string): ExplainSummary[] {
  const t = table.toLowerCase();
  return plan.accesses.filter((a) => a.table.toLowerCase() === t);
}

/**
 * True when an access reads the whole table: ALL, or a full index scan that is not cut short by a LIMIT
 * (`index` with rows near the table's size; without a known size, any `index` access counts).
 */
export function isFullScan(a: ExplainSummary): boolean {
  if (a.access === 'ALL') return true;
  if (a.access !== 'index') return false;
  return a.tableRows === undefined || a.rows >= a.tableRows / 2;
}

/** True when the plan reads all of `table`. */
export function scansTable(plan: Plan, table: string): boolean {
  return accessesOf(plan, table).some(isFullScan);
}

/** True when the plan sorts or groups through a filesort or a temporary table. */
export function sortsOrGroupsOutsideIndex(plan: Plan): { filesort: boolean; temporary: boolean } {
  return {
    filesort: plan.accesses.some((a) => a.filesort),
    temporary: plan.accesses.some((a) => a.temporary),
  };
}

/** A one-line description, e.g. `ALL, 1,000,000 rows, filesort` or `range on x_index, 1 rows`. */
export function describeAccess(a: ExplainSummary): string {
  const parts = [
    a.key ? `${a.access} on ${a.key}` : a.access,
    `${a.rows.toLocaleString('en-US')} row${a.rows === 1 ? '' : 's'}`,
  ];
  if (a.filesort) parts.push('filesort');
  if (a.temporary) parts.push('temporary table');
  return parts.join(', ');
}

/** PA104: a function around an indexed column (whereDate, whereYear, LOWER(col)…) stops MariaDB from seeking on it. */

import type { FindingDraft } from '../findings.js';
import { findTable } from '../schema/model.js';
import { defeatedIndexes, predicateRef } from '../schema/index-match.js';
import type { Rule } from './rule.js';
import { locationsOf, missingIndexes, earnedEverywhere } from './pa101-missing-index.js';
import { calibrate } from './calibrate/calibrate.js';
import { shapeSql } from './shape-sql.js';

/** How to say the same thing on the bare column, by function. */
export function rewriteAdvice(fn: string, column: string): string {
  switch (fn.toUpperCase()) {
    case 'DATE':
      return `compare a range instead: ->whereBetween('${column}', [$day->copy()->startOfDay(), $day->copy()->endOfDay()])`;
    case 'YEAR':
      return `compare a range instead: ->whereBetween('${column}', [Carbon::create($year)->startOfYear(), Carbon::create($year)->endOfYear()])`;
    case 'MONTH':
    case 'DAY':
    case 'TIME':
      return `compare a range of ${column} when the other parts are known, or index a generated column holding ${fn.toUpperCase()}(${column})`;
    case 'LOWER':
    case 'UPPER':
      return `compare ${column} directly: a case-insensitive collation (utf8mb4_unicode_ci, Laravel's default) already ignores case`;
    case 'BINARY':
      return `put BINARY on the value instead (whereRaw('${column} = BINARY ?', [$value])): the comparison stays case-sensitive and seeks in the index`;
    case 'JSON_EXTRACT':
      return `add a virtual generated column for the JSON path (->virtualAs(...)) and index it`;
    default:
      return `compare the bare column ${column}, or index a generated column holding the expression`;
  }
}

/** How to sort without the expression. */
export function sortAdvice(fn: string, column: string): string {
  return (
    `sort by the bare column ${column} where it gives the same order, or by an indexed generated column ` +
    `holding ${fn.toUpperCase()}(${column})`
  );
}

export const pa104FunctionOnIndexedColumn: Rule = {
  id: 'PA104',
  name: 'function-on-indexed-column',
  title: 'Function around an indexed column defeats the index',
  defaultSeverity: 'warning',
  needs: 'schema',
  check(ctx) {
    const drafts: FindingDraft[] = [];
    const done = new Set<string>();
    // A column PA101 already proposes an index on, alone, is reported once: by PA101, which names the function.
    const proposed = new Set(
      missingIndexes(ctx)
        .filter((m) => m.proposal.columns.length === 1)
        .map((m) => `${m.proposal.table.toLowerCase()}.${m.proposal.columns[0]}`),
    );
    for (const shape of ctx.project.queries) {
      const table = findTable(ctx.schema, shape.table);
      if (!table) continue;
      for (const { predicate, index, prefix, sortOnly } of defeatedIndexes(shape, table)) {
        const column = predicateRef(predicate).column;
        if (proposed.has(`${table.name.toLowerCase()}.${column}`)) continue;
        const fn = (predicate.fn ?? '').toUpperCase();
        const key = `${shape.id}\u0000${fn}\u0000${column}`;
        if (done.has(key)) continue;
        done.add(key);
        const cal = calibrate(ctx, table.name, earnedEverywhere(ctx, shape.id, 'warning'));
        if (cal.severity === null) continue;
        // Located at the occurrence that gave the severity (a controller's, not a seeder's copy).
        const at = cal.decisive ?? shape;
        // Sorting by an expression after an equality prefix: the index still seeks to the prefix's rows
        // (one node's allocations), and only their order is computed; a generated column would be the fix.
        const withinPrefix = sortOnly && prefix.length > 0;
        const severity = withinPrefix ? 'info' : cal.severity;
        const locations = locationsOf(ctx, new Set([shape.id]));
        const advice = sortOnly ? sortAdvice(fn, column) : rewriteAdvice(fn, column);
        const within = withinPrefix
          ? ` Info only: ${index.name} still seeks on ${prefix.join(', ')}, so only the rows with those values ` +
            `are sorted by ${fn}(${column}).`
          : '';
        drafts.push({
          title: `${fn}(${column}) cannot use ${index.name}`,
          message:
            `${at.code || at.table} at ${at.location.file}:${at.location.line} wraps ${table.name}.${column} ` +
            (sortOnly
              ? `in ${fn}() in its ORDER BY, so MariaDB cannot read ${index.name} in that order and sorts the rows. `
              : `in ${fn}(), so MariaDB cannot seek in ${index.name} and evaluates it on every row. `) +
            `To use the index, ${advice}.` +
            within +
            cal.notes.map((n) => ` ${n}`).join(''),
          severity,
          location: at.location,
          locations,
          table: table.name,
          columns: [column],
          fingerprintKey: `${shape.id}|${fn}`,
          exampleQuery: shapeSql(shape, ctx.schema),
          evidence: {
            decidedBy: 'static',
            function: fn,
            index: index.name,
            indexColumns: index.columns,
            ...(sortOnly ? { sortOnly: true } : {}),
            ...(withinPrefix ? { seeksOn: prefix } : {}),
            ...cal.evidence,
          },
          fix: { text: advice },
        });
      }
    }
    return drafts;
  },
};

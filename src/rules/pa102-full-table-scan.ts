/** PA102 full-table-scan: EXPLAIN at production scale reads the whole table for a query that wants part of it. */

import type { FindingDraft } from '../findings.js';
import type { Plan } from '../database/types.js';
import type { QueryShape } from '../project/model.js';
import { findTable } from '../schema/model.js';
import { demandOf } from '../schema/index-match.js';
import { describeAccess, isFullScan } from '../database/explain.js';
import type { Rule, RuleContext } from './rule.js';
import { ruleOption } from './options.js';
import {
  coveredShapes,
  locationsOf,
  missingIndexes,
  earnedEverywhere,
  planFor,
} from './pa101-missing-index.js';
import { calibrate } from './calibrate/calibrate.js';
import { capSeverity } from './calibrate/place-severity.js';
import { SMALL_ROWS } from './calibrate/size-class.js';
import { narrowsOnlyByFewValues } from './calibrate/low-cardinality.js';
import {
  describeFilter,
  narrows,
  narrowingFilters,
  onlyUnseekableFilters,
  unseekableFix,
  unseekableNote,
} from './calibrate/unseekable-filters.js';

const DEFAULT_MIN_ROWS = 10_000;

export function minRows(ctx: RuleContext, rule: string, fallback: number): number {
  return ruleOption(ctx.config, rule, 'min-rows', fallback, 0);
}

/**
 * A query with no narrowing filter, no join and no LIMIT reads every row on purpose: scanning is its job.
 * Soft deletes (the scope's or the code's own `whereNull('deleted_at')`) and IS NOT NULL keep most rows, so
 * they do not narrow. A LEFT JOIN keeps every row of the main table, so it does not narrow that table
 * either (`User::leftJoin('subusers', …)->groupBy('users.id')`: every user with a count); a joined table is
 * looked up once per row of the other side, so a scan of it is never its job. `table`: the scanned table,
 * the main one when absent.
 */
export function wantsPartOfTable(shape: QueryShape, table: string = shape.table): boolean {
  if (table.toLowerCase() !== shape.table.toLowerCase()) return true;
  return (
    shape.where.some(narrows) ||
    shape.joins.some((j) => j.type !== 'left') ||
    shape.limit !== undefined ||
    !!shape.single
  );
}

/**
 * A join with no narrowing filter (in WHERE or in an ON clause) and no LIMIT reads every row of one of its
 * tables, whichever MariaDB starts from (every genre with its songs, summed): scanning the table the plan
 * reads first is its job. A table joined to it and read in full for each of its rows is not.
 */
export function drivesUnfilteredJoin(
  shape: QueryShape,
  plan: Plan,
  access: Plan['accesses'][number],
): boolean {
  if (shape.partial || shape.limit !== undefined || shape.single || shape.joins.length === 0) return false;
  if (narrowingFilters(shape).length > 0) return false;
  return plan.accesses[0] === access;
}

/** Why no index helps, from the shape's own predicates: the fix differs for each. */
function advice(ctx: RuleContext, shape: QueryShape, table: string): string {
  const t = findTable(ctx.schema, table);
  if (!t) return 'Filter on an indexed column, or add an index the planner can use.';
  const d = demandOf(shape, t, table.toLowerCase() === shape.table.toLowerCase() ? 'main' : 'join');
  if (d.functions.length) {
    return `Compare the bare column instead of ${d.functions.map((f) => `${f.fn}(${f.column})`).join(', ')} (see PA104).`;
  }
  if (d.unsargable.length) {
    return (
      `${d.unsargable.map((p) => `${p.column} ${p.op.toUpperCase()}`).join(', ')} cannot seek in a B-tree index: ` +
      'narrow the query with an indexed filter, or use a FULLTEXT index for text search.'
    );
  }
  return 'Add an index that starts with the filtered columns, or narrow the query with an indexed filter.';
}

/**
 * A scan's cost is the table's size, and with no index to prove (PA101's re-EXPLAIN) that is all the finding
 * stands on: a size the code's writes suggest is an assumption, so the scan is info until a statistics file
 * or `database.tables` measures the table (reviewers of the corpus judged 1 of 20 such warnings true: the
 * rest were scans of tables their apps keep short by purging, or lookup tables).
 */
function assumedSizeNote(ctx: RuleContext): string {
  const rows = ctx.config.database.assumeRows.toLocaleString('en-US');
  return (
    `Info only: no index is proposed, so the cost is the table's size, and ${rows} rows is an assumption: ` +
    `a statistics file (perf-audit stats) or database.tables giving the table ${SMALL_ROWS.toLocaleString('en-US')} rows or more makes it a warning.`
  );
}

/** Why a scan of a partly read query is info only: the piece that could not be read may narrow it. */
function partialNote(shape: QueryShape): string {
  const why = shape.partialReasons?.[0];
  return `Info only: part of the query could not be read${why ? ` (${why})` : ''}, and it may narrow the read.`;
}

function scanDraft(
  title: string,
  plan: Plan,
  table: string,
  rows: number,
  text: string,
): Omit<FindingDraft, 'location'> {
  return {
    title,
    message: text,
    table,
    query: plan.sql,
    evidence: {
      decidedBy: 'planner',
      sql: plan.sql,
      explain: plan.accesses,
      rows,
    },
  };
}

export const pa102FullTableScan: Rule = {
  id: 'PA102',
  name: 'full-table-scan',
  title: 'Query reads the whole table at production scale',
  // No index is proposed, so no re-EXPLAIN proves a fix (the config's critical queries stay critical).
  defaultSeverity: 'warning',
  needs: 'database',
  check(ctx) {
    if (!ctx.database) return [];
    const missing = missingIndexes(ctx);
    const covered = coveredShapes(missing);
    const threshold = minRows(ctx, 'PA102', DEFAULT_MIN_ROWS);
    const drafts: FindingDraft[] = [];
    const done = new Set<string>();
    for (const shape of ctx.project.queries) {
      if (done.has(shape.id)) continue;
      done.add(shape.id);
      const sp = planFor(ctx, shape.id);
      if (!sp) continue;
      for (const a of sp.before.accesses.filter(isFullScan)) {
        if (covered.has(shape.id) || !wantsPartOfTable(shape, a.table)) continue;
        if (drivesUnfilteredJoin(shape, sp.before, a)) continue;
        const size = a.tableRows ?? a.rows;
        if (size < threshold) continue;
        // A filter on booleans or a status alone keeps a large share of the rows: the scan is its job.
        if (narrowsOnlyByFewValues(ctx, shape, a.table)) continue;
        // No index is proposed, so no re-EXPLAIN proves a fix: warning at most (calibrate/proof-gain.ts).
        const cal = calibrate(ctx, a.table, earnedEverywhere(ctx, shape.id, 'warning'));
        if (cal.severity === null) continue;
        // Located at the occurrence that gave the severity (a controller's, not a seeder's copy).
        const at = cal.decisive ?? shape;
        // A piece of the chain could not be read (a filter, perhaps): that the query reads all of the table
        // is then not shown, only that what was read does.
        const unread = shape.partial ? partialNote(shape) : null;
        // Filters no B-tree can seek (`LIKE '%term%'`, `!=`, a function of the column) and nothing else: no
        // index narrows the read, so the scan is the query's nature; the fix is another kind of search.
        const unseekable = onlyUnseekableFilters(shape, a.table);
        const assumed = cal.size.source === 'code' && cal.severity !== 'info' ? assumedSizeNote(ctx) : null;
        const why = unread ?? (unseekable ? unseekableNote(unseekable) : assumed);
        const severity = why ? (capSeverity(cal.severity, 'info') ?? 'info') : cal.severity;
        const locations = locationsOf(ctx, new Set([shape.id]));
        const fix = unseekable ? unseekableFix(unseekable) : advice(ctx, shape, a.table);
        const draft = scanDraft(
          `Full scan of ${a.table} (${size.toLocaleString('en-US')} rows)`,
          sp.before,
          a.table,
          size,
          `${at.code || at.table} at ${at.location.file}:${at.location.line} reads all of ${a.table} ` +
            `at production scale (${describeAccess(a)}). ${fix}` +
            [...cal.notes, ...(why ? [why] : [])].map((n) => ` ${n}`).join(''),
        );
        drafts.push({
          ...draft,
          severity,
          evidence: {
            ...draft.evidence,
            ...cal.evidence,
            ...(unseekable && !unread ? { unseekable: unseekable.map(describeFilter) } : {}),
          },
          location: at.location,
          locations,
          fix: { text: fix },
        });
      }
    }
    // The config file's critical queries, unless a missing index on the same table already explains them.
    const tablesWithMissing = new Set(missing.map((m) => m.proposal.table.toLowerCase()));
    for (const { name, plan } of ctx.database.criticalPlans) {
      if (plan.error) continue;
      for (const a of plan.accesses.filter(isFullScan)) {
        const size = a.tableRows ?? a.rows;
        if (size < threshold || tablesWithMissing.has(a.table.toLowerCase())) continue;
        drafts.push({
          ...scanDraft(
            `Critical query "${name}" scans ${a.table}`,
            plan,
            a.table,
            size,
            `The critical query "${name}" reads all of ${a.table} at production scale (${describeAccess(a)}). ` +
              'Add an index that starts with its filtered or sorted columns.',
          ),
          severity: 'critical',
          fingerprintKey: name,
          fix: { text: 'Add an index that starts with the filtered or sorted columns.' },
        });
      }
    }
    return drafts;
  },
};

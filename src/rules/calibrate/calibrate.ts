/**
 * A finding's final severity from its evidence: the severity each query earns (its proof), bounded by where
 * that query runs, the highest of them, then bounded by the table's size class. Null: not a finding.
 */

import { SEVERITY_ORDER, type Severity } from '../../findings.js';
import type { QueryPlace, QueryShape } from '../../project/model.js';
import type { RuleContext } from '../rule.js';
import { capSeverity, placeOfShape, severityAtPlace } from './place-severity.js';
import { optionalFilterBound } from './optional-filter-severity.js';
import { rarePathOf } from './rare-path-severity.js';
import { relatedKeyBound } from './related-key-bound.js';
import { severityForSize, sizeOf, type TableSize } from './size-class.js';

export interface Calibrated {
  severity: Severity | null;
  /** The place of the query that gave the severity (the highest one). */
  place: QueryPlace | null;
  /**
   * The query that gave the severity: of those bounded highest, the one that earned most, then the first in
   * file order. The finding is located there, and its message describes it.
   */
  decisive: QueryShape | null;
  size: TableSize;
  /** Why the severity is lower than the evidence alone would make it, for the message. */
  notes: string[];
  /** Evidence fields for the JSON report. */
  evidence: Record<string, unknown>;
}

export interface Earned {
  severity: Severity;
  shape: QueryShape;
}

const rank = (s: Severity | null) => (s === null ? -1 : SEVERITY_ORDER[s]);
const inFileOrder = (a: QueryShape, b: QueryShape) =>
  a.location.file.localeCompare(b.location.file) || a.location.line - b.location.line;

/** Whether `a` (bounded to `as`) decides the severity rather than `b` (bounded to `bs`). */
function decidesOver(a: Earned, as: Severity | null, b: Earned, bs: Severity | null): boolean {
  if (rank(as) !== rank(bs)) return rank(as) > rank(bs);
  if (a.severity !== b.severity) return rank(a.severity) > rank(b.severity);
  return inFileOrder(a.shape, b.shape) < 0;
}

const max = (a: Severity | null, b: Severity | null): Severity | null =>
  a === null ? b : b === null ? a : SEVERITY_ORDER[a] >= SEVERITY_ORDER[b] ? a : b;

/** A severity under a bound on its code path (a cap and why); the reason is kept when the cap lowered it. */
function underBound(
  severity: Severity,
  bound: { cap: Severity; reason: string } | null,
  reasons: Set<string>,
): Severity | null {
  if (!bound) return severity;
  const capped = capSeverity(severity, bound.cap);
  if (capped !== severity) reasons.add(bound.reason);
  return capped;
}

export function calibrate(ctx: RuleContext, table: string, earned: Earned[]): Calibrated {
  const size = sizeOf(ctx.project, ctx.config, table, ctx.stats);
  let raw: Severity | null = null;
  let severity: Severity | null = null;
  let placed: Severity | null = null;
  let decisive: { earned: Earned; severity: Severity | null } | null = null;
  const places = new Set<QueryPlace>();
  const rareReasons = new Set<string>();
  const optionalReasons = new Set<string>();
  const relatedReasons = new Set<string>();
  for (const e of earned) {
    const p = placeOfShape(e.shape);
    places.add(p);
    raw = max(raw, e.severity);
    const atPlace = severityAtPlace(e.severity, p);
    placed = max(placed, atPlace);
    // Code that runs rarely or never (a weekly task, an unused job, a delete event) is bounded too, and so
    // is a list query sent only with an optional filter the request chooses.
    const r = atPlace && underBound(atPlace, rarePathOf(ctx.project, e.shape), rareReasons);
    const o = r && underBound(r, optionalFilterBound(e.shape, p, size), optionalReasons);
    // A whereHas on a selective related key keeps the read to that key's rows, whatever this table's indexes.
    const s = o && underBound(o, relatedKeyBound(ctx.schema, e.shape), relatedReasons);
    if (!decisive || decidesOver(e, s, decisive.earned, decisive.severity))
      decisive = { earned: e, severity: s };
    severity = max(severity, s);
  }
  const place = decisive && decisive.severity !== null ? placeOfShape(decisive.earned.shape) : null;
  const notes: string[] = [];
  if (raw !== null && placed !== raw) {
    notes.push(
      severity === null
        ? `Its queries run only in ${[...places].join(', ')} code: not a finding.`
        : 'Warning at most: the queries that would make it critical run in console commands, not on a request or a job.',
    );
  }
  const bounded = placed !== null && severity !== placed && severity !== null;
  if (bounded) {
    const why = [...rareReasons, ...optionalReasons, ...relatedReasons].slice(0, 2).join('; ');
    notes.push(`${severity === 'info' ? 'Info only' : 'Warning at most'}: ${why}.`);
  }
  if (severity !== null) {
    const sized = severityForSize(severity, size);
    if (sized !== severity) notes.push(`Info only: a small table (${size.reason}).`);
    severity = sized;
  }
  return {
    severity,
    place,
    decisive: decisive?.earned.shape ?? null,
    size,
    notes,
    evidence: {
      place,
      ...(rareReasons.size && bounded ? { rarePath: [...rareReasons] } : {}),
      ...(optionalReasons.size && bounded ? { optionalFilter: [...optionalReasons] } : {}),
      ...(relatedReasons.size && bounded ? { relatedKey: [...relatedReasons] } : {}),
      sizeClass: size.class,
      sizeSource: size.source,
      sizeReason: size.reason,
      ...(size.rows !== undefined ? { sizeRows: size.rows } : {}),
    },
  };
}

/** The finding model shared by every rule, report and gate. */

export type Severity = 'critical' | 'warning' | 'info';

export const SEVERITY_ORDER: Record<Severity, number> = { critical: 3, warning: 2, info: 1 };

/** A place in the audited app, relative to the app root (forward slashes). */
export interface Location {
  file: string;
  line: number;
}

export interface Fix {
  /** Ready-to-run SQL, e.g. `ALTER TABLE certificates ADD INDEX certificates_created_at_index (created_at);`. */
  sql?: string;
  /** The Laravel migration line, e.g. `$table->index('created_at');`. */
  migration?: string;
  /** Free text when the fix is configuration, e.g. `.env: CACHE_DRIVER=redis`. */
  text?: string;
}

/** What a rule returns; the registry fills in severity, fingerprint and docs. */
export interface FindingDraft {
  title: string;
  message: string;
  /** Overrides the rule's default severity when the evidence says so (e.g. PA101 partial → warning). */
  severity?: Severity;
  location?: Location;
  /** Further places that share this finding (e.g. every query that needs the same index). */
  locations?: Location[];
  table?: string;
  columns?: string[];
  query?: string;
  /**
   * The query reported with the finding when it is not part of what identifies it (PA101: the worst of the
   * queries that need one index): shown in `query`, left out of the fingerprint.
   */
  exampleQuery?: string;
  evidence?: Record<string, unknown>;
  fix?: Fix;
  /** Extra words that keep the fingerprint unique when table/columns/query are not enough. */
  fingerprintKey?: string;
}

export type FindingStatus = 'new' | 'existing';

export interface Finding {
  rule: string;
  severity: Severity;
  title: string;
  message: string;
  file: string | null;
  line: number | null;
  locations: Location[];
  table: string | null;
  columns: string[];
  query: string | null;
  evidence: Record<string, unknown>;
  fix: { sql: string | null; migration: string | null; text: string | null };
  fingerprint: string;
  status: FindingStatus;
  /** Set when an ignore entry or inline comment silenced it: silenced findings never block. */
  silenced?: { reason: string; by: string };
  docs: string;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[b.severity] - SEVERITY_ORDER[a.severity] ||
    a.rule.localeCompare(b.rule) ||
    (a.file ?? '').localeCompare(b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0)
  );
}

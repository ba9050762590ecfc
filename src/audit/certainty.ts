/**
 * Certainty applied to the audit: which problems the audited schema stands on, and findings on uncertain
 * tables turned into warnings that name the construct and where it is. Pure.
 */

import type { DatabaseFacts } from '../database/types.js';
import type { Finding } from '../findings.js';
import type { Problem, ProjectModel } from '../project/model.js';
import { uncertainTable, type SchemaCertainty } from '../schema/certainty.js';

/**
 * The problems met while building the schema the rules read: the static fold's (with migration files that
 * do not parse, whose tables cannot be named), or, with a database, the fold of the migrations that built
 * it and what MariaDB rejected.
 */
export function schemaProblemsOf(project: ProjectModel, database: DatabaseFacts | null): Problem[] {
  const migrations = new Set(project.migrationFiles);
  const unparsed = project.problems
    .filter((p) => p.construct === 'parse error' && migrations.has(p.location.file))
    .map((p): Problem => ({ ...p, touches: { tables: [], unknown: true } }));
  if (!database) return [...unparsed, ...project.problems.filter((p) => p.touches)];
  const fold = database.foldProblems ?? null;
  return [...(fold ? [...unparsed, ...fold] : []), ...database.applyProblems];
}

/** How many constructs an uncertain finding names before "and N more". */
const NAMED = 3;

/**
 * A finding on an uncertain table is never critical: it becomes a warning whose message names the
 * constructs not understood (file:line), and its evidence lists them. The fingerprint does not change.
 */
export function withCertainty(findings: Finding[], certainty: SchemaCertainty): Finding[] {
  if (certainty.uncertainTables.length === 0) return findings;
  return findings.map((f) => {
    if (!f.table || f.rule === 'PA901') return f;
    const table = uncertainTable(certainty, f.table);
    if (!table) return f;
    const named = table.constructs
      .slice(0, NAMED)
      .map((c) => `${c.construct} at ${c.file}:${c.line}`)
      .join(', ');
    const more = table.constructs.length > NAMED ? ` and ${table.constructs.length - NAMED} more` : '';
    const critical = f.severity === 'critical';
    return {
      ...f,
      severity: critical ? 'warning' : f.severity,
      message:
        `${f.message} Uncertain: ${table.name} was built by code perf-audit does not understand ` +
        `(${named}${more}), so a real install may differ${critical ? '; a warning, never critical' : ''}.`,
      evidence: {
        ...f.evidence,
        uncertain: {
          table: table.name,
          ...(critical ? { severityWithoutUncertainty: 'critical' } : {}),
          constructCount: table.constructs.length,
          constructs: table.constructs.slice(0, 10),
        },
      },
    };
  });
}

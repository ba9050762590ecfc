import type { FindingDraft, Location } from '../findings.js';
import type { Problem } from '../project/model.js';
import type { Rule, RuleContext } from './rule.js';

/**
 * The problems of the run, each once. With a database that folded the migrations again, that fold's
 * problems replace the project's fold problems (the same constructs, and only those of the migrations that
 * built the audited schema: a schema dump covers the older ones).
 */
export function problemsOf(ctx: RuleContext): Problem[] {
  const db = ctx.database;
  if (!db?.foldProblems) return [...ctx.project.problems, ...(db?.applyProblems ?? [])];
  return [...ctx.project.problems.filter((p) => !p.touches), ...db.foldProblems, ...db.applyProblems];
}

const byPlace = (a: Location, b: Location) => a.file.localeCompare(b.file) || a.line - b.line;

function titleOf(construct: string | undefined, count: number): string {
  if (construct === 'parse error') return count === 1 ? 'File does not parse' : `${count} files do not parse`;
  const what = construct ? `Construct not understood: ${construct}` : 'Not understood';
  return count === 1 ? what : `${what} (${count} places)`;
}

/** The tables the group's places make uncertain, for the message. */
function uncertainTables(group: Problem[]): { named: number; unknown: number } {
  const named = new Set(group.flatMap((p) => p.touches?.tables ?? []).map((t) => t.toLowerCase()));
  return { named: named.size, unknown: group.filter((p) => p.touches?.unknown).length };
}

/**
 * PA901: files that do not parse and constructs perf-audit does not understand, one finding per construct
 * with every place it was met (evidence.places) and how many. Never fatal.
 */
export const pa901: Rule = {
  id: 'PA901',
  name: 'not-understood',
  title: 'File or construct not understood',
  defaultSeverity: 'info',
  needs: 'project',
  check(ctx) {
    const groups = new Map<string, Problem[]>();
    for (const p of problemsOf(ctx)) {
      // Without a construct a problem is its own group.
      const key = p.construct !== undefined ? `c\u0000${p.construct}` : `m\u0000${p.message}`;
      const group = groups.get(key);
      if (group) group.push(p);
      else groups.set(key, [p]);
    }
    return [...groups.values()].map((group): FindingDraft => {
      const places = [...group].sort((a, b) => byPlace(a.location, b.location));
      const first = places[0];
      const construct = first.construct;
      const count = places.length;
      const { named, unknown } = uncertainTables(group);
      const where =
        count === 1 ? '' : `${count} places; first at ${first.location.file}:${first.location.line}: `;
      const effects = [
        ...(named > 0
          ? [
              `${named} ${named === 1 ? 'table touched here is' : 'tables touched here are'} uncertain (findings on them are warnings, never critical)`,
            ]
          : []),
        ...(unknown > 0
          ? [
              `${count === 1 ? 'it' : `${unknown} of these places`} may have changed tables that cannot be named`,
            ]
          : []),
      ];
      const tables = effects.length ? ` ${effects.join('; ').replace(/^./, (c) => c.toUpperCase())}.` : '';
      return {
        title: titleOf(construct, count),
        message: `${where}${first.message}. The rest of the app was still audited; verdicts that depend on ${count === 1 ? 'this place' : 'these places'} may be incomplete.${tables}`,
        location: first.location,
        locations: places.map((p) => p.location),
        evidence: {
          construct: construct ?? null,
          count,
          places: places.map((p) => ({ file: p.location.file, line: p.location.line, message: p.message })),
        },
        fingerprintKey: construct !== undefined ? `construct\u0000${construct}` : first.message,
      };
    });
  },
};

/** How the report words the schema's certainty (src/schema/certainty.ts): the header and the warning on top. */

import type { SchemaCertainty } from '../schema/certainty.js';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "3 of 40 tables uncertain (…)", plus the touches that name no table; null when all is certain. */
export function uncertainText(c: SchemaCertainty | null | undefined): string | null {
  if (!c) return null;
  const parts: string[] = [];
  if (c.tables === 0) parts.push('no table was built');
  else if (c.uncertain > 0)
    parts.push(
      `${c.uncertain} of ${plural(c.tables, 'table')} uncertain (built by code not understood: their findings are warnings, never critical)`,
    );
  if (c.unknownTouches.length > 0)
    parts.push(
      `${plural(c.unknownTouches.length, 'construct')} not understood may have changed tables that cannot be named`,
    );
  return parts.length ? parts.join('; ') : null;
}

/** The verdicts line: planner confirmation is claimed only for the tables that are certain. */
export function certaintyVerdicts(planner: boolean, c: SchemaCertainty | null | undefined): string {
  const uncertain = uncertainText(c);
  if (planner) {
    const confirmed =
      c && c.uncertain > 0
        ? `verdicts confirmed by MariaDB's planner at production scale for ${c.tables - c.uncertain} of ${plural(c.tables, 'table')}`
        : "verdicts confirmed by MariaDB's planner at production scale";
    return uncertain ? `${confirmed}; ${uncertain}` : confirmed;
  }
  const base = 'static verdicts only: no database';
  return uncertain ? `${base}; ${uncertain}` : base;
}

/** The warning a run puts at the top when more than a quarter of the tables are uncertain or none was built. */
export function lowCertaintyText(c: SchemaCertainty | null | undefined): string | null {
  if (!c?.low) return null;
  if (c.tables === 0)
    return 'Schema uncertain: no table was built, so no index verdict stands on a schema (see the phases and PA901)';
  const pct = Math.round((c.uncertain / c.tables) * 100);
  return (
    `Schema uncertain: ${c.uncertain} of ${plural(c.tables, 'table')} (${pct}%) ${c.uncertain === 1 ? 'was' : 'were'} built by migration code ` +
    'perf-audit does not understand; findings on them are warnings, never critical (see PA901)'
  );
}

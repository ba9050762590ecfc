/**
 * A table whose CREATE TABLE MariaDB rejected is missing from the introspected schema: the rules would
 * then say nothing about it (fail open). It is put back as the migrations describe it, so its static
 * verdicts stand (EXPLAIN fails on it, so the planner cannot overturn them), and it is named as uncertain.
 */

import type { Problem } from '../project/model.js';
import { findTable, type Schema } from '../schema/model.js';

export function withRejectedTables(
  schema: Schema,
  rejected: Schema['tables'],
): { schema: Schema; problems: Problem[] } {
  const missing = rejected.filter((t) => !findTable(schema, t.name));
  const problems = missing.map((t): Problem => ({
    location: t.origin ?? { file: '', line: 0 },
    message: `table ${t.name}: MariaDB rejected its CREATE TABLE, so its verdicts come from the static analysis only and are uncertain`,
    construct: 'uncertain table',
    touches: { tables: [t.name], unknown: false },
  }));
  return {
    schema: missing.length ? { ...schema, tables: [...schema.tables, ...missing] } : schema,
    problems,
  };
}

/**
 * Where the introspected schema's tables, columns and foreign keys were declared. MariaDB knows what the
 * migrations built, not where: the folded schema that built it does. Carried over by name, so a finding on a
 * table (a redundant index, an unindexed foreign key) points at its migration in both modes.
 */

import type { Schema, Table } from './model.js';

const lower = (s: string) => s.toLowerCase();

function carryTable(target: Table, from: Table): Table {
  const columns = new Map(from.columns.map((c) => [lower(c.name), c.origin]));
  const keys = new Map(from.foreignKeys.map((k) => [lower(k.name), k.origin]));
  return {
    ...target,
    ...(from.origin ? { origin: from.origin } : {}),
    columns: target.columns.map((c) => {
      const origin = c.origin ?? columns.get(lower(c.name));
      return origin ? { ...c, origin } : c;
    }),
    foreignKeys: target.foreignKeys.map((k) => {
      const origin = k.origin ?? keys.get(lower(k.name));
      return origin ? { ...k, origin } : k;
    }),
  };
}

/** `target` with the declaration places `folded` knows; a table the fold does not know is left as it is. */
export function withOrigins(target: Schema, folded: Schema): Schema {
  const byName = new Map(folded.tables.map((t) => [lower(t.name), t]));
  return {
    ...target,
    tables: target.tables.map((t) => {
      const from = byName.get(lower(t.name));
      return from && !t.origin ? carryTable(t, from) : t;
    }),
  };
}

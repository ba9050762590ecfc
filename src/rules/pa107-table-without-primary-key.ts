/** PA107: a table without a primary key: InnoDB clusters rows on a hidden key, replication and updates suffer. */

import type { FindingDraft } from '../findings.js';
import type { Table } from '../schema/model.js';
import { implicitPrimary, sqlIdentifier } from '../schema/index-match.js';
import { packageNote, packageOwner } from './package-tables.js';
import type { Rule } from './rule.js';

/**
 * The key to propose: `id` when there is one, the unique index InnoDB already clusters on (NOT NULL, whole
 * columns: a key over a prefix of a TEXT column cannot be declared on the whole column), the `*_id` pair of a
 * pivot.
 */
export function primaryKeyFix(table: Table): { sql?: string; migration: string } {
  const t = sqlIdentifier(table.name);
  const id = table.columns.find((c) => c.name.toLowerCase() === 'id');
  if (id) return { sql: `ALTER TABLE ${t} ADD PRIMARY KEY (id);`, migration: "$table->primary('id');" };
  const unique = implicitPrimary(table);
  const ids = table.columns
    .filter((c) => c.name.toLowerCase().endsWith('_id') && !c.nullable)
    .map((c) => c.name);
  const columns = unique?.columns ?? (ids.length === 2 ? ids : null);
  if (columns) {
    const arg = columns.length === 1 ? `'${columns[0]}'` : `[${columns.map((c) => `'${c}'`).join(', ')}]`;
    return {
      sql: `ALTER TABLE ${t} ADD PRIMARY KEY (${columns.map(sqlIdentifier).join(', ')});`,
      migration: `$table->primary(${arg});`,
    };
  }
  return { migration: '$table->id();' };
}

export const pa107TableWithoutPrimaryKey: Rule = {
  id: 'PA107',
  name: 'table-without-primary-key',
  title: 'Table without a primary key',
  defaultSeverity: 'warning',
  needs: 'schema',
  check(ctx) {
    const drafts: FindingDraft[] = [];
    for (const table of ctx.schema.tables) {
      if (table.indexes.some((i) => i.primary || i.name.toUpperCase() === 'PRIMARY')) continue;
      if (table.engine && !/innodb|aria|myisam/i.test(table.engine)) continue;
      const fix = primaryKeyFix(table);
      // A unique NOT NULL index already is the clustered key: declaring it changes the name, not the storage.
      const clustered = implicitPrimary(table);
      const owner = packageOwner(table.name);
      drafts.push({
        title: `${table.name} has no primary key`,
        message: clustered
          ? `${table.name} declares no primary key, but InnoDB clusters its rows on ${clustered.name} ` +
            `(${clustered.columns.join(', ')}), a unique index whose columns are all NOT NULL, which serves as one. ` +
            `Info only: declaring it the primary key (${fix.migration}) makes that explicit and changes nothing in storage.`
          : `${table.name} has no primary key: InnoDB clusters its rows on a hidden 6-byte row id, so lookups by any ` +
            `key take a second step, row-based replication must scan to apply updates and deletes, and Laravel cannot ` +
            `address single rows reliably. Add one (${fix.migration}).` +
            (owner ? ` ${packageNote(owner)}` : ''),
        ...(clustered || owner ? { severity: 'info' as const } : {}),
        location: table.origin,
        table: table.name,
        evidence: {
          decidedBy: 'static',
          columns: table.columns.map((c) => c.name),
          ...(clustered ? { clusteredOn: clustered.name } : {}),
          ...(owner ? { package: owner } : {}),
        },
        fix,
      });
    }
    return drafts;
  },
};

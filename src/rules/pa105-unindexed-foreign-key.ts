/**
 * PA105: a column that points at another table (`user_id` → users) with no index that starts with it.
 * A declared foreign key constraint makes MariaDB create one; `unsignedBigInteger('user_id')` or
 * `foreignId('user_id')` without ->constrained() do not.
 */

import { sizeOf } from './calibrate/size-class.js';
import type { FindingDraft } from '../findings.js';
import type { Index, Schema, Table } from '../schema/model.js';
import { findColumn, findTable } from '../schema/model.js';
import { indexProposal } from '../schema/index-match.js';
import { lowCardinalityOf } from '../schema/low-cardinality.js';
import { plural, singular } from '../project/laravel/naming.js';
import type { Rule } from './rule.js';
import { missingIndexes } from './pa101-missing-index.js';
import { keyOf, keyReaders, tableFixed, type KeyReader, type ReaderSite } from './key-readers.js';

const INTEGER_OR_KEY =
  /^(tinyint|smallint|mediumint|int|integer|bigint|char\(36\)|char\(26\)|binary\(16\)|uuid)/i;

/** Laravel's guess at a parent table: `category_id` → categories, `person_id` → people. */
export function parentTableFor(column: string, schema: Schema): Table | undefined {
  const base = column.toLowerCase().replace(/_id$/, '');
  return findTable(schema, plural(base)) ?? findTable(schema, base);
}

const TEMPORAL = /^(timestamp|datetime|date|time|year)\b/i;

/**
 * An index led by another column the reader fixes by `=`, one with many values (a tenant or parent key, not
 * a flag, a status or a timestamp its `IS NULL` fixes): the reader already seeks through it to few rows.
 */
function seekingIndex(table: Table, key: string, site: ReaderSite): Index | null {
  const narrows = (c: string) => {
    const col = findColumn(table, c);
    return !!col && !TEMPORAL.test(col.type) && lowCardinalityOf(table, c) === null;
  };
  return (
    table.indexes.find((i) => {
      if ((i.kind ?? 'btree') !== 'btree') return false;
      const first = i.columns[0]?.toLowerCase();
      return !!first && first !== key && site.fixed.includes(first) && narrows(first);
    }) ?? null
  );
}

/** The first reader that has to scan for lack of an index on the key; null when each seeks through another. */
export function scanningReader(table: Table, key: string, reader: KeyReader): ReaderSite | null {
  return reader.sites.find((s) => !seekingIndex(table, key, s)) ?? null;
}

function leads(indexes: Index[], column: string): boolean {
  return indexes.some((i) => (i.kind ?? 'btree') === 'btree' && i.columns[0]?.toLowerCase() === column);
}

/**
 * An index that has the column right after columns every reader fixes by `=` or IS NULL: each lookup seeks
 * through those to the key (`(deleted_at, user_id)` for a soft-deleting model's `deleted_at IS NULL`).
 */
function servedAfterFixed(indexes: Index[], column: string, fixed: string[]): boolean {
  return indexes.some((i) => {
    if ((i.kind ?? 'btree') !== 'btree') return false;
    const cols = i.columns.map((c) => c.toLowerCase());
    const at = cols.indexOf(column);
    return at > 0 && cols.slice(0, at).every((c) => fixed.includes(c));
  });
}

export const pa105UnindexedForeignKey: Rule = {
  id: 'PA105',
  name: 'unindexed-foreign-key',
  title: 'Foreign key column without an index',
  defaultSeverity: 'warning',
  needs: 'schema',
  check(ctx) {
    // PA101 already proposes an index that starts with these columns: one finding is enough.
    const proposed = new Set(
      missingIndexes(ctx).map((m) => `${m.proposal.table.toLowerCase()}.${m.proposal.columns[0]}`),
    );
    // Only an app whose models were read can say that nothing reads a column.
    const readers =
      ctx.project.models.length > 0 ? keyReaders(ctx.project.models, ctx.project.queries) : null;
    const drafts: FindingDraft[] = [];
    for (const table of ctx.schema.tables) {
      const constrained = new Set(table.foreignKeys.map((fk) => fk.columns[0]?.toLowerCase()));
      for (const col of table.columns) {
        const name = col.name.toLowerCase();
        if (!name.endsWith('_id') || !INTEGER_OR_KEY.test(col.type)) continue;
        if (constrained.has(name) || leads(table.indexes, name)) continue;
        // A morph pair (`commentable_type`, `commentable_id`) is served by Laravel's (type, id) index.
        const morphType = name.replace(/_id$/, '_type');
        if (table.columns.some((c) => c.name.toLowerCase() === morphType)) {
          if (leads(table.indexes, morphType)) continue;
        } else if (!parentTableFor(name, ctx.schema)) continue;
        if (proposed.has(`${table.name.toLowerCase()}.${name}`)) continue;
        const read = readers?.get(keyOf(table.name, name));
        // A reader that seeks through another index (its tenant or parent key) is not slowed by this one.
        const reader = read ? scanningReader(table, name, read) : null;
        const seeksElsewhere = !!read && !reader;
        const shown = reader ?? read ?? null;
        const unread = readers !== null && !read;
        // Without a reader, what every query through the table's model fixes (a relation added later would).
        if (readers) {
          const fixed = read ? read.fixed : tableFixed(ctx.project.models, table.name);
          if (servedAfterFixed(table.indexes, name, fixed)) continue;
        }
        const parent = parentTableFor(name, ctx.schema);
        const proposal = indexProposal(table.name, [col.name]);
        // A scan of a table that stays small costs nothing, whoever reads it (calibrate/size-class.ts).
        const size = sizeOf(ctx.project, ctx.config, table.name, ctx.stats);
        const small = !unread && !seeksElsewhere && size.class === 'small';
        drafts.push({
          title: `${table.name}.${col.name} has no index`,
          message:
            `${table.name}.${col.name} points at ${parent ? parent.name : 'another table'} but no index starts with it ` +
            `(no foreign key constraint is declared, so MariaDB created none). ` +
            (reader
              ? `${reader.what} (${reader.file}:${reader.line}) looks ${table.name} up by it, and so does every ` +
                `such lookup of a parent's rows (relation, whereHas, cascades): each scans ${table.name}. `
              : seeksElsewhere
                ? `Info only: every relation and query that looks ${table.name} up by it also fixes a column another ` +
                  `index starts with (${read!.what} at ${read!.file}:${read!.line} seeks through ` +
                  `${seekingIndex(table, name, read!.sites[0])!.name}), so none of them scans; a lookup by it alone ` +
                  `would. `
                : unread
                  ? `Info only: no relation from the parent side and no query the code sends looks ${table.name} up by ` +
                    `it, so nothing is slow today; a relation or a cascade added later would scan ${table.name}. `
                  : `Every lookup of a parent's rows (${parent ? `$${singular(parent.name)}->` : ''}relation, ` +
                    `whereHas, cascades) scans ${table.name}. `) +
            (small ? `Info only: a small table (${size.reason}). ` : '') +
            `Add ${proposal.name}, or declare the constraint with ->constrained().`,
          ...(unread || seeksElsewhere || small ? { severity: 'info' as const } : {}),
          location: table.origin,
          table: table.name,
          columns: [col.name],
          evidence: {
            decidedBy: 'static',
            references: parent?.name ?? null,
            sizeClass: size.class,
            sizeSource: size.source,
            sizeReason: size.reason,
            indexName: proposal.name,
            ...(readers
              ? { readBy: shown ? { what: shown.what, file: shown.file, line: shown.line } : null }
              : {}),
            ...(seeksElsewhere
              ? {
                  readersSeekThrough: [
                    ...new Set(read!.sites.map((s) => seekingIndex(table, name, s)!.name)),
                  ],
                }
              : {}),
          },
          fix: { sql: proposal.sql, migration: proposal.migration },
        });
      }
    }
    return drafts;
  },
};

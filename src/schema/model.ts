/** The schema model: what MariaDB holds (introspected) or what the migrations say (static). */

import type { Location } from '../findings.js';

export interface Column {
  name: string;
  /** MariaDB's COLUMN_TYPE, lower case: `bigint(20) unsigned`, `varchar(255)`, `timestamp`. */
  type: string;
  nullable: boolean;
  /** information_schema COLUMN_DEFAULT as MariaDB reports it (quoted literal, NULL as null, or expression). */
  default: string | null;
  autoIncrement?: boolean;
  /** MariaDB's JSON: its COLUMN_TYPE is `longtext`, and a check keeps every value valid JSON. */
  json?: boolean;
  /** Generated column expression (storedAs / virtualAs). */
  generated?: { expression: string; stored: boolean };
  comment?: string;
  collation?: string | null;
  /** Column character set when declared on the column (static schema). */
  charset?: string | null;
  /** `ON UPDATE` expression, e.g. `CURRENT_TIMESTAMP` (useCurrentOnUpdate). */
  onUpdate?: string;
  /** Where the column was defined or last changed (static schema only). */
  origin?: Location;
}

export interface Index {
  name: string;
  columns: string[];
  unique: boolean;
  primary?: boolean;
  /** BTREE unless FULLTEXT or SPATIAL. */
  kind?: 'btree' | 'fulltext' | 'spatial';
  /** Prefix lengths per column where an index covers only part of a string column. */
  subParts?: (number | null)[];
}

export interface ForeignKey {
  name: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  onDelete?: string;
  onUpdate?: string;
  /** Where the key was declared (static schema only). */
  origin?: Location;
}

export interface Table {
  name: string;
  columns: Column[];
  indexes: Index[];
  foreignKeys: ForeignKey[];
  engine?: string;
  charset?: string;
  collation?: string;
  comment?: string;
  /** Where the table was created (static schema only). */
  origin?: Location;
}

/** How the schema was obtained. */
export type SchemaSource = 'migrations' | 'dump' | 'sql' | 'command' | 'static';

export interface Schema {
  source: SchemaSource;
  tables: Table[];
}

const tablesByName = new WeakMap<Table[], Map<string, Table>>();

/** Case-insensitive look-up; the index is built once per tables array (rules ask for every query shape). */
export function findTable(schema: Schema, name: string): Table | undefined {
  let byName = tablesByName.get(schema.tables);
  if (!byName) {
    byName = new Map();
    for (const t of schema.tables) if (!byName.has(t.name.toLowerCase())) byName.set(t.name.toLowerCase(), t);
    tablesByName.set(schema.tables, byName);
  }
  return byName.get(name.toLowerCase());
}

export function findColumn(table: Table, name: string): Column | undefined {
  const lower = name.toLowerCase();
  return table.columns.find((c) => c.name.toLowerCase() === lower);
}

/**
 * The table of a query's `tables` (its own first, then the joined ones) a column reference names, as MariaDB
 * resolves it: the qualifier's table; unqualified, the first table that has the column (`orderBy('order')` on
 * a many-to-many relation sorts by the pivot's column). Null when none has it.
 */
export function resolveColumn(
  tables: Table[],
  qualifier: string | null,
  column: string,
): { table: Table; column: Column } | null {
  for (const t of tables) {
    if (qualifier !== null && t.name.toLowerCase() !== qualifier.toLowerCase()) continue;
    const c = findColumn(t, column);
    if (c) return { table: t, column: c };
  }
  return null;
}

/**
 * Certainty of the audited schema: a table is uncertain when something that built it was not understood
 * (a migration construct the fold could not follow, a statement MariaDB rejected). Findings on uncertain
 * tables warn and never block; the report says how many tables are uncertain. Pure.
 */

import type { Problem } from '../project/model.js';
import { findTable, type Schema } from './model.js';

/** A construct not understood, where it is. */
export interface UncertainConstruct {
  construct: string;
  file: string;
  line: number;
  message: string;
}

export interface UncertainTable {
  name: string;
  /** Whether the audited schema has the table (a construct not understood may have kept it from being built). */
  inSchema: boolean;
  /** Columns the constructs named, when they named one. */
  columns: string[];
  constructs: UncertainConstruct[];
}

export interface SchemaCertainty {
  /** Tables in the audited schema. */
  tables: number;
  /** How many of them are uncertain. */
  uncertain: number;
  /** Tables touched by a construct not understood, those missing from the schema included. */
  uncertainTables: UncertainTable[];
  /** Constructs not understood whose tables cannot be named: they may have changed any table. */
  unknownTouches: UncertainConstruct[];
  /** More than a quarter of the tables are uncertain, or no table was built: the run says so at the top. */
  low: boolean;
}

function constructOf(p: Problem): UncertainConstruct {
  return {
    construct: p.construct ?? 'not understood',
    file: p.location.file,
    line: p.location.line,
    message: p.message,
  };
}

/** The certainty of `schema`, given the problems met while it was built (those with `touches`). */
export function certaintyOf(schema: Schema, problems: Problem[]): SchemaCertainty {
  const byName = new Map<string, UncertainTable>();
  const unknownTouches: UncertainConstruct[] = [];
  for (const p of problems) {
    if (!p.touches) continue;
    const construct = constructOf(p);
    if (p.touches.unknown) unknownTouches.push(construct);
    for (const written of p.touches.tables) {
      const table = findTable(schema, written);
      const name = table?.name ?? written;
      const key = name.toLowerCase();
      const entry = byName.get(key) ?? { name, inSchema: !!table, columns: [], constructs: [] };
      const column = p.touches.tables.length === 1 ? p.touches.column : undefined;
      if (column && !entry.columns.includes(column)) entry.columns.push(column);
      entry.constructs.push(construct);
      byName.set(key, entry);
    }
  }
  const uncertainTables = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  const tables = schema.tables.length;
  const uncertain = uncertainTables.filter((t) => t.inSchema).length;
  return {
    tables,
    uncertain,
    uncertainTables,
    unknownTouches,
    low: tables === 0 || uncertain * 4 > tables,
  };
}

/** The uncertain table of this name that the schema holds, if any. */
export function uncertainTable(certainty: SchemaCertainty | null | undefined, name: string) {
  const lower = name.toLowerCase();
  return certainty?.uncertainTables.find((t) => t.inSchema && t.name.toLowerCase() === lower);
}

/** Which size the planner gives a table, and where it comes from: the config, the statistics file, or the default. */

import type { ProductionStats } from './model.js';

export type SizeSource = 'config' | 'measured' | 'assumed';

export interface SizeInputs {
  /** config.database.assumeRows */
  assumeRows: number;
  /** config.database.tables: always wins. */
  tables: Record<string, number>;
  stats?: ProductionStats | null;
}

export function tableSize(table: string, opts: SizeInputs): { rows: number; source: SizeSource } {
  const hit = Object.entries(opts.tables).find(([t]) => t.toLowerCase() === table.toLowerCase());
  const measured = opts.stats?.rowsOf(table) ?? null;
  const [rows, source]: [number, SizeSource] = hit
    ? [hit[1], 'config']
    : measured !== null
      ? [measured, 'measured']
      : [opts.assumeRows, 'assumed'];
  return { rows: Math.max(1, Math.round(rows)), source };
}

/** The tables (of those given) whose size came from the statistics file, with the rows used. */
export function measuredSizes(tables: string[], opts: SizeInputs): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of [...tables].sort()) {
    const size = tableSize(t, opts);
    if (size.source === 'measured') out[t] = size.rows;
  }
  return out;
}

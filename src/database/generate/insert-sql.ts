/** Spells a table's generation plan as one INSERT … SELECT over MariaDB's SEQUENCE engine. Pure. */

import { FIRST_GENERATED_DAY } from './distribution.js';
import type { ColumnPlan, Draw, Render, TablePlan } from './distribution.js';

const q = (name: string) => `\`${name.replace(/`/g, '``')}\``;

/** Value index k (1..distinct) of a row, from the row number `seq`. */
function drawSql(pick: Draw, distinct: number): string {
  switch (pick.kind) {
    case 'seq':
      return 'seq';
    case 'random':
      // RAND(constant) is seeded once per statement: the same rows every run, each column its own stream.
      return `(1 + FLOOR(RAND(${pick.seed}) * ${distinct}))`;
  }
}

function renderSql(render: Render, k: string): string {
  switch (render.kind) {
    case 'int':
      return render.offset === 0 ? k : `${k} - ${-render.offset}`;
    case 'decimal':
      return `${k} + 0.5`;
    case 'list':
      return `ELT(${k}, ${render.values.join(', ')})`;
    case 'string':
      return render.prefix ? `CONCAT('sample', ${k})` : `CAST(${k} AS CHAR)`;
    case 'date':
      return `DATE'${FIRST_GENERATED_DAY}' + INTERVAL (${k} - 1) * ${render.stepDays} DAY`;
    case 'datetime':
      return `TIMESTAMP'${FIRST_GENERATED_DAY} 00:00:00' + INTERVAL (${k} - 1) * ${render.stepSeconds} SECOND`;
    case 'time':
      return `SEC_TO_TIME((${k} - 1) % 86400)`;
    case 'year':
      return `2000 + (${k} - 1) % 50`;
    case 'json':
      return `'{}'`;
  }
}

/** A seed for a column's NULL choice, apart from its value's stream. */
const nullSeed = (c: ColumnPlan) => (c.pick.kind === 'random' ? c.pick.seed + 1 : 7) % 1_000_000_007;

export function columnSql(c: ColumnPlan): string {
  const value = renderSql(c.render, drawSql(c.pick, c.distinct));
  if (c.nulls <= 0) return value;
  if (c.nulls >= 1) return 'NULL';
  return `IF(RAND(${nullSeed(c)}) < ${c.nulls}, NULL, ${value})`;
}

/**
 * INSERT IGNORE: a row that would repeat a unique key (a composite key with fewer combinations than rows)
 * or hold a value the column cannot is dropped or clipped instead of failing the table.
 */
export function insertSql(plan: TablePlan): string {
  const cols = plan.columns.map((c) => q(c.column)).join(', ');
  const values = plan.columns.map(columnSql).join(', ');
  return `INSERT IGNORE INTO ${q(plan.table)} (${cols}) SELECT ${values} FROM seq_1_to_${Math.max(1, Math.floor(plan.rows))}`;
}

/**
 * The index plan of a set of findings: one ALTER TABLE and one Schema::table per table, each index once.
 * An index whose columns lead another planned index of the same table is left out (the longer one serves
 * both). Pure: the renderers lay it out.
 */

import type { Finding } from '../findings.js';
import { sqlIdentifier } from '../schema/index-match.js';

export interface PlannedIndex {
  columns: string[];
  /** `ADD INDEX name (a, b)`: the clause of the finding's ALTER TABLE. */
  clause: string;
  migration: string | null;
  /** Findings this index fixes (a merged prefix counts for the index that serves it). */
  findings: Finding[];
}

export interface TablePlan {
  table: string;
  indexes: PlannedIndex[];
  /** Fix statements that are not a plain `ALTER TABLE t ADD …` of this table: shown as they are. */
  statements: string[];
}

function clauseOf(sql: string, table: string): string | null {
  const prefix = `ALTER TABLE ${sqlIdentifier(table)} `;
  // Repository text folded onto one line: a newline would end an SQL comment early.
  const trimmed = sql
    .replace(/[\r\n]+/g, ' ')
    .trim()
    .replace(/;$/, '');
  if (!trimmed.startsWith(prefix)) return null;
  const clause = trimmed.slice(prefix.length);
  // One ADD per statement: a statement with several is kept whole rather than split by guesswork.
  return clause.startsWith('ADD ') && !clause.includes(', ADD ') ? clause : null;
}

function leads(short: string[], long: string[]): boolean {
  return short.length < long.length && short.every((c, i) => long[i] === c);
}

/** Findings with an SQL fix, planned per table in the order they first appear. */
export function indexPlan(findings: Finding[]): TablePlan[] {
  const tables = new Map<string, TablePlan>();
  for (const f of findings) {
    const sql = f.fix?.sql;
    if (!sql || !f.table) continue;
    const plan = tables.get(f.table) ?? { table: f.table, indexes: [], statements: [] };
    tables.set(f.table, plan);
    const clause = f.columns.length ? clauseOf(sql, f.table) : null;
    if (!clause) {
      const line = sql.replace(/[\r\n]+/g, ' ');
      if (!plan.statements.includes(line)) plan.statements.push(line);
      continue;
    }
    const key = f.columns.join('\u0000');
    const same = plan.indexes.find((i) => i.columns.join('\u0000') === key);
    if (same) same.findings.push(f);
    else plan.indexes.push({ columns: f.columns, clause, migration: f.fix.migration, findings: [f] });
  }
  for (const plan of tables.values()) {
    const kept = plan.indexes.filter((i) => !plan.indexes.some((o) => leads(i.columns, o.columns)));
    for (const dropped of plan.indexes.filter((i) => !kept.includes(i))) {
      const server = kept.find((o) => leads(dropped.columns, o.columns));
      server?.findings.push(...dropped.findings);
    }
    plan.indexes = kept;
  }
  return [...tables.values()];
}

/** The plan as SQL: one ALTER TABLE per table, one ADD per line. */
export function planSql(plans: TablePlan[]): string {
  const out: string[] = [];
  for (const p of plans) {
    const one =
      p.indexes.length === 1 ? `ALTER TABLE ${sqlIdentifier(p.table)} ${p.indexes[0]!.clause};` : '';
    // Short lines: a code block that scrolls sideways hides the end of the statement.
    if (one && one.length <= 80) out.push(one);
    else if (p.indexes.length > 0)
      out.push(
        `ALTER TABLE ${sqlIdentifier(p.table)}\n${p.indexes.map((i) => `  ${i.clause}`).join(',\n')};`,
      );
    out.push(...p.statements);
  }
  return out.join('\n');
}

function phpString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The plan as Laravel migration code: one Schema::table per table. */
export function planMigration(plans: TablePlan[]): string {
  return plans
    .map((p) => ({
      table: p.table,
      lines: p.indexes.map((i) => i.migration).filter((m): m is string => !!m),
    }))
    .filter((p) => p.lines.length > 0)
    .map(
      (p) =>
        `Schema::table(${phpString(p.table)}, function (Blueprint $table) {\n${p.lines.map((l) => `    ${l.replace(/[\r\n]+/g, ' ')}`).join('\n')}\n});`,
    )
    .join('\n\n');
}

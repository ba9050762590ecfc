/** Reads what a Laravel schema dump records: the migrations it already contains (INSERT INTO migrations). */

import { parseSql } from './parser.js';
import { splitSql } from './split.js';

/** Names of the migrations a dump's `migrations` rows list (Laravel skips those after loading it). */
export function migrationsInDump(text: string): string[] {
  const names: string[] = [];
  for (const st of splitSql(text)) {
    if (!/^insert\s+into\s+`?migrations`?/i.test(st.sql)) continue;
    for (const ast of parseSql(st.sql) ?? []) {
      if (ast.type !== 'insert') continue;
      const columns: string[] = ast.columns ?? [];
      const at = columns.indexOf('migration');
      const rows = ast.values?.values ?? ast.values ?? [];
      for (const row of rows) {
        const values = row.value ?? [];
        const cell = at >= 0 ? values[at] : values[1];
        if (cell && typeof cell.value === 'string') names.push(cell.value);
      }
    }
  }
  return names;
}

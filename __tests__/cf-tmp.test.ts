import { readFileSync } from 'node:fs';
import { splitSql } from '../src/project/sql/split.js';
import { guardStatement } from '../src/database/statement-guard.js';
import { parseSql } from '../src/project/sql/parser.js';
it('x', () => {
  for (const f of ['invoiceninja+invoiceninja', 'pterodactyl+panel']) {
    const st = splitSql(readFileSync(`/tmp/cf-dumps/${f}.sql`, 'utf8'));
    let t = performance.now();
    for (const s of st) guardStatement(s.sql, 'perf_audit_x');
    const g = performance.now() - t;
    t = performance.now();
    for (const s of st) parseSql(s.sql);
    const p = performance.now() - t;
    const kinds: Record<string, number> = {};
    for (const s of st) { const k = s.sql.split(/\s+/).slice(0, 2).join(' '); kinds[k] = (kinds[k] ?? 0) + 1; }
    console.log(f, st.length, 'guard ms', g.toFixed(0), 'parse ms', p.toFixed(0), JSON.stringify(kinds));
  }
});

#!/usr/bin/env node
// Planner benchmark: EXPLAIN of 500 query shapes at production scale on a 40-table schema (medians of N runs),
// broken down into preparing the planning database (empty twins + scaled statistics), the EXPLAINs themselves,
// and the whole phase with index proofs (with generated rows, the default, then on empty copies with
// generate-rows: 0). Then typed synthetic rows
// (INSERT … SELECT FROM seq_1_to_N + ANALYZE) per table, at several sizes.
// Usage: node bench/planner.mjs [--runs 3] [--shapes 500] [--db mysql://root@127.0.0.1:3306]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(opt('runs', 3));
const SHAPES = Number(opt('shapes', 500));
const TABLES = 40;
const DB = opt('db', process.env.PERF_AUDIT_DB_URL ?? 'mysql://root@127.0.0.1:3306');

/** Transpiles the engine's TypeScript sources reachable from `entries` into a temp folder (no build needed). */
function compile(entries, out) {
  const seen = new Set();
  const queue = entries.map((e) => resolve(ROOT, e));
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    const js = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      fileName: file,
    }).outputText;
    const target = join(out, relative(ROOT, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, js);
    for (const m of source.matchAll(/from '(\.{1,2}\/[^']+)\.js'/g))
      queue.push(resolve(dirname(file), `${m[1]}.ts`));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(out, 'node_modules'));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** A deterministic pseudo-random generator, so every run plans the same shapes. */
function rng(seed) {
  let x = seed >>> 0;
  return () => (x = (x * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const col = (name, type, nullable = false) => ({ name, type, nullable, default: null });

/** 40 tables shaped like a Laravel app's: id, a parent foreign key, status, flags, timestamps, some indexes. */
function syntheticSchema() {
  const tables = [];
  for (let i = 0; i < TABLES; i++) {
    const name = `t${String(i).padStart(2, '0')}_records`;
    const parent = i > 0 ? `t${String(Math.floor(i / 2)).padStart(2, '0')}_record_id` : null;
    const columns = [
      { ...col('id', 'bigint(20) unsigned'), autoIncrement: true },
      ...(parent ? [col(parent, 'bigint(20) unsigned')] : []),
      col('code', 'varchar(40)'),
      col('status', 'varchar(20)'),
      col('score', 'int(10) unsigned'),
      col('active', 'tinyint(1)'),
      col('due_at', 'datetime', true),
      col('created_at', 'timestamp', true),
      col('updated_at', 'timestamp', true),
    ];
    const indexes = [
      { name: 'PRIMARY', columns: ['id'], unique: true, primary: true },
      { name: `${name}_code_unique`, columns: ['code'], unique: true },
      ...(parent ? [{ name: `${name}_${parent}_foreign`, columns: [parent], unique: false }] : []),
      ...(i % 2
        ? [{ name: `${name}_status_created_at_index`, columns: ['status', 'created_at'], unique: false }]
        : []),
    ];
    tables.push({ name, columns, indexes, foreignKeys: [] });
  }
  return { source: 'static', tables };
}

/** Shapes of the kinds apps send: lookups, filters, ranges, sorts, relations, joins, groups. */
function syntheticShapes(schema, n) {
  const rand = rng(7);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const shapes = [];
  for (let i = 0; i < n; i++) {
    const t = pick(schema.tables);
    const fk = t.columns.find((c) => c.name.endsWith('_record_id'));
    const kinds = [
      () => ({ where: [{ column: 'code', op: '=' }], single: true }),
      () => ({
        where: [{ column: 'status', op: '=' }],
        orderBy: [{ column: 'created_at', direction: 'desc' }],
        limit: 20,
      }),
      () => ({ where: [{ column: 'due_at', op: '>' }], orderBy: [{ column: 'due_at', direction: 'asc' }] }),
      () => ({
        where: [
          { column: 'active', op: '=' },
          { column: 'score', op: '>=' },
        ],
      }),
      () => ({ orderBy: [{ column: 'created_at', direction: 'desc' }], limit: 10 }),
      () => ({ where: [{ column: 'status', op: 'in' }], groupBy: ['status'] }),
      () =>
        fk
          ? { where: [{ column: fk.name, op: '=' }], orderBy: [{ column: 'id', direction: 'asc' }] }
          : { where: [{ column: 'id', op: '=' }] },
      () => {
        if (!fk) return { where: [{ column: 'code', op: 'like' }], limit: 20 };
        const parent = `${fk.name.replace(/_id$/, '')}s`;
        return {
          joins: [{ table: parent, on: [{ left: 'id', right: `${t.name}.${fk.name}` }], type: 'inner' }],
          where: [{ column: 'status', op: '=', table: parent }],
        };
      },
    ];
    const s = pick(kinds)();
    shapes.push({
      id: `s${i}`,
      table: t.name,
      where: s.where ?? [],
      joins: s.joins ?? [],
      orderBy: s.orderBy ?? [],
      groupBy: s.groupBy ?? [],
      ...(s.limit ? { limit: s.limit } : {}),
      ...(s.single ? { single: true } : {}),
      location: { file: `app/Services/S${i}.php`, line: 10 },
      origin: 'eloquent',
      code: `shape ${i}`,
    });
  }
  return shapes;
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'perf-audit-bench-planner-'));
  try {
    const build = join(work, 'build');
    compile(['src/database/planner.ts', 'src/config/defaults.ts', 'src/schema/ddl.ts'], build);
    const load = (p) => import(pathToFileURL(join(build, p)).href);
    const { connect, createScratchDatabase, parseDbUrl } = await load('src/database/connection.js');
    const { runPlannerPhase, explain } = await load('src/database/planner.js');
    const { preparePlanningDatabase } = await load('src/database/scale.js');
    const { renderShapeSql } = await load('src/database/render-shape.js');
    const { defaultConfig } = await load('src/config/defaults.js');
    const { renderCreateTable } = await load('src/schema/ddl.js');
    const url = parseDbUrl(DB);
    const schema = syntheticSchema();
    const shapes = syntheticShapes(schema, SHAPES);
    const config = defaultConfig(ROOT);
    // The same phase on empty copies with written statistics only (generate-rows: 0), run after it.
    const emptyConfig = defaultConfig(ROOT);
    emptyConfig.database.generateRows = 0;

    const times = { prepare: [], explain: [], phase: [], phaseEmpty: [] };
    let filled = '';
    let proofs = 0;
    let planned = 0;
    for (let run = 0; run < RUNS; run++) {
      const db = await createScratchDatabase(url);
      try {
        // One statement per query: the scratch connection is single-statement.
        for (const t of schema.tables) await db.conn.query(renderCreateTable(t));
        // Breakdown: the planning database, then the bare EXPLAIN loop over every shape.
        let t0 = performance.now();
        const planning = await preparePlanningDatabase(db, { assumeRows: 1_000_000, tables: {} });
        times.prepare.push(performance.now() - t0);
        try {
          t0 = performance.now();
          for (const s of shapes) {
            const r = renderShapeSql(s, schema);
            if (!('error' in r)) await explain(planning.conn, r.sql, planning);
          }
          times.explain.push(performance.now() - t0);
        } finally {
          await planning.close();
        }
        // The whole phase as the audit runs it: prepare, EXPLAIN every shape, prove every proposed index.
        t0 = performance.now();
        const result = await runPlannerPhase(db, { config, schema, shapes });
        times.phase.push(performance.now() - t0);
        proofs = result.proofs.length;
        planned = result.plans.filter((p) => !p.before.error).length;
        filled = /\(([^)]*generated rows[^)]*)\)/.exec(result.note)?.[1] ?? result.note;
        t0 = performance.now();
        await runPlannerPhase(db, { config: emptyConfig, schema, shapes });
        times.phaseEmpty.push(performance.now() - t0);
      } finally {
        await db.drop();
      }
    }

    // The alternative: typed synthetic rows, measured on one table at several sizes.
    const synthetic = [];
    const db = await createScratchDatabase(url);
    try {
      await db.conn.query(renderCreateTable(schema.tables[1]));
      const t = schema.tables[1].name;
      for (const rows of [10_000, 50_000, 200_000]) {
        await db.conn.query(`TRUNCATE TABLE \`${t}\``);
        const t0 = performance.now();
        await db.conn.query(
          `INSERT INTO \`${t}\` (t00_record_id, code, status, score, active, due_at, created_at, updated_at)
           SELECT 1 + seq % ${Math.max(1, rows / 10)}, CONCAT('c', seq), ELT(1 + seq % 4, 'new', 'open', 'paid', 'void'),
                  seq % 1000, seq % 2, NOW() + INTERVAL seq MINUTE, NOW() - INTERVAL seq MINUTE, NOW()
           FROM seq_1_to_${rows}`,
        );
        await db.conn.query(`ANALYZE TABLE \`${t}\` PERSISTENT FOR ALL`);
        synthetic.push([rows, performance.now() - t0]);
      }
      // Statistics rows are perf-audit's own SQL, written and removed with the given account.
      const admin = await connect(url);
      try {
        for (const stats of ['column_stats', 'index_stats', 'table_stats'])
          await admin.query(`DELETE FROM mysql.${stats} WHERE db_name = ?`, [db.name]);
      } finally {
        await admin.end();
      }
    } finally {
      await db.drop();
    }

    const ms = (x) => `${Math.round(x).toLocaleString('en-US')} ms`;
    console.log(
      `planner benchmark: ${TABLES} tables, ${SHAPES} shapes (${planned} planned), median of ${RUNS} runs`,
    );
    console.log(`  planning database (empty twins + scaled statistics): ${ms(median(times.prepare))}`);
    console.log(`  EXPLAIN FORMAT=JSON of ${SHAPES} shapes:              ${ms(median(times.explain))}`);
    console.log(`  whole planner phase with ${proofs} index proofs:      ${ms(median(times.phase))}`);
    console.log(`    (${filled})`);
    console.log(`  the same phase on empty copies (generate-rows: 0):  ${ms(median(times.phaseEmpty))}`);
    console.log('typed synthetic rows (INSERT … SELECT FROM seq + ANALYZE), one 9-column table:');
    for (const [rows, t] of synthetic) {
      console.log(
        `  ${rows.toLocaleString('en-US').padStart(7)} rows: ${ms(t)} per table (x${TABLES} tables ≈ ${ms(t * TABLES)})`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

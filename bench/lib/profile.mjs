// One run of the command under `node --cpu-prof`, summed per function of interest (inclusive time, ms):
// where the time of a run goes, without a profiler UI.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Engine functions (names as they appear in the bundle) and V8's own buckets. */
export const STATIC_FUNCTIONS = [
  'loadProject',
  'parsePhp',
  'extractModels',
  'extractQueries',
  'resolveSettings',
  'runRules',
  'missingIndexes',
  'applyIgnores',
  'renderJson',
  '(garbage collector)',
];
/** A full run adds the database phases; (idle) is the process waiting, mostly on MariaDB. */
export const FULL_FUNCTIONS = [
  'loadProject',
  'runSchemaPhase',
  'runPlannerPhase',
  'runRules',
  'missingIndexes',
  'applyIgnores',
  '(garbage collector)',
  '(idle)',
];

export function inclusiveTotals(profile, names) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const wanted = new Set(names);
  const totals = Object.fromEntries(names.map((n) => [n, 0]));
  let all = 0;
  for (const [id, us] of selfUs) {
    all += us;
    // A function counts once per sample even when it recurses.
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const name = byId.get(cur).callFrame.functionName;
      if (wanted.has(name) && !seen.has(name)) {
        seen.add(name);
        totals[name] += us;
      }
    }
  }
  const out = { 'whole process (sampled)': Math.round(all / 1000) };
  for (const n of names) out[n] = Math.round(totals[n] / 1000);
  return out;
}

export async function profileTotals(cli, app, env, { db = null } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'perf-audit-bench-prof-'));
  try {
    // The database URL goes by environment: a password in it must not show in `ps`.
    spawnSync(
      process.execPath,
      [
        '--cpu-prof',
        '--cpu-prof-dir',
        dir,
        cli,
        '--app',
        app,
        '--format',
        'json',
        ...(db ? [] : ['--db', 'none']),
      ],
      { env: db ? { ...env, PERF_AUDIT_DB_URL: db } : env, stdio: 'ignore' },
    );
    // The main thread's profile is the largest (workers, if any, write their own).
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => join(dir, f))
      .sort((a, b) => readFileSync(b).length - readFileSync(a).length);
    if (!files.length) return null;
    return inclusiveTotals(
      JSON.parse(readFileSync(files[0], 'utf8')),
      db ? FULL_FUNCTIONS : STATIC_FUNCTIONS,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

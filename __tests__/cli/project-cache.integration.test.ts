import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyExampleApp, runCli } from './helpers.js';

interface Report {
  findings: { rule: string; table?: string; columns?: string[]; file?: string; line?: number }[];
  phases: { name: string; note?: string }[];
}

const keyOf = (r: Report) =>
  r.findings
    .map((f) => `${f.rule} ${f.table ?? ''}(${(f.columns ?? []).join(',')}) ${f.file}:${f.line}`)
    .sort();

describe('the project cache, as users run the command twice', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

  async function audit(app: string, cacheDir: string): Promise<Report> {
    const r = await runCli(['--app', app, '--db', 'none', '--format', 'json'], {
      PERF_AUDIT_CACHE_DIR: cacheDir,
    });
    expect([0, 1]).toContain(r.code);
    return JSON.parse(r.stdout) as Report;
  }

  it('a second audit of the unchanged app reuses every file and reports the same findings', async () => {
    const app = copyExampleApp();
    const cacheDir = mkdtempSync(join(tmpdir(), 'pa-cache-e2e-'));
    made.push(app, cacheDir);
    const cold = await audit(app, cacheDir);
    const warm = await audit(app, cacheDir);
    expect(keyOf(warm)).toEqual(keyOf(cold));
    const note = warm.phases.find((p) => p.name === 'project')?.note ?? '';
    expect(note).toMatch(/cache: (\d+) summaries and (\d+) files' queries reused/);
    const [, summaries, queries] = /cache: (\d+) summaries and (\d+) files' queries reused/.exec(note)!;
    expect(Number(summaries)).toBeGreaterThan(10);
    expect(Number(queries)).toBeGreaterThan(5);
    expect(cold.phases.find((p) => p.name === 'project')?.note).toMatch(/cache: 0 summaries/);
  });

  it('a changed file is read again: its query is gone, the rest still comes from the cache', async () => {
    const app = copyExampleApp();
    const cacheDir = mkdtempSync(join(tmpdir(), 'pa-cache-e2e-'));
    const freshDir = mkdtempSync(join(tmpdir(), 'pa-cache-e2e-'));
    made.push(app, cacheDir, freshDir);
    const cold = await audit(app, cacheDir);
    expect(keyOf(cold).some((k) => k.startsWith('PA101 discord_practices(start_at)'))).toBe(true);
    const controller = join(app, 'app/Http/Controllers/PracticeController.php');
    const text = readFileSync(controller, 'utf8');
    const changed = text.replace(
      "DiscordPractice::where('start_at', '>', now())->orderBy('start_at')->get()",
      'DiscordPractice::all()',
    );
    expect(changed).not.toBe(text);
    writeFileSync(controller, changed);
    const warm = await audit(app, cacheDir);
    expect(keyOf(warm).some((k) => k.startsWith('PA101 discord_practices(start_at)'))).toBe(false);
    expect(keyOf(warm)).toEqual(keyOf(await audit(app, freshDir)));
    expect(warm.phases.find((p) => p.name === 'project')?.note).toMatch(
      /cache: \d+ summaries and [1-9]\d* files' queries reused/,
    );
  });

  it('a corrupt cache file is ignored and replaced; the audit is the same', async () => {
    const app = copyExampleApp();
    const cacheDir = mkdtempSync(join(tmpdir(), 'pa-cache-e2e-'));
    made.push(app, cacheDir);
    const cold = await audit(app, cacheDir);
    writeFileSync(join(cacheDir, 'project-cache.json'), '{"format": "perf-audit');
    const again = await audit(app, cacheDir);
    expect(keyOf(again)).toEqual(keyOf(cold));
    expect(again.phases.find((p) => p.name === 'project')?.note).toMatch(/previous cache unreadable/);
    expect(JSON.parse(readFileSync(join(cacheDir, 'project-cache.json'), 'utf8')).summaries).toBeDefined();
  });
});

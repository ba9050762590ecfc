import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { commentLength, runPerfAudit } from '../../eval/src/perf-audit.js';

const CLI = resolve('dist/cli/index.js');
const APP = resolve('examples/laravel-app');
const dir = mkdtempSync(join(tmpdir(), 'eval-pa-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('runPerfAudit', () => {
  it('runs the bundled command without a database, measures the comment and reuses the kept run', async () => {
    const cacheFile = join(dir, 'app.static.json');
    const first = await runPerfAudit({ cli: CLI, appDir: APP, dbUrl: null, timeoutMs: 120_000, cacheFile });
    expect(first.error).toBeNull();
    expect([0, 1]).toContain(first.exitCode);
    expect(first.report?.summary.verdicts).toBe('static');
    expect(first.commentChars).toBe(commentLength(first.report!));
    expect(first.commentChars).toBeGreaterThan(100);
    expect(first.cached).toBe(false);
    const again = await runPerfAudit({ cli: CLI, appDir: APP, dbUrl: null, timeoutMs: 1, cacheFile });
    expect(again.cached).toBe(true);
    expect(again.report?.findings.length).toBe(first.report?.findings.length);
  });

  it('kills a run past its time limit and keeps nothing of it', async () => {
    const cacheFile = join(dir, 'slow.json');
    const r = await runPerfAudit({ cli: CLI, appDir: APP, dbUrl: null, timeoutMs: 1, cacheFile });
    expect(r.report).toBeNull();
    expect(r.error).toMatch(/killed after 1 ms/);
    expect(existsSync(cacheFile)).toBe(false);
  });
});

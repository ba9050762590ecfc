import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveConfig } from '../../src/config/resolve.js';
import { readAppFiles } from '../../src/project/files.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function app(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pa-limits-'));
  made.push(dir);
  mkdirSync(join(dir, 'app'));
  for (let i = 0; i < 5; i += 1) writeFileSync(join(dir, 'app', `M${i}.php`), '<?php\n');
  writeFileSync(join(dir, 'app', 'Big.php'), `<?php\n${'//'.repeat(600)}\n`);
  mkdirSync(join(dir, 'vendor', 'x'), { recursive: true });
  writeFileSync(join(dir, 'vendor', 'x', 'Lib.php'), '<?php\n');
  mkdirSync(join(dir, 'tests'));
  writeFileSync(join(dir, 'tests', 'UserTest.php'), '<?php\n');
  for (const skipped of ['node_modules/pkg', 'storage/framework/views', 'bootstrap/cache']) {
    mkdirSync(join(dir, skipped), { recursive: true });
    writeFileSync(join(dir, skipped, 'compiled.php'), '<?php\n');
  }
  return dir;
}

describe('how much of the app is read', () => {
  it('never walks vendor/, node_modules/, storage/, bootstrap/cache or tests/; too many files is a clear message, not an out-of-memory', async () => {
    const dir = app();
    const files = await readAppFiles(dir);
    expect(files.php.map((f) => f.path)).toEqual([
      'app/Big.php',
      'app/M0.php',
      'app/M1.php',
      'app/M2.php',
      'app/M3.php',
      'app/M4.php',
    ]);
    await expect(readAppFiles(dir, { maxFiles: 3 })).rejects.toThrow(
      /has more than 3 PHP, env, SQL and config files outside vendor\/, node_modules\/, storage\/ and tests\/: is --app the Laravel app\? Raise limits\.max-files/,
    );
  });

  it('a file above max-file-bytes is skipped and named', async () => {
    const files = await readAppFiles(app(), { maxFileBytes: 1000 });
    expect(files.php.map((f) => f.path)).not.toContain('app/Big.php');
    expect(files.unreadable).toEqual([
      { path: 'app/Big.php', message: '1207 bytes, larger than limits.max-file-bytes (1000): not read' },
    ]);
  });

  it('limits come from .perf-audit.yml', () => {
    const dir = app();
    writeFileSync(join(dir, '.perf-audit.yml'), 'limits:\n  max-files: 10\n  max-file-bytes: 2048\n');
    expect(resolveConfig({ app: dir }, {}).limits).toEqual({ maxFiles: 10, maxFileBytes: 2048 });
  });
});

import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAudit } from '../../src/audit.js';
import { defaultConfig } from '../../src/config/defaults.js';

const afterAllRemove: string[] = [];
afterAll(() => {
  for (const dir of afterAllRemove) rmSync(dir, { recursive: true, force: true });
});

it('a baseline that cannot be audited is a warning the reader sees, not a quiet "everything is new"', async () => {
  const app = mkdtempSync(join(tmpdir(), 'pa-no-git-'));
  afterAllRemove.push(app);
  mkdirSync(join(app, 'app'));
  writeFileSync(join(app, 'app', 'User.php'), '<?php\nclass User {}\n');
  const warnings: string[] = [];
  const config = { ...defaultConfig(app), baseline: 'main', cacheDir: null };
  const report = await runAudit(config, { http: false, warn: (m) => warnings.push(m) });
  expect(report.phases.find((p) => p.name === 'baseline')?.status).toBe('failed');
  expect(warnings).toEqual([
    expect.stringMatching(
      /^the baseline could not be audited, so every finding counts as new: git rev-parse/,
    ),
  ]);
});

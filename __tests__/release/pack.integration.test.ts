/**
 * The command as users install it: `npm pack`, then `npm install -g` of the tarball (offline: the package
 * is the bundle and has no dependencies to fetch). Needs dist/ (`npm run bundle`; `npm test` runs it first).
 */

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REPO_ROOT = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  version: string;
  dependencies?: Record<string, string>;
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pa-pack-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm pack and npm install -g', () => {
  it('ships the bundle, the rule docs, the schema and the action, and nothing to install', () => {
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    const [packed] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
    const files = packed!.files.map((f) => f.path);
    for (const file of [
      'dist/cli/index.js',
      'dist/index.js',
      'docs/rules/PA101.md',
      'schema/perf-audit.schema.json',
      'action.yml',
      'LICENSE',
      'README.md',
      'CHANGELOG.md',
    ]) {
      expect([file, files.includes(file)]).toEqual([file, true]);
    }
    expect(files.filter((f) => /^(src|__tests__|eval|bench|examples)\//.test(f))).toEqual([]);
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(packed!.filename).toBe(`perf-audit-${pkg.version}.tgz`);
  });

  it('installs globally from the tarball: perf-audit --version, npx perf-audit, a config error', () => {
    const prefix = join(dir, 'prefix');
    const tarball = join(dir, `perf-audit-${pkg.version}.tgz`);
    // The global prefix of this install: `npm install -g` writes there and `npx` looks there.
    const env = {
      ...process.env,
      npm_config_prefix: prefix,
      PATH: `${join(prefix, 'bin')}:${process.env.PATH}`,
      PERF_AUDIT_CACHE_DIR: 'none',
    };
    const install = spawnSync('npm', ['install', '-g', '--offline', '--no-audit', '--no-fund', tarball], {
      encoding: 'utf8',
      cwd: dir,
      env,
    });
    expect([install.status, install.stderr]).toEqual([0, '']);
    const version = spawnSync('perf-audit', ['--version'], { encoding: 'utf8', env, cwd: dir });
    expect([version.status, version.stdout.trim()]).toEqual([0, pkg.version]);
    const npx = spawnSync('npx', ['--no-install', 'perf-audit', '--version'], {
      encoding: 'utf8',
      env,
      cwd: dir,
    });
    expect([npx.status, npx.stdout.trim()]).toEqual([0, pkg.version]);

    const app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, '.perf-audit.yml'), 'http:\n  sampels: 3\n');
    const bad = spawnSync('perf-audit', ['--app', app, '--db', 'none'], { encoding: 'utf8', env, cwd: app });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/\.perf-audit\.yml:2: http\.sampels: unknown key/);
  });
});

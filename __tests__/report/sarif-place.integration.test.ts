/**
 * The command's SARIF and the action's, for the same app in the same git repository, point at the same
 * repository paths with the same rule help and links; the JSON report fills `query` on index findings.
 * Needs dist/ (`npm run bundle`; `npm test` runs it first).
 */

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gitRoot, ruleDocsDir, sarifDocsBaseUrl, sarifPaths } from '../../src/report/sarif-place.js';
import { VERSION } from '../../src/version.js';
import { REPO_ROOT, runAction } from '../action/run-action.js';

const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');
const SHOP = resolve('__tests__/fixtures/gate/shop-app');

interface Sarif {
  runs: {
    tool: { driver: { rules: { id: string; helpUri?: string; help: { markdown?: string } }[] } };
    results: { ruleId: string; locations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
  }[];
}

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'pa-sarif-place-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('sarifPaths', () => {
  it('makes paths relative to the git root above the app, else the fallback root, else the app', () => {
    const app = join(root, 'repo', 'services', 'shop');
    mkdirSync(app, { recursive: true });
    expect(gitRoot(app)).toBeNull();
    expect(sarifPaths(app, join(app, '.perf-audit.yml'))).toEqual({
      appDir: '',
      fallbackFile: '.perf-audit.yml',
    });
    expect(sarifPaths(app, null, root)).toEqual({ appDir: 'repo/services/shop' });
    mkdirSync(join(root, 'repo', '.git'));
    expect(gitRoot(app)).toBe(join(root, 'repo'));
    expect(sarifPaths(app, join(app, '.perf-audit.yml'), root)).toEqual({
      appDir: 'services/shop',
      fallbackFile: 'services/shop/.perf-audit.yml',
    });
    // A config file outside the repository is no location for a result.
    expect(sarifPaths(app, join(root, 'elsewhere.yml'))).toEqual({ appDir: 'services/shop' });
  });

  it('links the docs of this version, and finds the docs shipped with perf-audit', () => {
    expect(sarifDocsBaseUrl()).toBe(`https://github.com/perf-audit/perf-audit/blob/v${VERSION}/`);
    expect(ruleDocsDir()).toBe(join(REPO_ROOT, 'docs', 'rules'));
  });
});

describe('the command and the action', () => {
  it('write the same SARIF locations and rule help for one app in a git repository', async () => {
    const workspace = join(root, 'workspace');
    cpSync(SHOP, join(workspace, 'services', 'shop'), { recursive: true });
    expect(spawnSync('git', ['init', '-q', workspace]).status).toBe(0);

    const cli = spawnSync(
      process.execPath,
      [
        CLI,
        '--app',
        join(workspace, 'services', 'shop'),
        '--db',
        'none',
        '--format',
        'sarif',
        '--baseline',
        'none',
      ],
      { encoding: 'utf8', cwd: root, env: { ...process.env, PERF_AUDIT_CACHE_DIR: 'none' } },
    );
    expect(cli.status).toBe(1);
    const fromCli = JSON.parse(cli.stdout) as Sarif;

    const action = await runAction({
      workspace,
      inputs: { app: 'services/shop', baseline: 'none', 'cache-dir': 'none' },
      env: { GITHUB_ACTION_REPOSITORY: 'acme/perf-audit-fork', GITHUB_ACTION_REF: 'v9' },
    });
    expect(action.code).toBe(1);
    const fromAction = JSON.parse(readFileSync(action.sarifPath!, 'utf8')) as Sarif;

    const places = (s: Sarif) =>
      s.runs[0]!.results.map((r) => [r.ruleId, r.locations?.[0]?.physicalLocation.artifactLocation.uri]);
    expect(places(fromCli)).toEqual(places(fromAction));
    expect(places(fromCli)).toContainEqual([
      'PA101',
      'services/shop/app/Http/Controllers/CatalogController.php',
    ]);
    const rules = (s: Sarif) => s.runs[0]!.tool.driver.rules.map((r) => [r.id, r.helpUri, r.help.markdown]);
    expect(rules(fromCli)).toEqual(rules(fromAction));
    const pa101 = fromCli.runs[0]!.tool.driver.rules.find((r) => r.id === 'PA101')!;
    expect(pa101.helpUri).toBe(
      `https://github.com/perf-audit/perf-audit/blob/v${VERSION}/docs/rules/PA101.md`,
    );
    expect(pa101.help.markdown).toBe(readFileSync(join(REPO_ROOT, 'docs', 'rules', 'PA101.md'), 'utf8'));
  });

  it('fill `query` with the shape as SQL on every index finding of the JSON report', () => {
    const app = join(root, 'shop');
    cpSync(SHOP, app, { recursive: true });
    writeFileSync(join(app, '.perf-audit.yml'), 'fail-on: never\n');
    const run = spawnSync(process.execPath, [CLI, '--app', app, '--db', 'none', '--format', 'json'], {
      encoding: 'utf8',
      env: { ...process.env, PERF_AUDIT_CACHE_DIR: 'none' },
    });
    expect(run.status).toBe(0);
    const findings = (JSON.parse(run.stdout) as { findings: { rule: string; query: string | null }[] })
      .findings;
    const index = findings.filter((f) => ['PA101', 'PA102', 'PA103', 'PA104'].includes(f.rule));
    expect(index.length).toBeGreaterThan(0);
    for (const f of index) expect([f.rule, f.query]).toEqual([f.rule, expect.stringMatching(/^SELECT /)]);
  });
});

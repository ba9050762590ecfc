/**
 * The action as a runner has it: dist/ and docs/ in a folder of their own, no node_modules anywhere
 * above. Catches dependencies the bundle left outside itself, and checks the files it writes.
 * Needs dist/index.js (`npm run bundle`; `npm test` runs it first).
 */

import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { sarifValidator } from '../report/sarif-validator.js';
import { BUNDLE, REPO_ROOT, runAction } from './run-action.js';

const FIXTURES = resolve('__tests__/fixtures/gate');

let root: string;
let workspace: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'perf-audit-runner-'));
  const bundle = process.env['PERF_AUDIT_ACTION_BUNDLE'] ?? BUNDLE;
  await cp(dirname(bundle), join(root, 'action', 'dist'), { recursive: true });
  await cp(join(REPO_ROOT, 'docs', 'rules'), join(root, 'action', 'docs', 'rules'), { recursive: true });
  workspace = join(root, 'workspace');
  await cp(join(FIXTURES, 'shop-app'), join(workspace, 'shop'), { recursive: true });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the bundled action on its own', () => {
  it('runs without node_modules and writes a summary, a JSON report and a valid SARIF file', async () => {
    const run = await runAction({
      workspace,
      bundle: join(root, 'action', 'dist', 'index.js'),
      inputs: { app: 'shop', baseline: 'none' },
      env: { NODE_PATH: '' },
    });
    expect(run.stderr).not.toMatch(/Cannot find module/);
    expect(run.code).toBe(1);
    expect(run.summary).toContain('## ❌ perf-audit: blocked');
    expect(run.report!.summary.critical).toBe(2);
    expect(run.outputs).toMatchObject({ critical: '2', blocked: 'true', 'ttfb-p50-ms': '' });

    const sarif = JSON.parse(await readFile(run.sarifPath!, 'utf8'));
    const validate = sarifValidator();
    expect(validate(sarif)).toBe(true);
    const results = sarif.runs[0].results as {
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
    }[];
    expect(results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual([
      'shop/app/Http/Controllers/CatalogController.php',
      'shop/app/Http/Controllers/CatalogController.php',
    ]);
    // Help text comes from the docs shipped beside dist/.
    const pa101 = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'PA101');
    const doc = await readFile(join(REPO_ROOT, 'docs', 'rules', 'PA101.md'), 'utf8').catch(() => null);
    if (doc) expect(pa101.help.markdown).toBe(doc);

    // Annotations on the exact lines, relative to the workspace.
    expect(run.commands.filter((c) => c.startsWith('::error title=perf-audit PA101'))).toEqual([
      expect.stringContaining('file=shop/app/Http/Controllers/CatalogController.php,line=12'),
      expect.stringContaining('file=shop/app/Http/Controllers/CatalogController.php,line=19'),
    ]);
  });
});

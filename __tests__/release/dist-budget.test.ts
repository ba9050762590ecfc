/**
 * dist/ as `npm run bundle` builds it (npm test bundles first): under the size budget, with source maps
 * for both entries that name src/, and with node-sql-parser's MariaDB and MySQL grammars only.
 * Measured sizes and start-up times: bench/RESULTS.md (`npm run bench:bundle`).
 */

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dist = join(import.meta.dirname, '..', '..', 'dist');

// Set from the measured bundle (bench/RESULTS.md: 12.5 MB of code, 1.55 MB of maps on 2026-12-02, up from
// 11.6 MB as the readers grew) plus some headroom; the bundle before the dialect builds and source maps was
// 15.0 MB of code.
const CODE_BUDGET = 13_300_000;
const MAPS_BUDGET = 1_700_000;

function files(): { path: string; size: number }[] {
  return readdirSync(dist, { recursive: true })
    .map((entry) => join(dist, String(entry)))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ path, size: statSync(path).size }));
}

const sum = (list: { size: number }[]) => list.reduce((total, f) => total + f.size, 0);

function mapOf(js: string): { sources: string[]; sourcesContent?: unknown } {
  return JSON.parse(readFileSync(`${js}.map`, 'utf8'));
}

describe('dist/', () => {
  it('stays under its size budget', () => {
    const all = files();
    const maps = all.filter((f) => f.path.endsWith('.map'));
    const code = all.filter((f) => !f.path.endsWith('.map'));
    expect(sum(code)).toBeLessThanOrEqual(CODE_BUDGET);
    expect(sum(maps)).toBeLessThanOrEqual(MAPS_BUDGET);
  });

  it('has source maps for both entries and every chunk, naming src/ from where they sit', () => {
    expect(mapOf(join(dist, 'index.js')).sources).toContain('../src/index.ts');
    expect(mapOf(join(dist, 'cli', 'index.js')).sources).toContain('../../src/cli-entry.ts');
    for (const { path } of files().filter((f) => /\d+\.index\.js$/.test(f.path))) {
      expect([path, readFileSync(path, 'utf8').includes('//# sourceMappingURL=')]).toEqual([path, true]);
      expect(mapOf(path).sourcesContent).toBeUndefined();
    }
  });

  it("bundles node-sql-parser's MariaDB and MySQL builds, not the all-dialect one", () => {
    const sources = files()
      .filter((f) => f.path.endsWith('.map'))
      .flatMap((f) => JSON.parse(readFileSync(f.path, 'utf8')).sources as string[])
      .filter((s) => s.includes('node_modules/node-sql-parser/'))
      .map((s) => s.slice(s.indexOf('node-sql-parser/')));
    expect([...new Set(sources)].sort()).toEqual([
      'node-sql-parser/build/mariadb.js',
      'node-sql-parser/build/mysql.js',
    ]);
  });
});

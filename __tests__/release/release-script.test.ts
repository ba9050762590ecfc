/**
 * `npm run release -- X.Y.Z` in a temporary clone of this repository: the clone's test and bundle scripts
 * are replaced by quick stand-ins that leave a mark, so the release's own steps are what is checked.
 */

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REPO_ROOT = join(import.meta.dirname, '..', '..');

let dir: string;
let clone: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: clone, encoding: 'utf8' }).trim();
const read = (file: string) => readFileSync(join(clone, file), 'utf8');

function release(...args: string[]) {
  return spawnSync('npm', ['run', '-s', 'release', '--', ...args], {
    cwd: clone,
    encoding: 'utf8',
    env: { ...process.env, TESTS_RAN: join(dir, 'tests-ran') },
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pa-release-'));
  clone = join(dir, 'clone');
  execFileSync('git', ['clone', '-q', REPO_ROOT, clone]);
  git('config', 'user.email', 'release@example.test');
  git('config', 'user.name', 'Release test');
  const pkg = JSON.parse(read('package.json'));
  pkg.scripts.test = `node -e "require('fs').writeFileSync(process.env.TESTS_RAN, '')"`;
  pkg.scripts.bundle = `node -e "require('fs').writeFileSync('dist/built.txt', 'rebuilt')"`;
  writeFileSync(join(clone, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  const changelog = read('CHANGELOG.md').replace(
    '## [Unreleased]\n',
    '## [Unreleased]\n\n### Fixed\n\n- A fix.\n',
  );
  writeFileSync(join(clone, 'CHANGELOG.md'), changelog);
  git('commit', '-qam', 'stand-ins for the test and bundle scripts');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the release script', () => {
  it('tests, rebuilds dist/, sets the version and changelog, tags vX.Y.Z and moves vX', () => {
    const previous = JSON.parse(read('package.json')).version as string;
    const r = release('0.2.0');
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(existsSync(join(dir, 'tests-ran'))).toBe(true);
    expect(git('status', '--porcelain')).toBe('');
    expect(git('log', '-1', '--format=%s')).toBe('Release v0.2.0');
    expect(git('tag', '--points-at', 'HEAD').split('\n').sort()).toEqual(['v0', 'v0.2.0']);
    expect(git('cat-file', '-t', 'v0.2.0')).toBe('tag');
    expect(read('dist/built.txt')).toBe('rebuilt');
    expect(JSON.parse(read('package.json')).version).toBe('0.2.0');
    expect(JSON.parse(read('package-lock.json')).packages[''].version).toBe('0.2.0');
    expect(read('src/version.ts')).toContain("export const VERSION = '0.2.0';");
    expect(read('README.md')).toContain('releases/download/v0.2.0/perf-audit-0.2.0.tgz');
    expect(read('README.md')).toContain('github:perf-audit/perf-audit#v0.2.0');

    const changelog = read('CHANGELOG.md');
    const today = new Date().toISOString().slice(0, 10);
    expect(changelog).toContain(`## [Unreleased]\n\n## [0.2.0] - ${today}\n\n### Fixed\n\n- A fix.\n`);
    expect(changelog).toContain(
      '[Unreleased]: https://github.com/perf-audit/perf-audit/compare/v0.2.0...HEAD',
    );
    expect(changelog).toContain(
      `[0.2.0]: https://github.com/perf-audit/perf-audit/compare/v${previous}...v0.2.0`,
    );
  });

  it('refuses a dirty tree, an existing tag, an older version and an empty Unreleased section', () => {
    writeFileSync(join(clone, 'stray.txt'), 'x');
    expect(release('0.2.1').stderr).toMatch(/uncommitted changes/);
    rmSync(join(clone, 'stray.txt'));
    expect(release('0.2.0').stderr).toMatch(/tag v0\.2\.0 already exists/);
    expect(release('0.1.9').stderr).toMatch(/not above the current version 0\.2\.0/);
    expect(release('0.2.1').stderr).toMatch(/nothing under ## \[Unreleased\]/);
    expect(release('0.2.1').status).toBe(1);
    expect(git('tag', '--list', 'v0.2.1')).toBe('');
    expect(release('next').stderr).toMatch(/usage/);
  });

  it('a new major moves its own tag and the documented uses: line; --skip-tests skips the tests', () => {
    rmSync(join(dir, 'tests-ran'), { force: true });
    writeFileSync(
      join(clone, 'CHANGELOG.md'),
      read('CHANGELOG.md').replace('## [Unreleased]\n', '## [Unreleased]\n\n### Changed\n\n- Breaking.\n'),
    );
    git('commit', '-qam', 'a breaking change');
    const v0 = git('rev-parse', 'v0^{commit}');
    const r = release('1.0.0', '--skip-tests');
    expect(r.status).toBe(0);
    expect(existsSync(join(dir, 'tests-ran'))).toBe(false);
    expect(git('tag', '--points-at', 'HEAD').split('\n').sort()).toEqual(['v1', 'v1.0.0']);
    expect(git('rev-parse', 'v0^{commit}')).toBe(v0);
    expect(read('README.md')).toContain('uses: perf-audit/perf-audit@v1');
    expect(read('README.md')).not.toContain('perf-audit/perf-audit@v0');
  });
});

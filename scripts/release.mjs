#!/usr/bin/env node
// `npm run release -- X.Y.Z [--skip-tests]`: cuts release X.Y.Z from a clean tree.
//
// Checks the tree is clean and the tag is new, runs the tests (`npm test`, unless --skip-tests), rebuilds
// dist/ (`npm run bundle`), sets the version (package.json, package-lock.json, src/version.ts), moves the
// CHANGELOG's Unreleased entries under the new version, names the major tag in the documented `uses:`
// lines, commits, tags vX.Y.Z and moves vX to it. Nothing is pushed: the last line says what to push.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const USES_FILES = [
  'README.md',
  'docs/fork-prs.md',
  '.github/workflows/perf-audit-example.yml',
  '.github/workflows/perf-audit-fork-audit.yml',
  '.github/workflows/perf-audit-fork-comment.yml',
];

const args = process.argv.slice(2);
const version = args.find((a) => !a.startsWith('--'));
const skipTests = args.includes('--skip-tests');

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

const run = (cmd, argv, opts = {}) => execFileSync(cmd, argv, { encoding: 'utf8', ...opts });
const git = (...argv) => run('git', argv).trim();
const npm = (...argv) => run(process.platform === 'win32' ? 'npm.cmd' : 'npm', argv, { stdio: 'inherit' });

if (!version || !/^\d+\.\d+\.\d+$/.test(version)) fail('usage: npm run release -- X.Y.Z [--skip-tests]');
const tag = `v${version}`;
const major = `v${version.split('.')[0]}`;
if (git('status', '--porcelain') !== '')
  fail('the working tree has uncommitted changes: commit or stash them first');
if (git('tag', '--list', tag) !== '') fail(`tag ${tag} already exists`);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const [a, b] = [pkg.version, version].map((v) => v.split('.').map(Number));
if (b[0] < a[0] || (b[0] === a[0] && (b[1] < a[1] || (b[1] === a[1] && b[2] <= a[2]))))
  fail(`${version} is not above the current version ${pkg.version}`);

const changelog = readFileSync('CHANGELOG.md', 'utf8');
const unreleased = /^## \[Unreleased\]\n([\s\S]*?)(?=^## \[|^\[Unreleased\]:)/m.exec(changelog);
if (!unreleased || unreleased[1].trim() === '') fail('CHANGELOG.md has nothing under ## [Unreleased]');

if (!skipTests) npm('test');
npm('run', 'bundle');

// Version: package.json, the lock's copies of it, src/version.ts.
pkg.version = version;
writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
lock.version = version;
if (lock.packages?.['']) lock.packages[''].version = version;
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
const versionTs = readFileSync('src/version.ts', 'utf8');
writeFileSync(
  'src/version.ts',
  versionTs.replace(/export const VERSION = '[^']*';/, `export const VERSION = '${version}';`),
);

// CHANGELOG: the Unreleased entries become the version's, under today's date; the links follow.
const today = new Date().toISOString().slice(0, 10);
const base = /^\[Unreleased\]: (.*)\/compare\/(v[^.]+\.[^.]+\.[^.]+)\.\.\.HEAD$/m.exec(changelog);
let next = changelog.replace(
  unreleased[0],
  `## [Unreleased]\n\n## [${version}] - ${today}\n${unreleased[1].replace(/^\n*/, '\n')}`,
);
if (base) {
  const [line, url, previous] = base;
  next = next.replace(
    line,
    `[Unreleased]: ${url}/compare/${tag}...HEAD\n[${version}]: ${url}/compare/${previous}...${tag}`,
  );
}
writeFileSync('CHANGELOG.md', next);

// The documented `uses:` line names the major tag users pin.
for (const file of USES_FILES) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue;
  }
  writeFileSync(file, text.replace(/perf-audit\/perf-audit@v\d+\b/g, `perf-audit/perf-audit@${major}`));
}
// The README's install lines name the release's tag and tarball.
const previous = a.join('.');
const readme = readFileSync('README.md', 'utf8');
writeFileSync(
  'README.md',
  readme
    .replaceAll(`/v${previous}/perf-audit-${previous}.tgz`, `/${tag}/perf-audit-${version}.tgz`)
    .replaceAll(`#v${previous}`, `#${tag}`),
);

git('add', '-A');
git('commit', '-q', '-m', `Release ${tag}`);
git('tag', '-a', tag, '-m', `perf-audit ${version}`);
git('tag', '-f', '-a', major, '-m', `perf-audit ${version} (latest ${major}.x)`);
console.log(
  `release: ${tag} tagged and ${major} moved to it. Publish with:\n  git push origin HEAD ${tag} && git push -f origin ${major}`,
);

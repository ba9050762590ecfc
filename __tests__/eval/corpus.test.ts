import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  absentFiles,
  corpusDir,
  extractTree,
  locateApps,
  parentOf,
  type CorpusApp,
} from '../../eval/src/corpus.js';

let dir: string;
let first: string;
let second: string;
const git = (...args: string[]) =>
  execFileSync('git', args, {
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@t',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@t',
    },
  }).trim();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'eval-corpus-'));
  const work = join(dir, 'work');
  mkdirSync(join(work, 'app'), { recursive: true });
  git('init', '-q', work);
  writeFileSync(join(work, 'app', 'a.php'), '<?php // one\n');
  git('-C', work, 'add', '.');
  git('-C', work, 'commit', '-qm', 'one');
  first = git('-C', work, 'rev-parse', 'HEAD');
  writeFileSync(join(work, 'app', 'a.php'), '<?php // two\n');
  writeFileSync(join(work, 'app', 'big.wasm'), 'large blob');
  git('-C', work, 'add', '.');
  git('-C', work, 'commit', '-qm', 'two');
  second = git('-C', work, 'rev-parse', 'HEAD');
  git('clone', '-q', '--mirror', work, join(dir, 'corpus', 'acme+shop', 'repo'));
  git('clone', '-q', work, join(dir, 'corpus', 'blog'));
  // A mirror fetched with a size limit: the large blob is absent.
  const blob = git('-C', work, 'rev-parse', 'HEAD:app/big.wasm');
  rmSync(join(dir, 'corpus', 'acme+shop', 'repo', 'objects', blob.slice(0, 2), blob.slice(2)));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const app = (repo: string, commit: string): CorpusApp => ({
  repo,
  dir: repo.replace('/', '+'),
  commit,
  app: 'app',
});

describe('corpusDir', () => {
  it('prefers --corpus to PERF_AUDIT_CORPUS and is null without either', () => {
    expect(corpusDir('/a', { PERF_AUDIT_CORPUS: '/b' })).toBe('/a');
    expect(corpusDir(undefined, { PERF_AUDIT_CORPUS: '/b' })).toBe('/b');
    expect(corpusDir(undefined, { PERF_AUDIT_CORPUS: ' ' })).toBeNull();
  });
});

describe('locateApps and extractTree', () => {
  it('finds bare mirrors and plain clones, and names what is missing with its fetch', async () => {
    const corpus = join(dir, 'corpus');
    const r = await locateApps(corpus, [
      app('acme/shop', second),
      app('someone/blog', first),
      app('acme/gone', first),
      app('acme/shop', 'f'.repeat(40)),
    ]);
    expect(r.found.map((f) => f.gitDir)).toEqual([
      join(corpus, 'acme+shop', 'repo'),
      join(corpus, 'blog', '.git'),
    ]);
    expect(r.missing.map((m) => m.fetch)).toEqual([
      `git clone --mirror https://github.com/acme/gone.git ${join(corpus, 'acme+gone', 'repo')}`,
      `git --git-dir=${join(corpus, 'acme+shop', 'repo')} fetch origin`,
    ]);
  });

  it('extracts a commit once into the cache and gives the app folder', async () => {
    const corpus = join(dir, 'corpus');
    const { found } = await locateApps(corpus, [app('acme/shop', second)]);
    const src = found[0]!;
    const cache = join(dir, 'cache');
    const at = await extractTree(src, (await parentOf(src.gitDir, second))!, cache);
    expect(at).toBe(join(cache, 'acme+shop', first, 'app'));
    expect(readFileSync(join(at, 'a.php'), 'utf8')).toBe('<?php // one\n');
    writeFileSync(join(at, 'a.php'), 'kept');
    await extractTree(src, first, cache);
    expect(readFileSync(join(at, 'a.php'), 'utf8')).toBe('kept');
    await expect(extractTree(src, 'e'.repeat(40), cache)).rejects.toThrow();
  });

  it('leaves out the files whose blobs the mirror lacks', async () => {
    const { found } = await locateApps(join(dir, 'corpus'), [app('acme/shop', second)]);
    const src = found[0]!;
    expect(await absentFiles(src.gitDir, second)).toEqual(['app/big.wasm']);
    const at = await extractTree(src, second, join(dir, 'cache'));
    expect(readdirSync(at)).toEqual(['a.php']);
    expect(readFileSync(join(at, 'a.php'), 'utf8')).toBe('<?php // two\n');
  });
});

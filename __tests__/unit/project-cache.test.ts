import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentHash, fingerprint, ProjectCache } from '../../src/project/project-cache.js';
import type { FileSummary } from '../../src/project/php/summary.js';
import type { QueryShape } from '../../src/project/model.js';

const summary = (file: string): FileSummary => ({ file, classes: [], functions: [] });
const shape = { id: 'q1', table: 'posts' } as unknown as QueryShape;

describe('ProjectCache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'perf-audit-cache-test-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives back a summary and an extraction of the same bytes in a later run', () => {
    const hash = contentHash('<?php class A {}');
    const first = ProjectCache.open(dir, '1.0.0');
    expect(first.summary('app/A.php', hash)).toBeUndefined();
    first.putSummary('app/A.php', hash, summary('app/A.php'));
    first.putExtraction('app/A.php', hash, 'world-1', [], { queries: [shape], problems: [] });
    expect(first.save()).toBeNull();

    const second = ProjectCache.open(dir, '1.0.0');
    expect(second.summary('app/A.php', hash)).toEqual(summary('app/A.php'));
    expect(second.extraction('app/A.php', hash, 'world-1')?.queries).toEqual([shape]);
    expect(second.stats).toEqual({ summariesReused: 1, extractionsReused: 1, resultsReused: [] });
  });

  it('does not reuse an extraction made in another world, nor entries of another path or content', () => {
    const hash = contentHash('x');
    const first = ProjectCache.open(dir, '1.0.0');
    first.putSummary('app/A.php', hash, summary('app/A.php'));
    first.putExtraction('app/A.php', hash, 'world-1', [], { queries: [shape], problems: [] });
    first.save();
    const second = ProjectCache.open(dir, '1.0.0');
    expect(second.extraction('app/A.php', hash, 'world-2')).toBeUndefined();
    expect(second.summary('app/B.php', hash)).toBeUndefined();
    expect(second.summary('app/A.php', contentHash('y'))).toBeUndefined();
  });

  it('does not reuse an extraction when a file it read has changed', () => {
    const first = ProjectCache.open(dir, '1.0.0');
    first.putExtraction('app/A.php', 'ha', 'w', [['app/Models/Post.php', 'p1']], {
      queries: [shape],
      problems: [],
    });
    first.save();
    const second = ProjectCache.open(dir, '1.0.0');
    const now = new Map([['app/Models/Post.php', 'p2']]);
    expect(second.extraction('app/A.php', 'ha', 'w', (d, h) => now.get(d) === h)).toBeUndefined();
    now.set('app/Models/Post.php', 'p1');
    expect(second.extraction('app/A.php', 'ha', 'w', (d, h) => now.get(d) === h)).toBeDefined();
  });

  it('keeps only what the last run used, so the file never outgrows the app', () => {
    const first = ProjectCache.open(dir, '1.0.0');
    first.putSummary('app/Old.php', 'h1', summary('app/Old.php'));
    first.putSummary('app/Kept.php', 'h2', summary('app/Kept.php'));
    first.save();
    const second = ProjectCache.open(dir, '1.0.0');
    second.summary('app/Kept.php', 'h2');
    second.save();
    const third = ProjectCache.open(dir, '1.0.0');
    expect(third.summary('app/Old.php', 'h1')).toBeUndefined();
    expect(third.summary('app/Kept.php', 'h2')).toBeDefined();
  });

  it('starts empty, with a note, when the file is corrupt or from another version', () => {
    writeFileSync(join(dir, 'project-cache.json'), '{"format": "perf-audit 1.0.0 summ');
    const corrupt = ProjectCache.open(dir, '1.0.0');
    expect(corrupt.note).toMatch(/^unreadable/);
    expect(corrupt.summary('a.php', 'h')).toBeUndefined();

    const old = ProjectCache.open(dir, '1.0.0');
    old.putSummary('a.php', 'h', summary('a.php'));
    old.save();
    const newer = ProjectCache.open(dir, '2.0.0');
    expect(newer.note).toMatch(/another version/);
    expect(newer.summary('a.php', 'h')).toBeUndefined();
  });

  it('reports, and does not throw, when the folder cannot be written', () => {
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, 'x');
    const cache = ProjectCache.open(join(file, 'cache'), '1.0.0');
    cache.putSummary('a.php', 'h', summary('a.php'));
    expect(cache.save()).toMatch(/could not be written/);
  });

  it('writes the file in one step: no temporary file is left behind', () => {
    const cache = ProjectCache.open(dir, '1.0.0');
    cache.putSummary('a.php', 'h', summary('a.php'));
    cache.save();
    expect(JSON.parse(readFileSync(join(dir, 'project-cache.json'), 'utf8')).summaries).toBeDefined();
    expect(existsSync(join(dir, `project-cache.json.${process.pid}.tmp`))).toBe(false);
  });

  it('is one cache per folder in a process: the baseline audit shares what the head audit learned', () => {
    const head = ProjectCache.shared(dir, '1.0.0');
    head.putSummary('app/A.php', 'h', summary('app/A.php'));
    const base = ProjectCache.shared(dir, '1.0.0');
    expect(base).toBe(head);
    expect(base.summary('app/A.php', 'h')).toBeDefined();
  });

  it('remembers nothing when disabled', () => {
    const cache = ProjectCache.none();
    cache.putSummary('a.php', 'h', summary('a.php'));
    expect(cache.summary('a.php', 'h')).toBeUndefined();
    expect(cache.save()).toBeNull();
  });

  it('fingerprints values in order', () => {
    expect(fingerprint('a', { b: 1 })).toBe(fingerprint('a', { b: 1 }));
    expect(fingerprint('a', 'b')).not.toBe(fingerprint('b', 'a'));
    expect(fingerprint('ab', '')).not.toBe(fingerprint('a', 'b'));
  });
});

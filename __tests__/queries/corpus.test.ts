/**
 * The labelled index corpus: every labelled query must be extracted at its line with the table and the
 * columns the label names. (Precision/recall of the index verdicts is measured by the index tests.)
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, at, extract, parseDir } from './helpers.js';
import type { QueryShape } from '../../src/project/model.js';

interface Label {
  file: string;
  line: number;
  label: 'needs-index' | 'served' | 'few-values';
  table: string;
  where: string[];
  orderBy: string[];
  groupBy?: string[];
  join?: string;
  note: string;
}

const root = join(FIXTURES, 'index-corpus');
const labels = (
  JSON.parse(readFileSync(join(root, 'labels.json'), 'utf8')) as { queries: Record<string, Label> }
).queries;
const files = parseDir(root, (rel) => rel.startsWith('database/'));
const { queries, problems } = extract(files);

describe('index corpus', () => {
  test('has at least 40 labelled shapes of both kinds', () => {
    const all = Object.values(labels);
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(all.filter((l) => l.label === 'needs-index').length).toBeGreaterThanOrEqual(15);
    expect(all.filter((l) => l.label === 'served').length).toBeGreaterThanOrEqual(15);
  });

  test('each label sits on the line after its `// label:` comment', () => {
    for (const [id, l] of Object.entries(labels)) {
      const lines = readFileSync(join(root, l.file), 'utf8').split('\n');
      expect(`${id}: ${lines[l.line - 2].trim()}`).toBe(`${id}: // label: ${id}`);
    }
  });

  test('reads every file without problems', () => {
    expect(problems).toEqual([]);
  });

  test.each(Object.entries(labels))('%s is extracted with its table and columns', (_id, l) => {
    // A chain with conditional clauses is sent as several shapes (the common path, each branch): the label
    // names the one with its filters.
    const columns = (q: QueryShape) => [
      ...new Set(q.where.map((p) => (p.table ? `${p.table}.${p.column}` : p.column))),
    ];
    const found = at(queries, l.file, l.line).filter((q) => q.table === l.table);
    expect(found.length).toBeGreaterThanOrEqual(1);
    const shape = found.find((q) => columns(q).length === l.where.length) ?? found[0];
    expect(columns(shape).sort()).toEqual([...l.where].sort());
    expect(shape.orderBy.map((o) => o.column)).toEqual(l.orderBy);
    expect(shape.groupBy).toEqual(l.groupBy ?? []);
    if (l.join) expect(shape.joins.map((j) => j.table)).toContain(l.join);
  });

  test('every extracted shape in the controllers is labelled', () => {
    const labelled = new Set(Object.values(labels).map((l) => `${l.file}:${l.line}:${l.table}`));
    const extra = queries
      .filter((q) => q.location.file.startsWith('app/Http/'))
      .map((q) => `${q.location.file}:${q.location.line}:${q.table}`)
      .filter((k) => !labelled.has(k));
    expect(extra).toEqual([]);
  });
});

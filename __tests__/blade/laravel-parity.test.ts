/**
 * The template reader finds the same queries as Laravel's own BladeCompiler: each fixture template is
 * compiled by Debian's Illuminate (blade-compile.php), the compiled PHP is walked like any file, and its
 * queries must be those read from the template itself. Lines are not compared: Laravel moves `@extends`
 * to the end of the file.
 */

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { QueryShape } from '../../src/project/model.js';
import { parsePhp, type ParsedPhp } from '../../src/project/php/parse.js';
import { FIXTURES, extract, orders, parseDir, preds } from '../queries/helpers.js';

const DIR = join(FIXTURES, 'blade');
const TEMPLATES = ['resources/views/posts/index.blade.php', 'resources/views/posts/quiet.blade.php'];

function compiledByLaravel(): Record<string, string> {
  const r = spawnSync('php', [join(DIR, 'blade-compile.php'), ...TEMPLATES.map((t) => join(DIR, t))], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.status !== 0) throw new Error(`blade-compile.php failed: ${r.stderr || r.stdout}`);
  return JSON.parse(r.stdout) as Record<string, string>;
}

const shapeKey = (q: QueryShape) => `${q.table}: ${preds(q).join(', ')} | ${orders(q).join(', ')}`;

test('the queries read from each template are those of the PHP Laravel compiles it to', () => {
  const compiled = compiledByLaravel();
  const models = parseDir(DIR, (rel) => !rel.startsWith('app/'));
  const ours = extract(parseDir(DIR, (rel) => !rel.startsWith('app/') && !TEMPLATES.includes(rel)));
  const laravels = extract([
    ...models,
    ...TEMPLATES.map((t): ParsedPhp => {
      const { parsed, problem } = parsePhp(t, compiled[join(DIR, t)]);
      if (!parsed) throw new Error(`Laravel's compiled ${t} does not parse: ${problem?.message}`);
      return parsed;
    }),
  ]);
  for (const t of TEMPLATES) {
    const of = (qs: QueryShape[]) =>
      qs
        .filter((q) => q.location.file === t)
        .map(shapeKey)
        .sort();
    expect(of(ours.queries)).toEqual(of(laravels.queries));
    expect(of(ours.queries).length).toBeGreaterThan(0);
  }
});

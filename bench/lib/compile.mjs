// Transpiles the engine's TypeScript sources reachable from some entries into a folder, so a benchmark can
// call one module of the engine (the schema phase's folding) without a full build.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

export function compileEngine(root, entries, out) {
  const seen = new Set();
  const queue = entries.map((e) => resolve(root, e));
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    const js = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      fileName: file,
    }).outputText;
    const target = join(out, relative(root, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, js);
    for (const m of source.matchAll(/from '(\.{1,2}\/[^']+)\.js'/g))
      queue.push(resolve(dirname(file), `${m[1]}.ts`));
  }
  symlinkSync(join(root, 'node_modules'), join(out, 'node_modules'));
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  return (path) => import(pathToFileURL(join(out, path)).href);
}

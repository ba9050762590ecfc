#!/usr/bin/env node
// Checks the AST toolkit's child-field table (src/project/php/ast.ts) against real code and times it: for
// every node of every PHP file under the given folders, walk() and childNodes() must give the nodes, in
// the order, that the nodes' own keys give. Run it after a php-parser upgrade, on the corpus trees.
// Usage: node bench/walk-table.mjs DIR... (prints JSON; exits 1 on a difference)
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compileEngine } from './lib/compile.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const out = mkdtempSync(join(tmpdir(), 'walk-table-'));
const load = compileEngine(root, ['src/project/php/ast.ts', 'src/project/php/parse.ts'], out);
const { walk, childNodes, isNode, LEAF_KINDS } = await load('src/project/php/ast.js');
const { parsePhp } = await load('src/project/php/parse.js');

const SKIPPED = new Set(['loc', 'leadingComments', 'trailingComments', 'comments', 'errors', 'tokens']);

/** Every node below `root` from the nodes' own keys: what walk() gave before the table. */
function ownWalk(node, visit) {
  if (Array.isArray(node)) for (const item of node) ownWalk(item, visit);
  else if (isNode(node)) {
    visit(node);
    for (const key of Object.keys(node))
      if (!SKIPPED.has(key) && node[key] && typeof node[key] === 'object') ownWalk(node[key], visit);
  }
}

function ownChildNodes(n) {
  const found = [];
  for (const key of Object.keys(n)) {
    const v = n[key];
    if (SKIPPED.has(key) || !v || typeof v !== 'object') continue;
    for (const item of Array.isArray(v) ? v : [v])
      if (isNode(item) && !LEAF_KINDS.has(item.kind)) found.push(item);
  }
  return found;
}

function phpFiles(dir, found = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory() && e.name !== 'node_modules' && e.name !== '.git') phpFiles(join(dir, e.name), found);
    else if (e.isFile() && e.name.endsWith('.php')) found.push(join(dir, e.name));
  }
  return found;
}

const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
const asts = [];
let nodes = 0;
const differences = [];
for (const dir of process.argv.slice(2)) {
  for (const file of phpFiles(dir)) {
    const { parsed } = parsePhp(file, readFileSync(file, 'utf8'));
    if (!parsed) continue;
    asts.push(parsed.ast);
    const expected = [];
    ownWalk(parsed.ast, (n) => expected.push(n));
    const got = [];
    walk(parsed.ast, (n) => got.push(n));
    nodes += expected.length;
    const kind = !same(got, expected)
      ? 'walk'
      : expected.find((n) => !same(childNodes(n), ownChildNodes(n)))?.kind;
    if (kind) differences.push({ file, kind });
  }
}

/** CPU milliseconds of one pass over every AST, the best of five. */
function timed(fn) {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const c0 = process.cpuUsage();
    fn(asts, () => undefined);
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  return Math.round(best);
}
const result = {
  files: asts.length,
  nodes,
  differences: differences.slice(0, 20),
  walkMs: timed(walk),
  ownKeysWalkMs: timed(ownWalk),
};
rmSync(out, { recursive: true, force: true });
console.log(JSON.stringify(result, null, 2));
process.exit(differences.length ? 1 : 0);

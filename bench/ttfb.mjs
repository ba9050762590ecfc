#!/usr/bin/env node
/**
 * TTFB accuracy benchmark: a local server answers after a fixed 50 ms; perf-audit's timed request and
 * curl's `time_starttransfer` are sampled alternately on the same URL, and both medians are printed.
 * The acceptance bound is |perf-audit − curl| ≤ 2 ms.
 *
 *   node bench/ttfb.mjs [samples=40]
 *
 * src/http/ttfb.ts imports only node: modules, so it is transpiled on the fly (no build step needed).
 */

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = Number(process.argv[2] ?? 40);
const DELAY_MS = 50;
const BOUND_MS = 2;

async function loadTimedRequest() {
  const source = readFileSync(join(root, 'src/http/ttfb.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const dir = mkdtempSync(join(tmpdir(), 'perf-audit-bench-'));
  const file = join(dir, 'ttfb.mjs');
  writeFileSync(file, outputText);
  try {
    return (await import(pathToFileURL(file).href)).timedRequest;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// Asynchronous: the server runs in this process and must keep answering while curl waits.
async function curlTtfbMs(url) {
  const { stdout } = await promisify(execFile)('curl', [
    '-s',
    '-o',
    '/dev/null',
    '-w',
    '%{time_starttransfer}',
    url,
  ]);
  return Number(stdout) * 1000;
}

const timedRequest = await loadTimedRequest();
const server = http.createServer((_req, res) => setTimeout(() => res.end('ok'), DELAY_MS));
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;

try {
  // Warm-up: JIT, page cache, curl binary.
  for (let i = 0; i < 3; i++) {
    await curlTtfbMs(url);
    await timedRequest(url, { timeoutMs: 5000 });
  }
  const curl = [];
  const ours = [];
  for (let i = 0; i < SAMPLES; i++) {
    curl.push(await curlTtfbMs(url));
    const r = await timedRequest(url, { timeoutMs: 5000 });
    if (r.error) throw new Error(`perf-audit request failed: ${r.error.message}`);
    ours.push(r.ttfbMs);
  }
  const c = median(curl);
  const p = median(ours);
  const diff = p - c;
  console.log(`server delay           ${DELAY_MS} ms, ${SAMPLES} samples each, alternating`);
  console.log(`curl time_starttransfer median  ${c.toFixed(3)} ms`);
  console.log(`perf-audit TTFB median          ${p.toFixed(3)} ms`);
  console.log(
    `difference                      ${diff >= 0 ? '+' : ''}${diff.toFixed(3)} ms (bound ±${BOUND_MS} ms: ${Math.abs(diff) <= BOUND_MS ? 'within' : 'OUTSIDE'})`,
  );
  process.exitCode = Math.abs(diff) <= BOUND_MS ? 0 : 1;
} finally {
  server.close();
}

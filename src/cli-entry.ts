/**
 * Entry of the bundled command (dist/cli/index.js). The same file hosts the PHP parse workers
 * (project/parse-pool.ts): ncc bundles modules, not separate worker files, so a worker starts this
 * bundle again and is told apart by its workerData. Everything heavy loads with import() so that
 * `--version`, `--help` and the first progress line come out before the engine is parsed.
 */

import { isMainThread, workerData } from 'node:worker_threads';
import { isParseWorkerData, setParseWorkerScript } from './project/parse-pool.js';

// Stack traces (--debug) name src/ files: the bundle's chunks, loaded below, carry source maps.
process.setSourceMapsEnabled(true);

if (!isMainThread && isParseWorkerData(workerData)) {
  const { serveParseWorker } = await import('./project/parse-worker.js');
  serveParseWorker(workerData);
} else {
  setParseWorkerScript(new URL(import.meta.url));
  const { EXIT, main } = await import('./cli.js');
  await main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // The stack is for debugging perf-audit itself: only with --debug.
      const debug = process.argv.includes('--debug');
      const text = e instanceof Error ? (debug ? (e.stack ?? e.message) : e.message) : String(e);
      process.stderr.write(`perf-audit: unexpected error: ${text}\n`);
      process.exitCode = EXIT.failed;
    },
  );
}

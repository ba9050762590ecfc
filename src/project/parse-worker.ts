/** The worker side of parse-pool.ts: claims files from the shared counter, parses them, posts the ASTs. */

import { serialize } from 'node:v8';
import { parseSource } from './parse-source.js';
import { NEXT, POSTED } from './parse-pool.js';
import type { ParseWorkerData, WorkerBatch, WorkerResult } from './parse-pool.js';

/** Files per message: one serialized buffer per batch costs less than one structured clone per file. */
const BATCH = 16;

export function serveParseWorker(data: ParseWorkerData): void {
  const control = new Int32Array(data.control);
  let batch: WorkerResult[] = [];
  const flush = () => {
    if (!batch.length) return;
    let buffer: Buffer;
    try {
      buffer = serialize(batch);
    } catch {
      // An AST that cannot be serialized: the main thread parses these files itself.
      buffer = serialize(batch.map((r) => ({ i: r.i, failed: true })));
    }
    const ab = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
    data.port.postMessage({ buffer: ab } satisfies WorkerBatch, [ab]);
    Atomics.add(control, POSTED, batch.length);
    Atomics.notify(control, POSTED);
    batch = [];
  };
  for (;;) {
    const i = Atomics.add(control, NEXT, 1);
    if (i >= data.files.length) break;
    const { path, text } = data.files[i];
    const { parsed, problem } = parseSource(path, text);
    batch.push({ i, parsed, problem });
    if (batch.length >= BATCH) flush();
  }
  flush();
  data.port.close();
}

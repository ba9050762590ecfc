/**
 * Parses many PHP files on several cores: worker threads and the main thread claim files from one shared
 * counter, so every thread stays busy whatever the mix of file sizes, and small apps never wait for a
 * worker to start. Synchronous on purpose (Atomics.wait + receiveMessageOnPort): loadProject stays a
 * plain function of the files.
 *
 * ASTs come back v8-serialized (a structured clone), which drops php-parser's class prototypes; the readers
 * only look at `kind` and plain fields (no instanceof, no prototype methods), and __tests__/bench-pool
 * checks that a pooled parse gives the same project model as a sequential one. Off by default: the
 * readers need every AST on this thread, and deserializing one costs about what parsing it does
 * (bench/RESULTS.md: 30–40% slower on this 2-core machine). $PERF_AUDIT_PARSE_WORKERS=N turns it on.
 *
 * Only an entry that knows how to serve as a worker may host one (see cli-entry.ts): it registers its
 * own file with setParseWorkerScript. Without a registered script everything is parsed on this thread.
 */

import { availableParallelism } from 'node:os';
import { deserialize } from 'node:v8';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { Problem } from './model.js';
import type { ParsedPhp } from './php/parse.js';

export interface SourceFile {
  path: string;
  text: string;
}

export interface ParseOutcome {
  parsed: ParsedPhp | null;
  problem: Problem | null;
}

export type ParseOne = (path: string, text: string) => ParseOutcome;

const TAG = 'perf-audit-parse-worker';

/** Slots of the shared Int32Array. */
export const NEXT = 0; // the next file index nobody has claimed
export const POSTED = 1; // results the workers have posted: the main thread sleeps on this one

export interface ParseWorkerData {
  tag: typeof TAG;
  files: SourceFile[];
  control: SharedArrayBuffer;
  port: MessagePort;
}

/** What a worker posts for file `i`; `failed` when its AST could not be cloned (the main thread re-parses). */
export interface WorkerResult {
  i: number;
  parsed?: ParsedPhp | null;
  problem?: Problem | null;
  failed?: true;
}

/** One message: a v8-serialized WorkerResult[] (transferred, not copied). */
export interface WorkerBatch {
  buffer: ArrayBuffer;
}

export function isParseWorkerData(data: unknown): data is ParseWorkerData {
  return typeof data === 'object' && data !== null && (data as { tag?: unknown }).tag === TAG;
}

let registeredScript: URL | string | null = null;

/** The entry file that serves as a parse worker when started with ParseWorkerData (null: no workers). */
export function setParseWorkerScript(script: URL | string | null): void {
  registeredScript = script;
}

export interface PoolOptions {
  /** Below this many files one thread is faster than starting a worker (default 300). */
  minFiles?: number;
  /** Worker threads (default $PERF_AUDIT_PARSE_WORKERS, else none). */
  workers?: number;
  /** The worker entry (default: the one registered with setParseWorkerScript). */
  script?: URL | string | null;
  /** false: the main thread only collects results (tests use it to make sure the workers parse). */
  mainThreadParses?: boolean;
  /** A worker that posts nothing for this long is given up on; its files are parsed here (default 30 s). */
  stallMs?: number;
}

export interface PoolResult {
  /** One outcome per input file, in input order. */
  outcomes: ParseOutcome[];
  /** How many files the workers parsed (0 when the pool was not used). */
  byWorkers: number;
  workers: number;
}

/**
 * Off unless asked for ($PERF_AUDIT_PARSE_WORKERS=N, or "auto" for cores − 1): bench/RESULTS.md shows that
 * on 2 cores copying the ASTs back costs the main thread more than parsing them itself.
 */
function defaultWorkers(): number {
  const env = process.env.PERF_AUDIT_PARSE_WORKERS?.trim();
  if (env === 'auto') return Math.max(0, availableParallelism() - 1);
  if (env && Number.isInteger(Number(env)) && Number(env) >= 0) return Number(env);
  return 0;
}

function parseHere(files: SourceFile[], parseOne: ParseOne): PoolResult {
  return { outcomes: files.map((f) => parseOne(f.path, f.text)), byWorkers: 0, workers: 0 };
}

export function parseFiles(files: SourceFile[], parseOne: ParseOne, opts: PoolOptions = {}): PoolResult {
  const script = opts.script === undefined ? registeredScript : opts.script;
  const count = opts.workers ?? defaultWorkers();
  if (!script || count < 1 || files.length < (opts.minFiles ?? 300)) return parseHere(files, parseOne);

  const control = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  const ports: MessagePort[] = [];
  const workers: Worker[] = [];
  // Plain copies: workerData is cloned, and the caller's objects may carry more than path and text.
  const plain = files.map((f) => ({ path: f.path, text: f.text }));
  for (let w = 0; w < count; w++) {
    const { port1, port2 } = new MessageChannel();
    try {
      const data: ParseWorkerData = {
        tag: TAG,
        files: plain,
        control: control.buffer as SharedArrayBuffer,
        port: port2,
      };
      const worker = new Worker(script, { workerData: data, transferList: [port2] });
      // Errors arrive on the event loop after this function returned: the files were parsed here by then.
      worker.on('error', () => undefined);
      worker.unref();
      workers.push(worker);
      ports.push(port1);
    } catch {
      port1.close();
      break;
    }
  }
  if (workers.length === 0) return parseHere(files, parseOne);

  const outcomes: (ParseOutcome | undefined)[] = new Array(files.length);
  let done = 0;
  let byWorkers = 0;
  const drain = () => {
    for (const port of ports) {
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        const batch = deserialize(Buffer.from((m.message as WorkerBatch).buffer)) as WorkerResult[];
        for (const r of batch) {
          if (outcomes[r.i] !== undefined) continue;
          if (r.failed) {
            outcomes[r.i] = parseOne(files[r.i].path, files[r.i].text);
          } else {
            outcomes[r.i] = { parsed: r.parsed ?? null, problem: r.problem ?? null };
            byWorkers++;
          }
          done++;
        }
      }
    }
  };

  try {
    if (opts.mainThreadParses !== false) {
      for (;;) {
        drain();
        const i = Atomics.add(control, NEXT, 1);
        if (i >= files.length) break;
        outcomes[i] = parseOne(files[i].path, files[i].text);
        done++;
      }
    }
    // What the workers still hold: the batch each one is filling (or every file, if none ever started).
    const stallMs = opts.stallMs ?? 30_000;
    let lastPosted = Atomics.load(control, POSTED);
    let lastProgress = Date.now();
    while (done < files.length) {
      drain();
      if (done >= files.length) break;
      Atomics.wait(control, POSTED, lastPosted, 100);
      const posted = Atomics.load(control, POSTED);
      if (posted !== lastPosted) {
        lastPosted = posted;
        lastProgress = Date.now();
      } else if (Date.now() - lastProgress > stallMs) {
        Atomics.store(control, NEXT, files.length);
        drain();
        for (let i = 0; i < files.length; i++) {
          if (outcomes[i] === undefined) {
            outcomes[i] = parseOne(files[i].path, files[i].text);
            done++;
          }
        }
      }
    }
  } finally {
    Atomics.store(control, NEXT, files.length);
    for (const port of ports) port.close();
    for (const worker of workers) void worker.terminate();
  }
  return { outcomes: outcomes as ParseOutcome[], byWorkers, workers: workers.length };
}

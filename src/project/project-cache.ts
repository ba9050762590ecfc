/**
 * What the static phase learned about each file, kept between runs and keyed by the file's path and
 * content hash: its summary (always valid for the same bytes) and its query extraction (valid while the
 * rest of the app's declarations, models and config are the same: the `world` fingerprint). A second
 * audit of an unchanged app (or the baseline audit of the PR's base, which shares most files) parses only
 * what changed.
 *
 * One JSON file per cache folder, read once and written once (atomically) per run, holding only the
 * entries this run used, so it never grows beyond the app. A cache that cannot be read is ignored with a
 * note; nothing here can fail the audit.
 */

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUMMARY_VERSION, type FileSummary } from './php/summary.js';
import type { Problem, QueryShape, TableWrite, WholeTableRead } from './model.js';

/**
 * Bumped when what an extraction or a whole-app result holds changes shape, or which files give one (6: Blade
 * templates, 7: reads of whole tables, 9: closures a query runs are no queries of their own, 10: an arm that
 * returns keeps its assignments to itself, 12: an optional input branch counts its query's optional filters,
 * 13: the migrations' schema takes a statement refused inside try/catch as the app does, 14: the container
 * of framework base classes, escaped sort choices, a model's `$this->table` in its scopes and validation
 * rules are read, 23: save() adds a row only on an instance built or handed in, 24: migrations answer
 * Doctrine's schema manager, and a Blueprint closure's statement that never names it touches no table, 25:
 * trait method aliases, 26: a whereHas subquery's outer tables, 27: pruning deletes and their cutoffs).
 */
const EXTRACTION_VERSION = 27;

const FILE_NAME = 'project-cache.json';

export interface CachedExtraction {
  queries: QueryShape[];
  problems: Problem[];
  /** Absent in extractions cached before writes were read. */
  writes?: TableWrite[];
  /** Absent in extractions cached before whole-table reads were read. */
  wholeReads?: WholeTableRead[];
}

interface CachedQueries {
  world: string;
  /** Other files whose code the extraction read, with their content hashes then. */
  deps: [string, string][];
  value: CachedExtraction;
}

/** A whole-app result (the migrations' schema, the models) under its inputs' key. */
interface CachedResult {
  key: string;
  deps: [string, string][];
  value: unknown;
}

interface CacheFile {
  format: string;
  summaries: Record<string, FileSummary>;
  /** A short hash of each summary: what a change of declarations (not of bodies) changes. */
  fingerprints: Record<string, string>;
  directives: Record<string, unknown[]>;
  extractions: Record<string, CachedQueries>;
  results: Record<string, CachedResult>;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** A fingerprint of several values (JSON-serializable) in order. */
export function fingerprint(...parts: unknown[]): string {
  const h = createHash('sha1');
  for (const p of parts)
    h.update(typeof p === 'string' ? p : (JSON.stringify(p) ?? 'undefined')).update('\0');
  return h.digest('hex');
}

export interface CacheStats {
  summariesReused: number;
  extractionsReused: number;
  /** Whole-app results reused (`migrations`, `models`). */
  resultsReused: string[];
}

export class ProjectCache {
  private readonly old: CacheFile;
  private readonly next: CacheFile;
  readonly stats: CacheStats = { summariesReused: 0, extractionsReused: 0, resultsReused: [] };
  /** Why the previous cache was not used (unreadable, another format), when it was not. */
  readonly note: string | null;

  private constructor(
    private readonly dir: string | null,
    private readonly format: string,
    old: CacheFile | null,
    note: string | null,
  ) {
    this.old = old ?? {
      format,
      summaries: {},
      fingerprints: {},
      directives: {},
      extractions: {},
      results: {},
    };
    this.next = { format, summaries: {}, fingerprints: {}, directives: {}, extractions: {}, results: {} };
    this.note = note;
  }

  /** A cache that remembers nothing and writes nothing. */
  static none(): ProjectCache {
    return new ProjectCache(null, '', null, null);
  }

  private static readonly open_ = new Map<string, ProjectCache>();

  /**
   * The cache of `dir` for this process: the head audit and the baseline audit of the same run share it,
   * so the base's unchanged files are not parsed again and one save keeps both.
   */
  static shared(dir: string, version: string): ProjectCache {
    const key = `${dir}\0${version}`;
    let cache = ProjectCache.open_.get(key);
    if (!cache) {
      cache = ProjectCache.open(dir, version);
      ProjectCache.open_.set(key, cache);
    }
    return cache;
  }

  /** Opens the cache in `dir` for this perf-audit `version`; a missing or unreadable file starts empty. */
  static open(dir: string, version: string): ProjectCache {
    const format = `perf-audit ${version} summary ${SUMMARY_VERSION} extraction ${EXTRACTION_VERSION}`;
    let text: string;
    try {
      text = readFileSync(join(dir, FILE_NAME), 'utf8');
    } catch {
      return new ProjectCache(dir, format, null, null);
    }
    try {
      const parsed = JSON.parse(text) as Partial<CacheFile>;
      if (parsed.format !== format)
        return new ProjectCache(dir, format, null, 'written by another version: rebuilt');
      if (
        !isRecord(parsed.summaries) ||
        !isRecord(parsed.fingerprints) ||
        !isRecord(parsed.extractions) ||
        !isRecord(parsed.directives) ||
        !isRecord(parsed.results)
      ) {
        return new ProjectCache(dir, format, null, 'not a perf-audit cache: rebuilt');
      }
      return new ProjectCache(dir, format, parsed as CacheFile, null);
    } catch (err) {
      return new ProjectCache(dir, format, null, `unreadable (${(err as Error).message}): rebuilt`);
    }
  }

  get enabled(): boolean {
    return this.dir !== null;
  }

  summary(path: string, hash: string): FileSummary | undefined {
    const key = `${path}\0${hash}`;
    const found = this.old.summaries[key] ?? this.next.summaries[key];
    if (found && found.file === path && Array.isArray(found.classes)) {
      this.next.summaries[key] = found;
      this.stats.summariesReused++;
      return found;
    }
    return undefined;
  }

  putSummary(path: string, hash: string, summary: FileSummary): void {
    if (this.enabled) this.next.summaries[`${path}\0${hash}`] = summary;
  }

  /** The hash of a file's summary, computed once for the same bytes (hashing every summary costs). */
  summaryFingerprint(path: string, hash: string, summary: FileSummary): string {
    const key = `${path}\0${hash}`;
    const found = this.old.fingerprints[key] ?? this.next.fingerprints[key];
    // The classes and methods a file names feed only the rare-path pass, which runs on every audit: a
    // changed call inside a method must not make every other file's queries be extracted again.
    const { references: _references, calls: _calls, ...declarations } = summary;
    const fp = typeof found === 'string' ? found : contentHash(JSON.stringify(declarations));
    if (this.enabled) this.next.fingerprints[key] = fp;
    return fp;
  }

  /** A file's inline ignore directives (plain data; the caller knows their shape). */
  directives<T>(path: string, hash: string): T[] | undefined {
    const key = `${path}\0${hash}`;
    const found = this.old.directives[key] ?? this.next.directives[key];
    if (!Array.isArray(found)) return undefined;
    this.next.directives[key] = found;
    return found as T[];
  }

  putDirectives(path: string, hash: string, directives: unknown[]): void {
    if (this.enabled) this.next.directives[`${path}\0${hash}`] = directives;
  }

  /**
   * A file's cached queries, when they were extracted in the same `world` and every other file the
   * extraction read is unchanged (`unchanged(path, hash)`).
   */
  extraction(
    path: string,
    hash: string,
    world: string,
    unchanged: (dep: string, hash: string) => boolean = () => true,
  ): CachedExtraction | undefined {
    const key = `${path}\0${hash}`;
    const found = this.old.extractions[key];
    if (
      found &&
      found.world === world &&
      Array.isArray(found.deps) &&
      found.deps.every(([d, h]) => unchanged(d, h)) &&
      Array.isArray(found.value?.queries) &&
      Array.isArray(found.value?.problems)
    ) {
      this.next.extractions[key] = found;
      this.stats.extractionsReused++;
      return found.value;
    }
    return undefined;
  }

  putExtraction(
    path: string,
    hash: string,
    world: string,
    deps: [string, string][],
    value: CachedExtraction,
  ): void {
    if (this.enabled) this.next.extractions[`${path}\0${hash}`] = { world, deps, value };
  }

  /**
   * A whole-app result of `kind` computed from inputs fingerprinted as `key`, when every file it read is
   * unchanged (`unchanged(path, hash)`).
   */
  result<T>(kind: string, key: string, unchanged: (dep: string, hash: string) => boolean): T | undefined {
    const found = this.old.results[kind];
    if (
      !found ||
      found.key !== key ||
      !Array.isArray(found.deps) ||
      !found.deps.every(([d, h]) => unchanged(d, h))
    )
      return undefined;
    this.next.results[kind] = found;
    this.stats.resultsReused.push(kind);
    return found.value as T;
  }

  putResult(kind: string, key: string, deps: [string, string][], value: unknown): void {
    if (this.enabled) this.next.results[kind] = { key, deps, value };
  }

  /** Writes what this run used; returns a note when it could not (the audit goes on either way). */
  save(): string | null {
    if (!this.dir) return null;
    const target = join(this.dir, FILE_NAME);
    const tmp = `${target}.${process.pid}.tmp`;
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(tmp, JSON.stringify(this.next));
      renameSync(tmp, target);
      return null;
    } catch (err) {
      try {
        rmSync(tmp, { force: true });
      } catch {
        // The folder itself is the problem: there is no temporary file to remove.
      }
      return `the project cache could not be written to ${this.dir}: ${(err as Error).message}`;
    }
  }
}

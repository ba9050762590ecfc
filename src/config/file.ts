/** Reads and validates .perf-audit.yml. Every mistake is a ConfigError naming the file and line. */

import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import type { Severity } from '../findings.js';
import { ConfigError } from './model.js';
import type { Config, FailOn, IgnoreEntry, RuleSetting, SchemaMode } from './model.js';
import { RANGES, rangeText, type Range } from './ranges.js';
import { readRegularFileSync } from './regular-file.js';
import { lineOfPath } from './yaml-lines.js';

type Path = (string | number)[];
type Obj = Record<string, unknown>;

const SEVERITIES: Severity[] = ['critical', 'warning', 'info'];
const FAIL_ON: FailOn[] = ['critical', 'warning', 'never'];
const SCHEMA_MODES: SchemaMode[] = ['auto', 'migrations', 'dump', 'sql', 'command'];
export const CONFIG_FILE_NAMES = ['.perf-audit.yml', '.perf-audit.yaml'];

class Reader {
  constructor(
    readonly file: string,
    readonly text: string,
  ) {}

  fail(path: Path, message: string): never {
    const where = path.length ? `${path.join('.')}: ` : '';
    throw new ConfigError(`${where}${message}`, this.file, lineOfPath(this.text, path));
  }

  object(value: unknown, path: Path, keys: string[]): Obj {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      this.fail(path, 'expected a mapping');
    const obj = value as Obj;
    for (const key of Object.keys(obj)) {
      if (!keys.includes(key)) this.fail([...path, key], `unknown key (known: ${keys.join(', ')})`);
    }
    return obj;
  }

  string(value: unknown, path: Path): string {
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (typeof value === 'number') return String(value);
    return this.fail(path, 'expected a non-empty string');
  }

  int(value: unknown, path: Path, range: Range): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < range.min || value > range.max) {
      this.fail(path, `expected a whole number ${rangeText(range)}`);
    }
    return value as number;
  }

  bool(value: unknown, path: Path): boolean {
    if (typeof value !== 'boolean') this.fail(path, 'expected true or false');
    return value as boolean;
  }

  oneOf<T extends string>(value: unknown, path: Path, allowed: readonly T[]): T {
    if (typeof value !== 'string' || !allowed.includes(value as T)) {
      this.fail(path, `expected one of ${allowed.join(', ')}`);
    }
    return value as T;
  }

  strings(value: unknown, path: Path): string[] {
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list)) this.fail(path, 'expected a list of strings');
    return (list as unknown[]).map((v, i) => this.string(v, [...path, i]));
  }
}

/** Finds the config file: the one given, else .perf-audit.yml/.yaml in the app folder. */
export function locateConfigFile(app: string, given: string | null): string | null {
  if (given) {
    const abs = isAbsolute(given) ? given : resolve(given);
    if (!existsSync(abs)) throw new ConfigError(`config file not found: ${given}`);
    return abs;
  }
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = join(app, name);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** Applies the file's settings over `base` (defaults). Flags and inputs are applied after, by the caller. */
export function applyConfigFile(base: Config, file: string): Config {
  const shown = relative(process.cwd(), file) || file;
  let text: string;
  try {
    text = readRegularFileSync(file, 'config file');
  } catch (err) {
    throw new ConfigError(err instanceof Error ? err.message : String(err), shown);
  }
  let doc: unknown;
  try {
    doc = yaml.load(text, { filename: shown });
  } catch (err) {
    const e = err as { reason?: string; message: string; mark?: { line: number } };
    throw new ConfigError(
      `YAML error: ${e.reason ?? e.message}`,
      shown,
      e.mark ? e.mark.line + 1 : undefined,
    );
  }
  if (doc === undefined || doc === null) return { ...base, configFile: file };
  const r = new Reader(shown, text);
  const root = r.object(
    doc,
    [],
    [
      'app',
      'database',
      'queries',
      'http',
      'rules',
      'ignore',
      'fail-on',
      'baseline',
      'env-file',
      'target-concurrency',
      'php-ini',
      'fpm-pool',
      'servers',
      'limits',
    ],
  );
  const config: Config = structuredClone(base);
  config.configFile = file;

  if (root.app !== undefined) config.app = resolve(config.app, r.string(root.app, ['app']));
  if (root['fail-on'] !== undefined) config.failOn = r.oneOf(root['fail-on'], ['fail-on'], FAIL_ON);
  if (root.baseline !== undefined) {
    const b = r.string(root.baseline, ['baseline']);
    config.baseline = b === 'none' ? null : b;
  }
  if (root['env-file'] !== undefined) config.envFile = r.string(root['env-file'], ['env-file']);
  if (root['target-concurrency'] !== undefined) {
    config.targetConcurrency = r.int(root['target-concurrency'], ['target-concurrency'], RANGES.concurrency);
  }
  if (root.servers !== undefined) config.servers = r.int(root.servers, ['servers'], RANGES.servers);
  if (root.limits !== undefined) {
    const o = r.object(root.limits, ['limits'], ['max-files', 'max-file-bytes']);
    const range = { min: 1, max: 2_000_000_000 };
    config.limits = {
      ...(o['max-files'] !== undefined
        ? { maxFiles: r.int(o['max-files'], ['limits', 'max-files'], range) }
        : {}),
      ...(o['max-file-bytes'] !== undefined
        ? { maxFileBytes: r.int(o['max-file-bytes'], ['limits', 'max-file-bytes'], range) }
        : {}),
    };
  }
  if (root['php-ini'] !== undefined) config.phpIni = r.strings(root['php-ini'], ['php-ini']);
  if (root['fpm-pool'] !== undefined) config.fpmPool = r.strings(root['fpm-pool'], ['fpm-pool']);

  if (root.database !== undefined) readDatabase(r, root.database, config);
  if (root.queries !== undefined) {
    if (!Array.isArray(root.queries)) r.fail(['queries'], 'expected a list of { name, sql }');
    config.queries = (root.queries as unknown[]).map((q, i) => {
      const o = r.object(q, ['queries', i], ['name', 'sql']);
      return { name: r.string(o.name, ['queries', i, 'name']), sql: r.string(o.sql, ['queries', i, 'sql']) };
    });
  }
  if (root.http !== undefined) readHttp(r, root.http, config);
  if (root.rules !== undefined) readRules(r, root.rules, config);
  if (root.ignore !== undefined) config.ignore = readIgnores(r, root.ignore);
  return config;
}

function readDatabase(r: Reader, value: unknown, config: Config): void {
  const p = ['database'];
  const o = r.object(value, p, [
    'url',
    'schema',
    'command',
    'command-timeout-ms',
    'dump',
    'sql-dir',
    'assume-rows',
    'tables',
    'app-database',
    'query-timeout-ms',
    'deadline-ms',
    'optional',
  ]);
  const db = config.database;
  if (o.optional !== undefined) db.optional = r.bool(o.optional, [...p, 'optional']);
  if (o.url !== undefined) db.url = r.string(o.url, [...p, 'url']);
  if (o.schema !== undefined) db.schema = r.oneOf(o.schema, [...p, 'schema'], SCHEMA_MODES);
  if (o.command !== undefined) db.command = r.string(o.command, [...p, 'command']);
  if (o.dump !== undefined) db.dump = r.string(o.dump, [...p, 'dump']);
  if (o['app-database'] !== undefined) db.appDatabase = r.string(o['app-database'], [...p, 'app-database']);
  if (o['sql-dir'] !== undefined) db.sqlDir = r.string(o['sql-dir'], [...p, 'sql-dir']);
  if (o['assume-rows'] !== undefined)
    db.assumeRows = r.int(o['assume-rows'], [...p, 'assume-rows'], RANGES.rows);
  if (o['command-timeout-ms'] !== undefined)
    db.commandTimeoutMs = r.int(o['command-timeout-ms'], [...p, 'command-timeout-ms'], RANGES.timeoutMs);
  if (o['query-timeout-ms'] !== undefined)
    db.queryTimeoutMs = r.int(o['query-timeout-ms'], [...p, 'query-timeout-ms'], RANGES.timeoutMs);
  if (o['deadline-ms'] !== undefined)
    db.deadlineMs = r.int(o['deadline-ms'], [...p, 'deadline-ms'], RANGES.timeoutMs);
  if (o.tables !== undefined) {
    if (o.tables === null || typeof o.tables !== 'object' || Array.isArray(o.tables)) {
      r.fail([...p, 'tables'], 'expected a mapping of table name to row count');
    }
    for (const [table, rows] of Object.entries(o.tables as Obj)) {
      db.tables[table] = r.int(rows, [...p, 'tables', table], RANGES.rows);
    }
  }
  if (db.schema === 'command' && !db.command)
    r.fail([...p, 'schema'], 'schema: command needs database.command');
  if (db.schema === 'dump' && !db.dump)
    r.fail([...p, 'schema'], 'schema: dump needs database.dump (a .sql file)');
  if (db.schema === 'sql' && !db.sqlDir) r.fail([...p, 'schema'], 'schema: sql needs database.sql-dir');
}

function readHttp(r: Reader, value: unknown, config: Config): void {
  const p = ['http'];
  const o = r.object(value, p, [
    'urls',
    'base-url',
    'samples',
    'warmup',
    'timeout-ms',
    'follow-redirects',
    'headers',
    'cookies',
    'ttfb',
    'load',
    'readiness-timeout-ms',
    'deadline-ms',
  ]);
  const h = config.http;
  if (o.urls !== undefined) h.urls = r.strings(o.urls, [...p, 'urls']);
  if (o['base-url'] !== undefined) h.baseUrl = r.string(o['base-url'], [...p, 'base-url']);
  if (o.samples !== undefined) h.samples = r.int(o.samples, [...p, 'samples'], RANGES.samples);
  if (o.warmup !== undefined) h.warmup = r.int(o.warmup, [...p, 'warmup'], RANGES.warmup);
  if (o['timeout-ms'] !== undefined)
    h.timeoutMs = r.int(o['timeout-ms'], [...p, 'timeout-ms'], RANGES.timeoutMs);
  if (o['follow-redirects'] !== undefined)
    h.followRedirects = r.bool(o['follow-redirects'], [...p, 'follow-redirects']);
  if (o['readiness-timeout-ms'] !== undefined) {
    h.readiness.timeoutMs = r.int(o['readiness-timeout-ms'], [...p, 'readiness-timeout-ms'], RANGES.waitMs);
  }
  if (o['deadline-ms'] !== undefined)
    h.deadlineMs = r.int(o['deadline-ms'], [...p, 'deadline-ms'], RANGES.timeoutMs);
  if (o.headers !== undefined) {
    const headers = r.object(o.headers, [...p, 'headers'], Object.keys((o.headers as Obj) ?? {}));
    for (const [k, v] of Object.entries(headers)) h.headers[k] = r.string(v, [...p, 'headers', k]);
  }
  if (o.cookies !== undefined) {
    const cookies = r.object(o.cookies, [...p, 'cookies'], Object.keys((o.cookies as Obj) ?? {}));
    h.cookies = {};
    for (const [k, v] of Object.entries(cookies)) h.cookies[k] = r.string(v, [...p, 'cookies', k]);
  }
  if (o.ttfb !== undefined) {
    const t = r.object(o.ttfb, [...p, 'ttfb'], ['objective-ms', 'fail-ms']);
    if (t['objective-ms'] !== undefined)
      h.ttfb.objectiveMs = r.int(t['objective-ms'], [...p, 'ttfb', 'objective-ms'], RANGES.timeoutMs);
    if (t['fail-ms'] !== undefined)
      h.ttfb.failMs = r.int(t['fail-ms'], [...p, 'ttfb', 'fail-ms'], RANGES.timeoutMs);
    if (h.ttfb.failMs < h.ttfb.objectiveMs) r.fail([...p, 'ttfb', 'fail-ms'], 'must be >= objective-ms');
  }
  if (o.load !== undefined && o.load !== null) {
    const l = r.object(o.load, [...p, 'load'], ['users', 'seconds', 'p95-ms', 'max-error-rate']);
    const users = l.users === undefined ? [10, 50, 100] : (l.users as unknown[]);
    if (!Array.isArray(users) || users.length === 0 || users.length > RANGES.loadSteps.max)
      r.fail([...p, 'load', 'users'], `expected a list of 1 to ${RANGES.loadSteps.max} user counts`);
    h.load = {
      users: users.map((u, i) => r.int(u, [...p, 'load', 'users', i], RANGES.loadUsers)),
      seconds: l.seconds === undefined ? 5 : r.int(l.seconds, [...p, 'load', 'seconds'], RANGES.loadSeconds),
      p95Ms: l['p95-ms'] === undefined ? 800 : r.int(l['p95-ms'], [...p, 'load', 'p95-ms'], RANGES.timeoutMs),
      maxErrorRate: 0.01,
    };
    if (l['max-error-rate'] !== undefined) {
      const v = l['max-error-rate'];
      if (typeof v !== 'number' || v < 0 || v > 1)
        r.fail([...p, 'load', 'max-error-rate'], 'expected a number from 0 to 1');
      h.load.maxErrorRate = v as number;
    }
  }
}

function readRules(r: Reader, value: unknown, config: Config): void {
  const o = r.object(value, ['rules'], Object.keys((value as Obj) ?? {}));
  for (const [id, setting] of Object.entries(o)) {
    const path = ['rules', id];
    if (!/^PA\d{3}$/.test(id)) r.fail(path, 'rule ids look like PA101');
    const rule: RuleSetting = {};
    if (setting === 'off' || setting === false) rule.off = true;
    else if (typeof setting === 'string') rule.severity = r.oneOf(setting, path, SEVERITIES);
    else {
      const s = r.object(setting, path, Object.keys((setting as Obj) ?? {}));
      for (const [key, v] of Object.entries(s)) {
        if (key === 'severity') {
          if (v === 'off') rule.off = true;
          else rule.severity = r.oneOf(v, [...path, 'severity'], SEVERITIES);
        } else if (key === 'off') rule.off = r.bool(v, [...path, 'off']);
        else if (key === 'options') {
          // `PA109: { options: { max-queries: 50 } }` and `PA109: { max-queries: 50 }` mean the same.
          Object.assign(
            (rule.options ??= {}),
            r.object(v, [...path, 'options'], Object.keys((v as Obj) ?? {})),
          );
        } else (rule.options ??= {})[key] = v;
      }
    }
    config.rules[id] = rule;
  }
}

function readIgnores(r: Reader, value: unknown): IgnoreEntry[] {
  if (!Array.isArray(value))
    r.fail(['ignore'], 'expected a list of { rule, path?, table?, columns?, reason }');
  return (value as unknown[]).map((item, i) => {
    const p = ['ignore', i];
    const o = r.object(item, p, ['rule', 'path', 'table', 'columns', 'reason']);
    if (o.reason === undefined) r.fail(p, 'every ignore needs a reason');
    const entry: IgnoreEntry = {
      rule: r.string(o.rule, [...p, 'rule']).toUpperCase(),
      reason: r.string(o.reason, [...p, 'reason']),
    };
    if (o.path !== undefined) entry.path = r.string(o.path, [...p, 'path']);
    if (o.table !== undefined) entry.table = r.string(o.table, [...p, 'table']);
    if (o.columns !== undefined) entry.columns = r.strings(o.columns, [...p, 'columns']);
    return entry;
  });
}

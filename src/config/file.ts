/**
 * Reads .perf-audit.yml: YAML with positions, checked against schema/perf-audit.schema.json, then mapped onto
 * the Config. Every mistake is a ConfigError naming the file and line.
 */

import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Severity } from '../findings.js';
import { ConfigError } from './model.js';
import type { Config, FailOn, IgnoreEntry, RuleSetting, SchemaMode } from './model.js';
import { normalizeAppPath } from './app-path.js';
import { readRegularFileSync } from './regular-file.js';
import { schemaProblem } from './schema-check.js';
import { lineOfNode, parseWithPositions, type KeyPath } from './yaml-lines.js';

/** A document that passed the schema: every value has the type the schema gives it. */
type Obj = Record<string, unknown>;
type Text = string | number;

export const CONFIG_FILE_NAMES = ['.perf-audit.yml', '.perf-audit.yaml'];

const str = (v: Text): string => String(v);
const texts = (v: Text | Text[]): string[] => [v].flat().map(String);

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
  const positioned = parseWithPositions(text);
  const syntax = positioned.doc.errors[0];
  if (syntax) {
    // The message's first line; the line number goes in front, as for every config error.
    const reason = syntax.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigError(`YAML error: ${reason}`, shown, syntax.linePos?.[0].line);
  }
  const fail = (path: KeyPath, message: string): never => {
    const where = path.length ? `${path.join('.')}: ` : '';
    throw new ConfigError(`${where}${message}`, shown, lineOfNode(positioned, path));
  };
  const doc: unknown = positioned.doc.toJS({ maxAliasCount: 100 });
  if (doc === undefined || doc === null) return { ...base, configFile: file };
  const problem = schemaProblem(doc);
  if (problem) fail(problem.path, problem.message);
  const root = doc as Obj;
  const config: Config = structuredClone(base);
  config.configFile = file;

  if (root.app !== undefined) config.app = resolve(config.app, str(root.app as Text));
  if (root['fail-on'] !== undefined) config.failOn = root['fail-on'] as FailOn;
  if (root.baseline !== undefined) {
    const b = str(root.baseline as Text);
    config.baseline = b === 'none' ? null : b;
  }
  if (root['env-file'] !== undefined) config.envFile = str(root['env-file'] as Text);
  if (root['target-concurrency'] !== undefined)
    config.targetConcurrency = root['target-concurrency'] as number;
  if (root.servers !== undefined) config.servers = root.servers as number;
  if (root.limits !== undefined) {
    const l = root.limits as Obj;
    config.limits = {
      ...(l['max-files'] !== undefined ? { maxFiles: l['max-files'] as number } : {}),
      ...(l['max-file-bytes'] !== undefined ? { maxFileBytes: l['max-file-bytes'] as number } : {}),
    };
  }
  if (root['php-ini'] !== undefined) config.phpIni = texts(root['php-ini'] as Text[]);
  if (root['fpm-pool'] !== undefined) config.fpmPool = texts(root['fpm-pool'] as Text[]);
  if (root.database !== undefined) readDatabase(root.database as Obj, config, fail);
  if (root.queries !== undefined) {
    config.queries = (root.queries as Obj[]).map((q) => ({
      name: str(q.name as Text),
      sql: str(q.sql as Text),
    }));
  }
  if (root.http !== undefined) readHttp(root.http as Obj, config, fail);
  if (root.rules !== undefined) config.rules = { ...config.rules, ...readRules(root.rules as Obj) };
  if (root.ignore !== undefined) config.ignore = (root.ignore as Obj[]).map(readIgnore);
  return config;
}

type Fail = (path: KeyPath, message: string) => never;

function readDatabase(o: Obj, config: Config, fail: Fail): void {
  const db = config.database;
  if (o.optional !== undefined) db.optional = o.optional as boolean;
  if (o.url !== undefined) db.url = str(o.url as Text);
  if (o.schema !== undefined) db.schema = o.schema as SchemaMode;
  if (o.command !== undefined) db.command = str(o.command as Text);
  if (o.dump !== undefined) db.dump = str(o.dump as Text);
  if (o['app-database'] !== undefined) db.appDatabase = str(o['app-database'] as Text);
  if (o['sql-dir'] !== undefined) db.sqlDir = str(o['sql-dir'] as Text);
  if (o['stats-file'] !== undefined) db.statsFile = str(o['stats-file'] as Text);
  if (o.migrations !== undefined) {
    const folders = texts(o.migrations as Text[]).map((f) => normalizeAppPath(f));
    const outside = folders.findIndex((f) => f === null || f === '');
    if (outside >= 0)
      fail(
        ['database', 'migrations'],
        `${texts(o.migrations as Text[])[outside]} is not a folder inside the app`,
      );
    db.migrations = folders as string[];
  }
  if (o['assume-rows'] !== undefined) db.assumeRows = o['assume-rows'] as number;
  if (o['generate-rows'] !== undefined) db.generateRows = o['generate-rows'] as number;
  if (o['command-timeout-ms'] !== undefined) db.commandTimeoutMs = o['command-timeout-ms'] as number;
  if (o['query-timeout-ms'] !== undefined) db.queryTimeoutMs = o['query-timeout-ms'] as number;
  if (o['deadline-ms'] !== undefined) db.deadlineMs = o['deadline-ms'] as number;
  if (o.tables !== undefined) Object.assign(db.tables, o.tables as Record<string, number>);
  // What one key needs of another: checked here, where the message can name the mode.
  const p = ['database', 'schema'];
  if (db.schema === 'command' && !db.command) fail(p, 'schema: command needs database.command');
  if (db.schema === 'dump' && !db.dump) fail(p, 'schema: dump needs database.dump (a .sql file)');
  if (db.schema === 'sql' && !db.sqlDir) fail(p, 'schema: sql needs database.sql-dir');
}

function readHttp(o: Obj, config: Config, fail: Fail): void {
  const h = config.http;
  if (o.urls !== undefined) h.urls = texts(o.urls as Text[]);
  if (o['base-url'] !== undefined) h.baseUrl = str(o['base-url'] as Text);
  if (o.samples !== undefined) h.samples = o.samples as number;
  if (o.warmup !== undefined) h.warmup = o.warmup as number;
  if (o['timeout-ms'] !== undefined) h.timeoutMs = o['timeout-ms'] as number;
  if (o['follow-redirects'] !== undefined) h.followRedirects = o['follow-redirects'] as boolean;
  if (o['readiness-timeout-ms'] !== undefined) h.readiness.timeoutMs = o['readiness-timeout-ms'] as number;
  if (o['deadline-ms'] !== undefined) h.deadlineMs = o['deadline-ms'] as number;
  if (o.headers !== undefined) {
    for (const [k, v] of Object.entries(o.headers as Record<string, Text>)) h.headers[k] = str(v);
  }
  if (o.cookies !== undefined) {
    h.cookies = Object.fromEntries(
      Object.entries(o.cookies as Record<string, Text>).map(([k, v]) => [k, str(v)]),
    );
  }
  if (o.ttfb !== undefined) {
    const t = o.ttfb as Obj;
    if (t['objective-ms'] !== undefined) h.ttfb.objectiveMs = t['objective-ms'] as number;
    if (t['fail-ms'] !== undefined) h.ttfb.failMs = t['fail-ms'] as number;
    if (h.ttfb.failMs < h.ttfb.objectiveMs) fail(['http', 'ttfb', 'fail-ms'], 'must be >= objective-ms');
  }
  if (o.load !== undefined && o.load !== null) {
    const l = o.load as Obj;
    h.load = {
      users: (l.users as number[] | undefined) ?? [10, 50, 100],
      seconds: (l.seconds as number | undefined) ?? 5,
      p95Ms: (l['p95-ms'] as number | undefined) ?? 800,
      maxErrorRate: (l['max-error-rate'] as number | undefined) ?? 0.01,
    };
  }
}

function readRules(o: Obj): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(o)) {
    const rule: RuleSetting = {};
    if (setting === 'off' || setting === false) rule.off = true;
    else if (typeof setting === 'string') rule.severity = setting as Severity;
    else {
      for (const [key, v] of Object.entries(setting as Obj)) {
        if (key === 'severity') {
          if (v === 'off') rule.off = true;
          else rule.severity = v as Severity;
        } else if (key === 'off') rule.off = v as boolean;
        // `PA109: { options: { max-queries: 50 } }` and `PA109: { max-queries: 50 }` mean the same.
        else if (key === 'options') Object.assign((rule.options ??= {}), v as Obj);
        else (rule.options ??= {})[key] = v;
      }
    }
    rules[id] = rule;
  }
  return rules;
}

function readIgnore(o: Obj): IgnoreEntry {
  const entry: IgnoreEntry = { rule: str(o.rule as Text).toUpperCase(), reason: str(o.reason as Text) };
  if (o.path !== undefined) entry.path = str(o.path as Text);
  if (o.table !== undefined) entry.table = str(o.table as Text);
  if (o.columns !== undefined) entry.columns = texts(o.columns as Text[]);
  return entry;
}

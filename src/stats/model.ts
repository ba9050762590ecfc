/**
 * Production statistics (`perf-audit stats`): table sizes and index/column selectivity read from a server's
 * information_schema and MariaDB's persistent statistics, never from its rows. Pure: parsing, checking and
 * the small query API the planner (and the data generator) read; reading a server lives in collect.ts.
 */

export const STATS_FORMAT = 'perf-audit-stats';
export const STATS_VERSION = 1;
/** The file the audit reads at the app root when no stats-file is given. */
export const DEFAULT_STATS_FILE = '.perf-audit-stats.json';

export interface IndexFigures {
  unique: boolean;
  /** Columns in index order. */
  columns: string[];
  /** information_schema.STATISTICS.CARDINALITY for each prefix (1 column, 2 columns, …); null when unknown. */
  cardinality: (number | null)[];
  /** mysql.index_stats.avg_frequency for each prefix, when readable. */
  avgFrequency?: (number | null)[];
}

export interface ColumnFigures {
  /** mysql.column_stats.avg_frequency: average rows per distinct value. */
  avgFrequency: number | null;
  /** mysql.column_stats.nulls_ratio: share of rows where the column is NULL (0–1). */
  nullsRatio: number | null;
}

export interface TableFigures {
  /** information_schema.TABLES.TABLE_ROWS (an estimate for InnoDB). */
  rows: number;
  dataBytes: number | null;
  indexBytes: number | null;
  indexes: Record<string, IndexFigures>;
  /** Only columns MariaDB's persistent statistics cover (empty when mysql.column_stats was not readable). */
  columns: Record<string, ColumnFigures>;
}

/** The file's content (format version 1). */
export interface StatsData {
  format: typeof STATS_FORMAT;
  version: typeof STATS_VERSION;
  generatedAt: string;
  /** The database the figures describe (its name only: no host, user or password). */
  database: string;
  server: { version: string };
  /** What could not be read and why (e.g. mysql.column_stats without SELECT on it). */
  skipped: string[];
  tables: Record<string, TableFigures>;
}

/** The loaded statistics, looked up case-insensitively as MariaDB matches table names on most systems. */
export interface ProductionStats {
  /** The file they came from (as given), for messages and the report. */
  source: string;
  data: StatsData;
  /** Table names as the file spells them. */
  tables(): string[];
  /** Rows of a table, or null when the file does not know it. */
  rowsOf(table: string): number | null;
  /** Distinct values of a column: column_stats first, else the first prefix of an index it leads. */
  distinctOf(table: string, column: string): number | null;
  /** Share of NULLs in a column (column_stats), or null when unknown. */
  nullsRatioOf(table: string, column: string): number | null;
  /** CARDINALITY of an index (by name) at a prefix length (default: all its columns). */
  indexCardinality(table: string, index: string, prefix?: number): number | null;
  /** Distinct values of a column list as an existing index's prefix measured them, when one starts with them. */
  prefixDistinct(table: string, columns: string[]): number | null;
}

const lower = (s: string) => s.toLowerCase();

function finite(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n) && n >= 0;
}

function lookup<T>(record: Record<string, T>, name: string): T | undefined {
  if (Object.prototype.hasOwnProperty.call(record, name)) return record[name];
  const hit = Object.keys(record).find((k) => lower(k) === lower(name));
  return hit === undefined ? undefined : record[hit];
}

export function statsModel(data: StatsData, source: string): ProductionStats {
  const table = (t: string) => lookup(data.tables, t);
  const prefixDistinct = (t: string, columns: string[]): number | null => {
    const fig = table(t);
    if (!fig || columns.length === 0) return null;
    const want = columns.map(lower);
    for (const index of Object.values(fig.indexes)) {
      const cols = index.columns.map(lower);
      if (cols.length < want.length || !want.every((c, i) => cols[i] === c)) continue;
      const k = want.length;
      const card = index.cardinality[k - 1];
      if (finite(card) && card > 0) return card;
      const freq = index.avgFrequency?.[k - 1];
      if (finite(freq) && freq > 0) return Math.max(1, fig.rows / freq);
    }
    return null;
  };
  return {
    source,
    data,
    tables: () => Object.keys(data.tables),
    rowsOf: (t) => table(t)?.rows ?? null,
    distinctOf(t, column) {
      const fig = table(t);
      if (!fig) return null;
      const col = lookup(fig.columns, column);
      if (col && finite(col.avgFrequency) && col.avgFrequency > 0)
        return Math.max(1, fig.rows / col.avgFrequency);
      return prefixDistinct(t, [column]);
    },
    nullsRatioOf(t, column) {
      const fig = table(t);
      const col = fig ? lookup(fig.columns, column) : undefined;
      return col && finite(col.nullsRatio) ? col.nullsRatio : null;
    },
    indexCardinality(t, index, prefix) {
      const fig = table(t)?.indexes;
      const ix = fig ? lookup(fig, index) : undefined;
      if (!ix) return null;
      const card = ix.cardinality[(prefix ?? ix.columns.length) - 1];
      return finite(card) ? card : null;
    },
    prefixDistinct,
  };
}

/**
 * mysql.index_stats avg_frequency for the first `k` columns of an index on a table of `rows` rows, from the
 * measured figures: an existing index with the same leading columns, else the product of the columns'
 * measured distinct counts (capped at the table's rows). Null when a column's figure is unknown.
 */
export function measuredFrequency(
  stats: ProductionStats | null | undefined,
  table: string,
  columns: string[],
  rows: number,
): number | null {
  if (!stats || columns.length === 0) return null;
  let distinct = stats.prefixDistinct(table, columns);
  if (distinct === null) {
    distinct = 1;
    for (const c of columns) {
      const d = stats.distinctOf(table, c);
      if (d === null) return null;
      distinct *= d;
    }
  }
  return Math.max(1, rows / Math.min(Math.max(1, distinct), Math.max(1, rows)));
}

/** Keys sorted at every level (arrays keep their order): the file diffs cleanly between two runs. */
export function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value && typeof value === 'object') {
    // No prototype: a table called __proto__ stays a key.
    const out: Record<string, unknown> = Object.create(null);
    for (const k of Object.keys(value).sort()) out[k] = sortedKeys((value as Record<string, unknown>)[k]);
    return out;
  }
  return value;
}

export function serializeStats(data: StatsData): string {
  return `${JSON.stringify(sortedKeys(data), null, 2)}\n`;
}

/** A problem in the file: the JSON path of the value and what is wrong with it. */
export interface StatsProblem {
  path: string;
  message: string;
}

const pathText = (path: (string | number)[]) =>
  path.reduce<string>(
    (s, p) =>
      typeof p === 'number'
        ? `${s}[${p}]`
        : /^[A-Za-z_$][\w$]*$/.test(p)
          ? `${s}.${p}`
          : `${s}[${JSON.stringify(p)}]`,
    '$',
  );

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Checks a parsed file against format version 1. A wrong table is left out (its problems reported) and the
 * others are kept; a wrong header makes the whole file unusable.
 */
export function checkStats(raw: unknown): { data: StatsData | null; problems: StatsProblem[] } {
  const problems: StatsProblem[] = [];
  const bad = (path: (string | number)[], message: string) =>
    problems.push({ path: pathText(path), message });
  if (!isObject(raw)) {
    bad([], 'must be a JSON object');
    return { data: null, problems };
  }
  if (raw.format !== STATS_FORMAT) bad(['format'], `must be "${STATS_FORMAT}"`);
  if (raw.version !== STATS_VERSION)
    bad(['version'], `must be ${STATS_VERSION} (this perf-audit reads format version ${STATS_VERSION})`);
  if (!isObject(raw.tables)) bad(['tables'], 'must be an object of table name → figures');
  if (problems.length) return { data: null, problems };
  const tables: Record<string, TableFigures> = Object.create(null);
  for (const [name, t] of Object.entries(raw.tables as Record<string, unknown>)) {
    const at = (...rest: (string | number)[]) => ['tables', name, ...rest];
    if (!isObject(t)) {
      bad(at(), 'must be an object');
      continue;
    }
    if (!finite(t.rows) || !Number.isInteger(t.rows)) bad(at('rows'), 'must be a whole number >= 0');
    const indexes: Record<string, IndexFigures> = Object.create(null);
    if (t.indexes !== undefined && !isObject(t.indexes)) bad(at('indexes'), 'must be an object');
    for (const [iname, ix] of Object.entries(isObject(t.indexes) ? t.indexes : {})) {
      if (!isObject(ix) || !Array.isArray(ix.columns) || !ix.columns.every((c) => typeof c === 'string')) {
        bad(at('indexes', iname, 'columns'), 'must be a list of column names');
        continue;
      }
      const card = ix.cardinality;
      if (!Array.isArray(card) || !card.every((c) => c === null || finite(c))) {
        bad(at('indexes', iname, 'cardinality'), 'must be a list of numbers >= 0 (or null), one per prefix');
        continue;
      }
      const freq = ix.avgFrequency;
      if (freq !== undefined && (!Array.isArray(freq) || !freq.every((c) => c === null || finite(c)))) {
        bad(at('indexes', iname, 'avgFrequency'), 'must be a list of numbers >= 0 (or null), one per prefix');
        continue;
      }
      indexes[iname] = {
        unique: ix.unique === true,
        columns: ix.columns as string[],
        cardinality: card as (number | null)[],
        ...(freq ? { avgFrequency: freq as (number | null)[] } : {}),
      };
    }
    const columns: Record<string, ColumnFigures> = Object.create(null);
    if (t.columns !== undefined && !isObject(t.columns)) bad(at('columns'), 'must be an object');
    for (const [cname, c] of Object.entries(isObject(t.columns) ? t.columns : {})) {
      const num = (v: unknown) => (v === null || v === undefined ? null : finite(v) ? v : undefined);
      const avg = isObject(c) ? num(c.avgFrequency) : undefined;
      const nulls = isObject(c) ? num(c.nullsRatio) : undefined;
      if (avg === undefined || nulls === undefined || (nulls !== null && nulls > 1)) {
        bad(at('columns', cname), 'must be { "avgFrequency": number|null, "nullsRatio": 0–1|null }');
        continue;
      }
      columns[cname] = { avgFrequency: avg, nullsRatio: nulls };
    }
    // A table without a usable size is left out: its other figures scale nothing.
    if (!finite(t.rows)) continue;
    tables[name] = {
      rows: Math.round(t.rows as number),
      dataBytes: finite(t.dataBytes) ? t.dataBytes : null,
      indexBytes: finite(t.indexBytes) ? t.indexBytes : null,
      indexes,
      columns,
    };
  }
  return {
    data: {
      format: STATS_FORMAT,
      version: STATS_VERSION,
      generatedAt: typeof raw.generatedAt === 'string' ? raw.generatedAt : '',
      database: typeof raw.database === 'string' ? raw.database : '',
      server: {
        version: isObject(raw.server) && typeof raw.server.version === 'string' ? raw.server.version : '',
      },
      skipped: Array.isArray(raw.skipped)
        ? raw.skipped.filter((s): s is string => typeof s === 'string')
        : [],
      tables,
    },
    problems,
  };
}

/** JSON.parse's message quotes the text it choked on: only its position is kept (the file may hold anything). */
function syntaxWhere(err: unknown, text: string): string {
  const m = String((err as Error).message ?? '');
  const line = /\(line (\d+) column (\d+)\)/.exec(m);
  if (line) return ` at line ${line[1]}, column ${line[2]}`;
  const pos = /at position (\d+)/.exec(m);
  if (!pos) return '';
  const before = text.slice(0, Number(pos[1])).split('\n');
  return ` at line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

/** Parses the text of a statistics file; `source` names it in every message. */
export function parseStats(
  text: string,
  source: string,
): { stats: ProductionStats | null; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { stats: null, problems: [`${source}: not valid JSON${syntaxWhere(err, text)}`] };
  }
  const { data, problems } = checkStats(raw);
  return {
    stats: data ? statsModel(data, source) : null,
    problems: problems.map((p) => `${source}: ${p.path} ${p.message}`),
  };
}

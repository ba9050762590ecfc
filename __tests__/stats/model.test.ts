/** The statistics file's model: checking with JSON paths, the query API, sizes, and what the run does with a bad file. */

import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parseCli } from '../../src/cli.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { resolveConfig } from '../../src/config/resolve.js';
import type { Finding } from '../../src/findings.js';
import { loadStatistics } from '../../src/stats/load.js';
import { measuredFrequency, parseStats, serializeStats, statsModel } from '../../src/stats/model.js';
import type { StatsData } from '../../src/stats/model.js';
import { capSmallTables } from '../../src/stats/small-tables.js';
import { measuredSizes, tableSize } from '../../src/stats/sizes.js';

function data(): StatsData {
  return {
    format: 'perf-audit-stats',
    version: 1,
    generatedAt: '2026-01-01T00:00:00.000Z',
    database: 'shop',
    server: { version: '10.11.6-MariaDB' },
    skipped: [],
    tables: {
      Orders: {
        rows: 1_000_000,
        dataBytes: 1,
        indexBytes: 1,
        indexes: {
          PRIMARY: { unique: true, columns: ['id'], cardinality: [1_000_000] },
          by_customer_status: {
            unique: false,
            columns: ['customer_id', 'status'],
            cardinality: [50_000, 150_000],
          },
        },
        columns: {
          status: { avgFrequency: 250_000, nullsRatio: 0 },
          deleted_at: { avgFrequency: null, nullsRatio: 0.98 },
        },
      },
    },
  };
}

describe('statistics model', () => {
  const stats = statsModel(data(), 'stats.json');

  it('answers by table and column case-insensitively', () => {
    expect(stats.rowsOf('orders')).toBe(1_000_000);
    expect(stats.rowsOf('users')).toBeNull();
    expect(stats.distinctOf('orders', 'status')).toBe(4); // column_stats: 1,000,000 / 250,000
    expect(stats.distinctOf('orders', 'CUSTOMER_ID')).toBe(50_000); // leads an index
    expect(stats.distinctOf('orders', 'total')).toBeNull();
    expect(stats.nullsRatioOf('orders', 'deleted_at')).toBe(0.98);
    expect(stats.indexCardinality('orders', 'by_customer_status')).toBe(150_000);
    expect(stats.indexCardinality('orders', 'by_customer_status', 1)).toBe(50_000);
    expect(stats.prefixDistinct('orders', ['customer_id', 'status'])).toBe(150_000);
    expect(stats.prefixDistinct('orders', ['status'])).toBeNull();
  });

  it('gives the planner average rows per value from the measured figures', () => {
    expect(measuredFrequency(stats, 'orders', ['customer_id'], 1_000_000)).toBe(20);
    expect(measuredFrequency(stats, 'orders', ['status'], 1_000_000)).toBe(250_000);
    // No index measured (status, customer_id): the product of the columns' distinct counts.
    expect(measuredFrequency(stats, 'orders', ['status', 'customer_id'], 1_000_000)).toBe(5);
    expect(measuredFrequency(stats, 'orders', ['total'], 1_000_000)).toBeNull();
    expect(measuredFrequency(null, 'orders', ['status'], 1_000_000)).toBeNull();
  });

  it('writes sorted keys, and reads back what it wrote', () => {
    const text = serializeStats(data());
    expect(text.indexOf('"database"')).toBeLessThan(text.indexOf('"format"'));
    expect(text.indexOf('"columns"')).toBeLessThan(text.indexOf('"dataBytes"'));
    expect(parseStats(text, 'f.json').problems).toEqual([]);
    expect(parseStats(text, 'f.json').stats?.data).toEqual(JSON.parse(text));
  });

  it('names the file and the JSON path of every problem, and keeps the other tables', () => {
    const bad = data() as unknown as { tables: Record<string, Record<string, unknown>> };
    bad.tables['weird name'] = { rows: -3 };
    (bad.tables.Orders.indexes as Record<string, unknown>).by_customer_status = {
      columns: ['a'],
      cardinality: 'x',
    };
    const r = parseStats(JSON.stringify(bad), 'app/.perf-audit-stats.json');
    expect(r.problems).toEqual([
      'app/.perf-audit-stats.json: $.tables.Orders.indexes.by_customer_status.cardinality must be a list of numbers >= 0 (or null), one per prefix',
      'app/.perf-audit-stats.json: $.tables["weird name"].rows must be a whole number >= 0',
    ]);
    expect(r.stats?.tables()).toEqual(['Orders']);
    expect(r.stats?.rowsOf('orders')).toBe(1_000_000);
  });

  it('refuses another format or version, and quotes no text of a file that is not JSON', () => {
    expect(parseStats('{"format":"x","version":2,"tables":{}}', 's.json').problems).toEqual([
      's.json: $.format must be "perf-audit-stats"',
      's.json: $.version must be 1 (this perf-audit reads format version 1)',
    ]);
    const r = parseStats('{\n  "format": "perf-audit-stats",\n  hunter2\n}', 's.json');
    expect(r.stats).toBeNull();
    expect(r.problems).toEqual(['s.json: not valid JSON at line 3, column 3']);
  });
});

describe('table sizes', () => {
  const stats = statsModel(data(), 'stats.json');

  it('takes database.tables over the measured rows over assume-rows', () => {
    const sizing = { assumeRows: 1000, tables: { ORDERS: 77 }, stats };
    expect(tableSize('orders', sizing)).toEqual({ rows: 77, source: 'config' });
    expect(tableSize('orders', { ...sizing, tables: {} })).toEqual({ rows: 1_000_000, source: 'measured' });
    expect(tableSize('users', sizing)).toEqual({ rows: 1000, source: 'assumed' });
    expect(measuredSizes(['users', 'orders'], { ...sizing, tables: {} })).toEqual({ orders: 1_000_000 });
    expect(measuredSizes(['users', 'orders'], sizing)).toEqual({});
  });

  it('makes findings on small tables info, and leaves large ones and schema rules alone', () => {
    const f = (rule: string, table: string): Finding =>
      ({ rule, table, severity: 'critical', message: 'No index.', evidence: {} }) as unknown as Finding;
    const sizing = { assumeRows: 1_000_000, tables: { roles: 6 }, stats };
    const out = capSmallTables([f('PA101', 'roles'), f('PA101', 'orders'), f('PA107', 'roles')], sizing);
    expect(out.map((x) => x.severity)).toEqual(['info', 'critical', 'critical']);
    expect(out[0].message).toBe(
      'No index. roles holds 6 rows (database.tables): below 10,000 a full read is cheap, so this is info only.',
    );
  });
});

describe('loading the file for a run', () => {
  const root = mkdtempSync(join(tmpdir(), 'pa-stats-load-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let n = 0;
  const appWith = (files: Record<string, string>) => {
    const app = join(root, `app${n++}`);
    mkdirSync(app);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(app, name), text);
    return defaultConfig(app);
  };

  it('reads .perf-audit-stats.json at the app root by default, and nothing when it is absent', () => {
    const loaded = loadStatistics(appWith({ '.perf-audit-stats.json': serializeStats(data()) }));
    expect(loaded.file).toBe('.perf-audit-stats.json');
    expect(loaded.stats?.rowsOf('orders')).toBe(1_000_000);
    expect(loadStatistics(appWith({}))).toEqual({ stats: null, file: null, problems: [] });
  });

  it('says when a named file is missing or not usable, and falls back to the assumed sizes', () => {
    const config = appWith({ 'broken.json': '[1, 2' });
    config.database.statsFile = 'missing.json';
    expect(loadStatistics(config).problems).toEqual(['missing.json: file not found']);
    const broken = appWith({ 'broken.json': '[1, 2' });
    broken.database.statsFile = 'broken.json';
    const r = loadStatistics(broken);
    expect(r.stats).toBeNull();
    expect(r.problems[0]).toMatch(/^broken\.json: not valid JSON at line 1/);
    const none = appWith({ '.perf-audit-stats.json': serializeStats(data()) });
    none.database.statsFile = null;
    expect(loadStatistics(none).stats).toBeNull();
  });

  it('does not follow a repository link out of the app', () => {
    const outside = join(root, 'outside.json');
    writeFileSync(outside, serializeStats(data()));
    const config = appWith({});
    symlinkSync(outside, join(config.app, '.perf-audit-stats.json'));
    const r = loadStatistics(config);
    expect(r.stats).toBeNull();
    expect(r.problems).toEqual([
      '.perf-audit-stats.json: it points outside the app; the assumed sizes are used',
    ]);
    // The same file given on the command line (absolute) is the user's choice.
    const given = appWith({});
    given.database.statsFile = outside;
    expect(loadStatistics(given).stats?.rowsOf('orders')).toBe(1_000_000);
  });
});

describe('schema/perf-audit-stats.schema.json', () => {
  const read = (p: string) => JSON.parse(readFileSync(join(process.cwd(), p), 'utf8'));
  const validate = new Ajv({ allErrors: true }).compile(read('schema/perf-audit-stats.schema.json'));

  it('accepts what perf-audit writes and the fixtures, and refuses what the model refuses', () => {
    expect(validate(JSON.parse(serializeStats(data())))).toBe(true);
    const fixtures = read('__tests__/fixtures/stats/measured-sizes.json');
    for (const c of Object.values(fixtures) as { stats: unknown }[]) expect(validate(c.stats)).toBe(true);
    const bad = JSON.parse(serializeStats(data()));
    bad.tables.Orders.rows = -1;
    expect(validate(bad)).toBe(false);
    expect(parseStats(JSON.stringify(bad), 'f').problems).toHaveLength(1);
    expect(validate({ ...data(), version: 2 })).toBe(false);
  });
});

describe('where the file is named', () => {
  const root = mkdtempSync(join(tmpdir(), 'pa-stats-cfg-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('takes the flag (relative to the working directory) over the config key (relative to the app)', () => {
    writeFileSync(join(root, '.perf-audit.yml'), 'database:\n  stats-file: prod/stats.json\n');
    const fromFile = resolveConfig({ app: root }, {});
    expect(fromFile.database.statsFile).toBe('prod/stats.json');
    const fromFlag = resolveConfig({ app: root, statsFile: 'x.json' }, {});
    expect(fromFlag.database.statsFile).toBe(join(process.cwd(), 'x.json'));
    const cli = parseCli(['--app', root, '--stats-file', 'none']);
    expect(cli !== 'help' && cli !== 'version' && cli.overrides.statsFile).toBeNull();
    expect(resolveConfig({ app: root, statsFile: null }, {}).database.statsFile).toBeNull();
  });
});

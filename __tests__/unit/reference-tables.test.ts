/**
 * Reference tables among the written ones, from the app's structure: a lookup table an admin controller
 * writes is small, a table written per request that points at several others grows, a pivot is as small as
 * its sides. The models and writes are read from a fixture app with the real PHP parser.
 */

import { join } from 'node:path';
import { defaultConfig } from '../../src/config/defaults.js';
import { extractModels } from '../../src/project/laravel/models.js';
import { extractQueries } from '../../src/project/laravel/queries/index.js';
import type { ProjectModel } from '../../src/project/model.js';
import { referenceTables } from '../../src/rules/calibrate/reference-tables.js';
import { severityForSize, tableSizes } from '../../src/rules/calibrate/size-class.js';
import { tableGraph, type TableGraph } from '../../src/rules/calibrate/table-graph.js';
import { sizeOf } from '../../src/rules/calibrate/size-class.js';
import { statsModel, STATS_FORMAT, STATS_VERSION } from '../../src/stats/model.js';
import type { Table } from '../../src/schema/model.js';
import { FIXTURES, parseDir } from '../queries/helpers.js';

const files = parseDir(join(FIXTURES, 'calibrate/reference-app'));
const models = extractModels(files);
const { writes, queries } = extractQueries(files, models);

const table = (name: string, ...columns: string[]): Table => ({
  name,
  columns: ['id', ...columns].map((c) => ({ name: c, type: 'varchar(255)', nullable: false, default: null })),
  indexes: [],
  foreignKeys: [],
});

const schema = {
  source: 'static' as const,
  tables: [
    table('suppliers', 'name', 'created_by'),
    table('categories', 'name'),
    table('tags', 'name'),
    table('devices', 'name', 'supplier_id', 'category_id'),
    table('loans', 'device_id', 'user_id'),
    table('users', 'name', 'email'),
    table('subscribers', 'email'),
    table('subscriptions', 'subscriber_id', 'topic'),
    table('category_supplier', 'category_id', 'supplier_id'),
    table('device_tag', 'device_id', 'tag_id'),
    table('bundles', 'name'),
    table('bundle_device', 'bundle_id', 'device_id'),
  ],
};

const project: ProjectModel = {
  root: '/tmp/app',
  laravelVersion: 11,
  migrationFiles: [],
  schema,
  models,
  queries,
  writes,
  settings: {},
  problems: [],
  phpFiles: files.length,
};

describe('reference tables among the tables requests write', () => {
  const size = tableSizes(project, defaultConfig('/tmp/app'));

  it('reads the writes of the admin screens and of the request paths', () => {
    const live = new Set(writes.filter((w) => w.place === 'request').map((w) => w.table));
    for (const t of [
      'suppliers',
      'categories',
      'tags',
      'category_supplier',
      'devices',
      'device_tag',
      'loans',
    ])
      expect(live).toContain(t);
  });

  it('a lookup table other tables point at, written by an admin controller, is small', () => {
    for (const t of ['suppliers', 'categories', 'tags'])
      expect(size(t)).toMatchObject({
        class: 'small',
        source: 'code',
        reason: expect.stringMatching(/^reference table: a lookup/),
      });
    expect(size('suppliers').reason).toMatch(/devices.*point at, pointing at no other table/);
    expect(severityForSize('critical', size('suppliers'))).toBe('info');
  });

  it('a pivot between two reference tables is small', () => {
    expect(size('category_supplier')).toMatchObject({
      class: 'small',
      reason: expect.stringMatching(/pivot between two reference tables/),
    });
  });

  it('a pivot whose rows are added only through its reference side is small, whatever the other side', () => {
    expect(writes.filter((w) => w.table === 'bundle_device').map((w) => w.through)).toEqual([
      'bundles',
      'bundles',
    ]);
    expect(size('bundles').class).toBe('small');
    expect(size('bundle_device')).toMatchObject({
      class: 'small',
      reason: expect.stringMatching(/only through the relations of bundles, a reference table/),
    });
  });

  it('a table written per request that points at several tables grows, and so do its children and pivots', () => {
    for (const t of ['devices', 'loans', 'device_tag'])
      expect(size(t)).toMatchObject({
        class: 'growing',
        reason: expect.stringMatching(/^rows are added by/),
      });
  });

  it('a table others point at without a name-like column is no lookup (people sign up to it)', () => {
    expect(size('subscribers').class).toBe('growing');
    expect(size('subscriptions').class).toBe('growing');
  });

  it('database.tables still overrides', () => {
    const config = defaultConfig('/tmp/app');
    config.database.tables = { suppliers: 5_000_000 };
    expect(tableSizes(project, config)('suppliers')).toMatchObject({ class: 'growing', source: 'config' });
  });

  it('a statistics file overrides the code, and database.tables overrides the file', () => {
    const figures = (rows: number) => ({ rows, dataBytes: null, indexBytes: null, indexes: {}, columns: {} });
    const stats = statsModel(
      {
        format: STATS_FORMAT,
        version: STATS_VERSION,
        generatedAt: '2026-01-01T00:00:00Z',
        database: 'app',
        server: { version: '10.11' },
        skipped: [],
        tables: { suppliers: figures(2_000_000), devices: figures(300) },
      },
      'stats.json',
    );
    const config = defaultConfig('/tmp/app');
    expect(sizeOf(project, config, 'suppliers', stats)).toMatchObject({ class: 'growing', source: 'stats' });
    expect(sizeOf(project, config, 'devices', stats)).toMatchObject({
      class: 'small',
      source: 'stats',
      rows: 300,
    });
    expect(sizeOf(project, config, 'suppliers')).toMatchObject({ class: 'small', source: 'code' });
    config.database.tables = { suppliers: 20 };
    expect(sizeOf(project, config, 'suppliers', stats)).toMatchObject({ class: 'small', source: 'config' });
  });
});

describe('the table graph', () => {
  const g = tableGraph(models, schema);

  it('reads who points at whom from the relations, without who-did-it columns', () => {
    expect([...(g.children.get('suppliers') ?? [])].sort()).toEqual(['category_supplier', 'devices']);
    expect([...(g.parents.get('devices') ?? [])].sort()).toEqual(['categories', 'suppliers']);
    // suppliers.created_by points at users: who typed the row, not what it belongs to.
    expect(g.parents.get('suppliers')).toBeUndefined();
    expect(g.children.get('users')).toContain('suppliers');
  });

  it('records the two sides of each pivot', () => {
    expect(g.pivots.get('device_tag')?.slice().sort()).toEqual(['devices', 'tags']);
    expect(g.pivots.get('category_supplier')?.slice().sort()).toEqual(['categories', 'suppliers']);
  });
});

describe('the reference test on a table graph', () => {
  const graph = (edges: [string, string][], extra: string[] = []): TableGraph => {
    const g: TableGraph = {
      tables: new Set(extra),
      parents: new Map(),
      children: new Map(),
      pivots: new Map(),
    };
    for (const [child, parent] of edges) {
      g.tables.add(child).add(parent);
      g.parents.set(child, new Set([...(g.parents.get(child) ?? []), parent]));
      g.children.set(parent, new Set([...(g.children.get(parent) ?? []), child]));
    }
    return g;
  };
  const named = () => ['id', 'name'];

  it('a lookup below another lookup is small; below a growing table it grows', () => {
    const g = graph([
      ['subcategories', 'categories'],
      ['items', 'subcategories'],
      ['items', 'orders'],
      ['notes', 'orders'],
      ['attachments', 'notes'],
    ]);
    // Orders have a number, not a name: not a lookup, so the notes on them grow too.
    const columns = (t: string) => (t === 'orders' ? ['id', 'number'] : named());
    const ref = referenceTables(
      g,
      columns,
      new Set(['categories', 'subcategories', 'items', 'orders', 'notes']),
    );
    expect([...ref.keys()].sort()).toEqual(['categories', 'subcategories']);
    expect(ref.get('subcategories')).toMatch(/itself pointing only at categories/);
  });

  it('a pivot with a growing side grows when any of its writes comes through that side or another way', () => {
    const g = graph([['items', 'orders']], ['kits', 'kit_item']);
    g.pivots.set('kit_item', ['kits', 'items']);
    g.children.set('kits', new Set(['kit_item']));
    const written = new Set(['kits', 'items', 'orders', 'kit_item']);
    const columns = (t: string) => (t === 'items' ? ['id', 'sku'] : named());
    const owners = (...o: (string | null)[]) => new Map([['kit_item', new Set(o)]]);
    expect(referenceTables(g, columns, written, owners('kits')).has('kit_item')).toBe(true);
    expect(referenceTables(g, columns, written, owners('kits', 'items')).has('kit_item')).toBe(false);
    expect(referenceTables(g, columns, written, owners('kits', null)).has('kit_item')).toBe(false);
    expect(referenceTables(g, columns, written).has('kit_item')).toBe(false);
  });

  it("a pointer to the app's tenant does not count", () => {
    const tenantChildren = ['a', 'b', 'c', 'd', 'e', 'f'].map((t): [string, string] => [t, 'companies']);
    const g = graph([...tenantChildren, ['taxes', 'companies'], ['taxes', 'currencies'], ['lines', 'taxes']]);
    const ref = referenceTables(g, named, new Set(['taxes', 'currencies', 'companies']));
    expect(ref.has('taxes')).toBe(true);
    // Without the tenant, two parents: a fact.
    const small = graph([
      ['taxes', 'companies'],
      ['taxes', 'currencies'],
      ['lines', 'taxes'],
    ]);
    expect(referenceTables(small, named, new Set(['taxes', 'currencies', 'companies'])).has('taxes')).toBe(
      false,
    );
  });

  it('a table nothing points at is no lookup', () => {
    expect(referenceTables(graph([['loans', 'devices']]), named, new Set(['loans'])).size).toBe(0);
  });
});

describe('the write a growing table is shown with', () => {
  const write = (place: 'console' | 'job' | 'request', file: string, line: number) => ({
    table: 'orders',
    method: 'create',
    place,
    location: { file, line },
  });

  it("is a request's over a job's over a console command's, whichever the reader met first", () => {
    const withWrites = (writes: ProjectModel['writes']) =>
      tableSizes(
        { ...project, schema: { ...schema, tables: [table('orders', 'total')] }, models: [], writes },
        defaultConfig('/tmp/app'),
      )('orders');
    const console = write('console', 'app/Console/Commands/SeedDemo.php', 12);
    const job = write('job', 'app/Jobs/ImportOrders.php', 30);
    const request = write('request', 'app/Http/Controllers/OrderController.php', 44);
    expect(withWrites([console, job, request])).toEqual({
      class: 'growing',
      source: 'code',
      reason: 'rows are added by create() at app/Http/Controllers/OrderController.php:44 (request)',
    });
    expect(withWrites([console, job]).reason).toBe(
      'rows are added by create() at app/Jobs/ImportOrders.php:30 (job)',
    );
  });
});

/**
 * A request that loads every row of a standalone table (`Model::all()`, an unfiltered `get()`, `pluck()` for
 * a select list, `DB::table()->get()`) says the app treats it as small, although requests add rows to it. A
 * relation read, a paginated or filtered list, a read bounded by limit(), a filter an optional branch adds,
 * the app's own `get($key)`, a read a global scope filters, and whole reads in a console command or a job say
 * nothing; neither does a whole read of a table other tables point at (incidents and their updates).
 */

import { join } from 'node:path';
import { defaultConfig } from '../../src/config/defaults.js';
import { extractModels } from '../../src/project/laravel/models.js';
import { extractQueries } from '../../src/project/laravel/queries/index.js';
import type { ProjectModel } from '../../src/project/model.js';
import { tableSizes } from '../../src/rules/calibrate/size-class.js';
import { FIXTURES, parseDir } from '../queries/helpers.js';

const files = parseDir(join(FIXTURES, 'calibrate/whole-read-app'));
const models = extractModels(files);
const { writes, queries, wholeReads } = extractQueries(files, models);

const project: ProjectModel = {
  root: '/tmp/app',
  laravelVersion: 11,
  migrationFiles: [],
  schema: { source: 'static', tables: [] },
  models,
  queries,
  writes,
  wholeReads,
  settings: {},
  problems: [],
  phpFiles: files.length,
};

const CONTROLLER = 'app/Http/Controllers/AdminController.php';

describe('tables a request reads whole', () => {
  const size = tableSizes(project, defaultConfig('/tmp/app'));

  it('reads all(), pluck() and an unfiltered DB::table()->get() on a request', () => {
    const read = wholeReads.filter((r) => r.place === 'request').map((r) => [r.table, r.method]);
    expect(read).toEqual(
      expect.arrayContaining([
        ['templates', 'all'],
        ['channels', 'pluck'],
        ['settings', 'get'],
      ]),
    );
  });

  it('makes a table small although requests add rows to it, and says where it is read whole', () => {
    expect(size('templates')).toMatchObject({
      class: 'small',
      source: 'code',
      reason: expect.stringMatching(
        new RegExp(
          `^the app loads every row of templates on a request \\(all\\(\\) at ${CONTROLLER}:\\d+\\) and no other table points at it$`,
        ),
      ),
    });
    expect(size('channels')).toMatchObject({ class: 'small', reason: expect.stringContaining('pluck()') });
    expect(size('settings')).toMatchObject({ class: 'small', reason: expect.stringContaining('get()') });
  });

  it('a relation read, a paginated, filtered, optionally filtered or bounded list says nothing', () => {
    const read = new Set(wholeReads.map((r) => r.table));
    for (const t of ['devices', 'kits_devices', 'posts', 'tickets', 'orders', 'audits']) {
      expect(read.has(t)).toBe(false);
      expect(size(t)).toMatchObject({
        class: 'growing',
        reason: expect.stringContaining('rows are added by'),
      });
    }
  });

  it('a table others point at stays growing although a request reads it whole', () => {
    expect(wholeReads).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ table: 'incidents', method: 'get', place: 'request' }),
      ]),
    );
    expect(size('incidents')).toMatchObject({
      class: 'growing',
      reason: expect.stringContaining('rows are added by'),
    });
  });

  it('a table with a column naming another table stays growing when no relation declares it', () => {
    const col = (name: string) => ({ name, type: 'varchar(255)', nullable: false, default: null });
    const tbl = (name: string, ...cols: string[]) => ({
      name,
      columns: ['id', ...cols].map(col),
      indexes: [],
      foreignKeys: [],
    });
    const bare: ProjectModel = {
      ...project,
      schema: {
        source: 'static',
        tables: [
          tbl('templates', 'name'),
          tbl('nodes', 'name'),
          tbl('servers', 'node', 'name'),
          tbl('people', 'name'),
          tbl('badges', 'person', 'name'),
        ],
      },
      wholeReads: [
        ...wholeReads,
        { table: 'servers', method: 'all', place: 'request', location: { file: CONTROLLER, line: 1 } },
        { table: 'badges', method: 'all', place: 'request', location: { file: CONTROLLER, line: 2 } },
      ],
      writes: [
        ...writes,
        { table: 'servers', method: 'create', place: 'request', location: { file: CONTROLLER, line: 1 } },
        { table: 'badges', method: 'create', place: 'request', location: { file: CONTROLLER, line: 2 } },
      ],
    };
    const sized = tableSizes(bare, defaultConfig('/tmp/app'));
    expect(sized('servers').class).toBe('growing');
    // Laravel's plural of the column's name, irregular ones too: `person` names `people`.
    expect(sized('badges').class).toBe('growing');
    expect(sized('templates').class).toBe('small');
  });

  it("a read a global scope filters (a tenant's rows) is not a whole read", () => {
    expect(wholeReads.some((r) => r.table === 'reports')).toBe(false);
    expect(size('reports').class).toBe('growing');
  });

  it("the app's own static get($key) is not Eloquent's get()", () => {
    expect(wholeReads.some((r) => r.table === 'preferences')).toBe(false);
    expect(size('preferences').class).toBe('growing');
  });

  it('a whole read in a console command or a queued job is recorded but says nothing about size', () => {
    expect(wholeReads).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ table: 'visits', place: 'console' }),
        expect.objectContaining({ table: 'downloads', place: 'job' }),
      ]),
    );
    expect(size('visits').class).toBe('growing');
    expect(size('downloads').class).toBe('growing');
  });

  it('database.tables and a statistics file still win', () => {
    const config = defaultConfig('/tmp/app');
    config.database.tables = { templates: 2_000_000 };
    const sized = tableSizes(project, config, (t) => (t === 'channels' ? 50_000 : null));
    expect(sized('templates')).toMatchObject({ class: 'growing', source: 'config' });
    expect(sized('channels')).toMatchObject({ class: 'growing', source: 'stats' });
  });
});

describe('the database queue: failed_jobs and jobs', () => {
  it('failed_jobs is small: the queue parks only jobs that failed on every attempt there (PA208 reports them)', () => {
    const size = tableSizes(project, defaultConfig('/tmp/app'));
    expect(size('failed_jobs')).toMatchObject({ class: 'small', reason: expect.stringContaining('PA208') });
  });

  it('jobs is small: a worker deletes each row once it has run the job (PA203 reports the driver)', () => {
    const size = tableSizes(project, defaultConfig('/tmp/app'));
    expect(size('jobs')).toMatchObject({ class: 'small', reason: expect.stringContaining('PA203') });
    // The other tables Laravel fills as the app runs still grow.
    for (const t of ['job_batches', 'notifications', 'sessions']) expect(size(t).class).toBe('growing');
  });

  it('a statistics file that measured many failed or pending jobs still wins', () => {
    const measured = (t: string) => (t === 'failed_jobs' || t === 'jobs' ? 80_000 : null);
    const size = tableSizes(project, defaultConfig('/tmp/app'), measured);
    expect(size('failed_jobs')).toMatchObject({ class: 'growing', source: 'stats' });
    expect(size('jobs')).toMatchObject({ class: 'growing', source: 'stats' });
  });
});

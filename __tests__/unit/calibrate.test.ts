/**
 * Severity calibration: where a query runs, how big its table gets (from the app's own writes, read from a
 * fixture app with the real PHP parser), and what the re-EXPLAIN with the proposed index proves.
 */

import { join } from 'node:path';
import { defaultConfig } from '../../src/config/defaults.js';
import type { ExplainSummary, Plan } from '../../src/database/types.js';
import { extractModels } from '../../src/project/laravel/models.js';
import { extractQueries } from '../../src/project/laravel/queries/index.js';
import type { ProjectModel, QueryPlace } from '../../src/project/model.js';
import { highestPlace, severityAtPlace } from '../../src/rules/calibrate/place-severity.js';
import {
  gainSeverity,
  proofGain,
  rowsExamined,
  whyNotCritical,
} from '../../src/rules/calibrate/proof-gain.js';
import { severityForSize, tableSizes } from '../../src/rules/calibrate/size-class.js';
import { shape } from '../indexes/seed.js';
import { FIXTURES, parseDir } from '../queries/helpers.js';

const files = parseDir(join(FIXTURES, 'calibrate/app'));
const models = extractModels(files);
const { writes, queries } = extractQueries(files, models);

function project(over: Partial<ProjectModel> = {}): ProjectModel {
  return {
    root: '/tmp/app',
    laravelVersion: 10,
    migrationFiles: [],
    schema: { source: 'static', tables: [] },
    models,
    queries,
    writes,
    settings: {},
    problems: [],
    phpFiles: files.length,
    ...over,
  };
}

describe('the writes the code makes', () => {
  const where = (table: string) =>
    writes
      .filter((w) => w.table === table)
      .map((w) => `${w.method}@${w.place}`)
      .sort();

  it('reads creates, inserts, relation creates, pivot attaches and saves of an instance, with their place', () => {
    expect(where('tickets')).toEqual(['create@request']);
    expect(where('replies')).toEqual(['create@request']);
    expect(where('ticket_events')).toEqual(['insert@request']);
    expect(where('agent_role')).toEqual(['attach@request']);
    expect(where('labels')).toEqual(['save@request']);
    expect(where('exports')).toEqual(['firstorcreate@job']);
    expect(where('rates')).toEqual(['insert@console']);
    expect(where('roles')).toEqual(['create@seeder']);
    expect(where('countries')).toEqual(['insert@seeder']);
    expect(where('currencies')).toEqual(['create@test']);
    // A repository naming its model: its create() (vendor code) adds rows to the model's table.
    expect(where('shipments')).toEqual(['create@request']);
  });

  it('an attach adds pivot rows only, and an update adds no row', () => {
    expect(where('roles')).not.toContain('attach@request');
    expect(writes.some((w) => w.table === 'currencies' && w.place === 'request')).toBe(false);
  });
});

describe('table size classes without a statistics file', () => {
  const size = tableSizes(project(), defaultConfig('/tmp/app'));

  it('tables requests, jobs or commands add rows to grow', () => {
    for (const t of ['tickets', 'replies', 'ticket_events', 'labels', 'exports', 'rates', 'shipments'])
      expect(size(t)).toMatchObject({ class: 'growing', source: 'code' });
    expect(size('tickets').reason).toMatch(/create\(\) at app\/Http\/Controllers\/TicketController\.php:\d+/);
  });

  it('tables only seeders fill, and modelled tables no live code adds rows to, are small', () => {
    expect(size('countries')).toMatchObject({ class: 'small', reason: expect.stringMatching(/seeders/) });
    expect(size('roles')).toMatchObject({ class: 'small' });
    // Rows added only by a test, and an update on a request: still a reference table.
    expect(size('currencies')).toMatchObject({ class: 'small', reason: expect.stringMatching(/Currency/) });
    // A request attaches roles to agents, but both sides stay small, so the pivot does (reference-tables.ts).
    expect(size('agent_role')).toMatchObject({ class: 'small', reason: expect.stringMatching(/pivot/) });
  });

  it('a table with neither a model nor a write read is not assumed small (a package may fill it)', () => {
    expect(size('media').class).toBe('unknown');
  });

  it('tables Laravel fills itself grow, even when the app models them and never writes them', () => {
    const withModel = tableSizes(
      project({ models: [...models, { ...models[0]!, className: 'Notice', table: 'notifications' }] }),
      defaultConfig('/tmp/app'),
    );
    expect(withModel('notifications')).toMatchObject({
      class: 'growing',
      reason: expect.stringMatching(/Laravel/),
    });
  });

  it('nothing is assumed when no write of the app was read', () => {
    const none = tableSizes(project({ writes: [] }), defaultConfig('/tmp/app'));
    expect(none('roles').class).toBe('unknown');
  });

  it('database.tables in the config overrides the code', () => {
    const config = defaultConfig('/tmp/app');
    config.database.tables = { roles: 2_000_000, tickets: 500 };
    const sized = tableSizes(project(), config);
    expect(sized('roles')).toMatchObject({ class: 'growing', source: 'config', rows: 2_000_000 });
    expect(sized('tickets')).toMatchObject({ class: 'small', source: 'config', rows: 500 });
  });

  it('a finding on a small table is info at most', () => {
    expect(severityForSize('critical', size('roles'))).toBe('info');
    expect(severityForSize('warning', size('countries'))).toBe('info');
    expect(severityForSize('critical', size('tickets'))).toBe('critical');
    expect(severityForSize('critical', size('media'))).toBe('critical');
  });
});

describe('where a query runs bounds its severity', () => {
  it('request and job paths can be critical, console commands warn, the rest is no finding', () => {
    const cases: [QueryPlace, string | null][] = [
      ['request', 'critical'],
      ['job', 'critical'],
      ['console', 'warning'],
      ['seeder', null],
      ['migration', null],
      ['test', null],
    ];
    for (const [place, expected] of cases) expect(severityAtPlace('critical', place)).toBe(expected);
    expect(severityAtPlace('warning', 'console')).toBe('warning');
  });

  it('a finding served by several queries takes the highest place', () => {
    const at = (place: QueryPlace) => shape({ table: 't', place });
    expect(highestPlace([at('seeder'), at('console'), at('test')])).toBe('console');
    expect(highestPlace([at('console'), at('job')])).toBe('job');
    expect(highestPlace([at('test')])).toBe('test');
    // The config file's queries have no place: they are the app's own.
    expect(highestPlace([shape({ table: 't' })])).toBe('request');
  });
});

const access = (over: Partial<ExplainSummary>): ExplainSummary => ({
  table: 'orders',
  access: 'ALL',
  key: null,
  possibleKeys: [],
  usedKeyParts: [],
  rows: 1_000_000,
  filesort: false,
  temporary: false,
  ...over,
});
const plan = (...accesses: ExplainSummary[]): Plan => ({ sql: 'SELECT …', accesses });

describe('critical needs a proof', () => {
  it('rows examined follow the nested loop over every table', () => {
    expect(rowsExamined(plan(access({ rows: 100 }), access({ table: 'items', rows: 5 })))).toBe(600);
  });

  it('rows examined down tenfold or more is critical', () => {
    const gain = proofGain(plan(access({})), plan(access({ access: 'ref', key: 'i', rows: 20 })));
    expect(gain).toMatchObject({ rowsBefore: 1_000_000, rowsAfter: 20, ratio: 50_000, sortRemoved: false });
    expect(gainSeverity(gain, false)).toBe('critical');
  });

  it('a gain under tenfold is a warning', () => {
    const gain = proofGain(plan(access({})), plan(access({ access: 'ref', key: 'i', rows: 500_000 })));
    expect(gain?.ratio).toBe(2);
    expect(gainSeverity(gain, true)).toBe('warning');
  });

  it('a filesort removed is critical on a growing table only', () => {
    const gain = proofGain(
      plan(access({ access: 'ref', key: 'a', rows: 50_000, filesort: true })),
      plan(access({ access: 'ref', key: 'b', rows: 50_000 })),
    );
    expect(gain?.sortRemoved).toBe(true);
    expect(gainSeverity(gain, true)).toBe('critical');
    expect(gainSeverity(gain, false)).toBe('warning');
  });

  it('a filesort removed from a read of every row of a key is a warning', () => {
    const gain = proofGain(
      plan(access({ access: 'ref', key: 'a', rows: 50_000, filesort: true })),
      plan(access({ access: 'ref', key: 'b', rows: 50_000 })),
    );
    expect(gainSeverity(gain, true, false)).toBe('warning');
    expect(whyNotCritical(gain!, true, false)).toMatch(/every row the query returns \(no LIMIT\)/);
    expect(whyNotCritical(gain!, true, true)).toBeNull();
  });

  it('rows examined down tenfold stay critical without a LIMIT', () => {
    const gain = proofGain(plan(access({})), plan(access({ access: 'ref', key: 'i', rows: 20 })));
    expect(gainSeverity(gain, true, false)).toBe('critical');
  });

  it('a filesort of the few rows a lookup finds is no real gain', () => {
    const gain = proofGain(
      plan(access({ access: 'ref', key: 'a', rows: 3, filesort: true })),
      plan(access({ access: 'ref', key: 'b', rows: 3 })),
    );
    expect(gain?.sortRemoved).toBe(true);
    expect(gainSeverity(gain, true)).toBe('warning');
  });

  it('a read an existing index already keeps under a thousand rows is a warning, whatever the ratio', () => {
    const narrowed = (rows: number) =>
      proofGain(
        plan(access({ access: 'range', key: 'a', rows, filesort: true })),
        plan(access({ access: 'range', key: 'b', rows: 1 })),
      );
    expect(gainSeverity(narrowed(600), true)).toBe('warning');
    expect(whyNotCritical(narrowed(600)!, true, true)).toBe(
      'Not critical: the plan without it examines 600 rows already, fewer than 1,000.',
    );
    expect(gainSeverity(narrowed(1_000), true)).toBe('critical');
  });

  it('no plan with the index proves nothing: warning', () => {
    expect(proofGain(plan(access({})), null)).toBeNull();
    expect(gainSeverity(null, true)).toBe('warning');
  });
});

import { describe, expect, it } from '@jest/globals';
import type { HistoricRow } from '../../eval/src/labels.js';
import {
  appRecall,
  catches,
  readsLabelledQuery,
  summarizeRecall,
  widensAsTheFixDid,
  type IndexFinding,
} from '../../eval/src/recall.js';

const P1 = 'a'.repeat(40);
const P2 = 'b'.repeat(40);

function row(over: Partial<HistoricRow>): HistoricRow {
  return {
    fix: 'f'.repeat(40),
    parent: P1,
    migration: { file: 'database/migrations/x.php', line: 3 },
    table: 'servers',
    columns: ['node_id', 'status'],
    query: { file: 'app/Q.php', line: 9 },
    alreadyIndexed: false,
    existing: [],
    description: '',
    ...over,
  };
}

function finding(over: Partial<IndexFinding>): IndexFinding {
  return {
    rule: 'PA101',
    severity: 'critical',
    table: 'servers',
    columns: ['node_id'],
    file: 'app/Q.php',
    line: 9,
    ...over,
  };
}

describe('catches', () => {
  it('needs PA101/PA102, the same table and the same first column', () => {
    const r = row({});
    expect(catches(r, finding({}))).toBe(true);
    expect(catches(r, finding({ rule: 'PA102', columns: ['NODE_ID', 'other'] }))).toBe(true);
    expect(catches(r, finding({ columns: ['status', 'node_id'] }))).toBe(false);
    expect(catches(r, finding({ table: 'nodes' }))).toBe(false);
    expect(catches(r, finding({ rule: 'PA103' }))).toBe(false);
    expect(catches(r, finding({ columns: [] }))).toBe(false);
  });
});

describe('widensAsTheFixDid', () => {
  const control = row({ columns: ['node_id', 'ip', 'port'], alreadyIndexed: true, existing: [['node_id']] });

  it('takes a finding beyond every existing index, into the columns the fix added, as the fix', () => {
    expect(widensAsTheFixDid(control, finding({ columns: ['node_id', 'ip', 'port'] }))).toBe(true);
    expect(widensAsTheFixDid(control, finding({ columns: ['NODE_ID', 'ip'] }))).toBe(true);
  });

  it('takes a finding an existing index serves, or one widening it another way, as a false alarm', () => {
    expect(widensAsTheFixDid(control, finding({ columns: ['node_id'] }))).toBe(false);
    expect(widensAsTheFixDid(control, finding({ columns: ['node_id', 'server_id'] }))).toBe(false);
    const pair = row({ columns: ['a', 'b'], alreadyIndexed: true, existing: [['b', 'a', 'c']] });
    expect(widensAsTheFixDid(pair, finding({ columns: ['a', 'b'] }))).toBe(false);
  });

  it('measures the widening from the existing index that serves the finding best', () => {
    const two = row({ columns: ['h', 's', 'd'], alreadyIndexed: true, existing: [['h'], ['h', 'd']] });
    expect(widensAsTheFixDid(two, finding({ columns: ['h', 'd'] }))).toBe(false);
    expect(widensAsTheFixDid(two, finding({ columns: ['h', 's', 'd'] }))).toBe(true);
    expect(widensAsTheFixDid(two, finding({ columns: ['h', 'd', 's'] }))).toBe(true);
  });

  it('takes any column the fix added beyond the serving index, whatever equality columns come first', () => {
    // A list filtered on (m, y, s, t IN …) sorted by r: the fix widened (m, s, t) with r; the finding puts y first.
    const list = row({
      columns: ['m', 's', 't', 'r', 'c'],
      alreadyIndexed: true,
      existing: [
        ['m', 'k'],
        ['m', 's', 't'],
      ],
    });
    expect(widensAsTheFixDid(list, finding({ columns: ['m', 'y', 's', 'r'] }))).toBe(true);
    expect(widensAsTheFixDid(control, finding({ columns: ['node_id', 'server_id', 'ip'] }))).toBe(true);
    // s and t were in an existing index: asking for them again is no widening the fix made.
    expect(widensAsTheFixDid(list, finding({ columns: ['m', 'y', 's', 't'] }))).toBe(false);
  });

  it('keeps the plain rule for a control whose label names no existing index', () => {
    const bare = row({ columns: ['node_id', 'ip'], alreadyIndexed: true });
    expect(widensAsTheFixDid(bare, finding({ columns: ['node_id', 'ip'] }))).toBe(false);
  });
});

describe('readsLabelledQuery', () => {
  const r = row({ query: { file: 'app/Q.php', line: 40 } });

  it('finds the labelled query in the finding itself or in the queries it serves, within one chain', () => {
    expect(readsLabelledQuery(r, finding({ line: 44 }))).toBe(true);
    expect(
      readsLabelledQuery(r, finding({ file: 'app/R.php', locations: [{ file: 'app/Q.php', line: 38 }] })),
    ).toBe(true);
  });

  it('does not take another query of the file, or another file, as the labelled one', () => {
    expect(readsLabelledQuery(r, finding({ line: 90 }))).toBe(false);
    expect(readsLabelledQuery(r, finding({ file: 'app/R.php', line: 40, locations: [] }))).toBe(false);
  });

  it('cannot tell for a row without a labelled query: it counts', () => {
    expect(readsLabelledQuery(row({ query: null }), finding({ line: 900 }))).toBe(true);
  });
});

describe('appRecall', () => {
  it('scores each mode apart, keeps controls out of recall and lists the flagged ones', () => {
    const rows = [
      row({}),
      row({ parent: P2, table: 'users', columns: ['email'] }),
      row({ table: 'eggs', columns: ['nest_id'], alreadyIndexed: true }),
    ];
    const runs = {
      [P1]: {
        db: [finding({}), finding({ table: 'eggs', columns: ['nest_id'], severity: 'info' })],
        static: [finding({ severity: 'info' })],
      },
      [P2]: { db: [], static: null },
    };
    const a = appRecall('app', rows, runs);
    expect(a.tally.db).toEqual({
      rows: 2,
      caught: 1,
      caughtBlocking: 1,
      caughtAtQuery: 1,
      noReport: 0,
      recall: 0.5,
    });
    expect(a.tally.static).toEqual({
      rows: 2,
      caught: 1,
      caughtBlocking: 0,
      caughtAtQuery: 1,
      noReport: 1,
      recall: 0.5,
    });
    expect(a.controls).toBe(1);
    expect(a.controlsFlagged.map((c) => [c.row.table, c.modes])).toEqual([['eggs', ['db']]]);
    expect(a.controlsWidened).toEqual([]);
    expect(a.rows[0]!.by.db).toBe('PA101 critical servers (node_id) app/Q.php:9');
    expect(a.rows[1]!.caught).toEqual({ db: false, static: null });
  });

  it('lists a control flagged only by the wider index the fix added apart from the false alarms', () => {
    const control = row({
      table: 'eggs',
      columns: ['nest_id', 'laid_at'],
      alreadyIndexed: true,
      existing: [['nest_id']],
    });
    const wide = finding({ table: 'eggs', columns: ['nest_id', 'laid_at'] });
    const narrow = finding({ table: 'eggs', columns: ['nest_id'] });
    const a = appRecall('app', [control], { [P1]: { db: [wide], static: [wide, narrow] } });
    expect(a.controlsFlagged.map((c) => c.modes)).toEqual([['static']]);
    expect(a.controlsWidened).toEqual([]);
    const b = appRecall('app', [control], { [P1]: { db: [wide], static: [] } });
    expect(b.controlsFlagged).toEqual([]);
    expect(b.controlsWidened.map((c) => c.modes)).toEqual([['db']]);
    expect(summarizeRecall([a, b])).toMatchObject({ controls: 2, controlsFlagged: 1, controlsWidened: 1 });
  });

  it('judges a control only by the findings on its own query', () => {
    const control = row({
      table: 'eggs',
      columns: ['nest_id'],
      alreadyIndexed: true,
      existing: [['nest_id']],
    });
    const elsewhere = finding({ table: 'eggs', columns: ['nest_id', 'color'], line: 200 });
    const a = appRecall('app', [control], { [P1]: { db: [elsewhere], static: [] } });
    expect(a.controlsFlagged).toEqual([]);
    expect(a.controlsWidened).toEqual([]);
    const here = finding({ table: 'eggs', columns: ['nest_id', 'color'], line: 12 });
    const b = appRecall('app', [control], { [P1]: { db: [here], static: [] } });
    expect(b.controlsFlagged.map((c) => c.modes)).toEqual([['db']]);
  });

  it('counts a row caught at its labelled query apart from one caught on its table only', () => {
    const r = row({ query: { file: 'app/Q.php', line: 9 } });
    const other = finding({ line: 300 });
    const a = appRecall('app', [r], { [P1]: { db: [other], static: [finding({})] } });
    expect(a.tally.db).toMatchObject({ caught: 1, caughtAtQuery: 0 });
    expect(a.tally.static).toMatchObject({ caught: 1, caughtAtQuery: 1 });
  });

  it('sums apps into the overall recall', () => {
    const one = appRecall('one', [row({})], { [P1]: { db: [finding({})], static: [] } });
    const two = appRecall('two', [row({}), row({ columns: ['x'] })], { [P1]: { db: [], static: [] } });
    const s = summarizeRecall([one, two]);
    expect(s.overall.db.caught).toBe(1);
    expect(s.overall.db.rows).toBe(3);
    expect(s.overall.db.recall).toBeCloseTo(1 / 3);
    expect(s.overall.static.recall).toBe(0);
    expect(summarizeRecall([]).overall.db.recall).toBeNull();
  });
});

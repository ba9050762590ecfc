import { describe, expect, it } from '@jest/globals';
import type { HistoricRow } from '../../eval/src/labels.js';
import { appRecall, catches, summarizeRecall, type IndexFinding } from '../../eval/src/recall.js';

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
    expect(a.tally.db).toEqual({ rows: 2, caught: 1, caughtBlocking: 1, noReport: 0, recall: 0.5 });
    expect(a.tally.static).toEqual({ rows: 2, caught: 1, caughtBlocking: 0, noReport: 1, recall: 0.5 });
    expect(a.controls).toBe(1);
    expect(a.controlsFlagged.map((c) => [c.row.table, c.modes])).toEqual([['eggs', ['db']]]);
    expect(a.rows[0]!.by.db).toBe('PA101 critical servers (node_id) app/Q.php:9');
    expect(a.rows[1]!.caught).toEqual({ db: false, static: null });
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

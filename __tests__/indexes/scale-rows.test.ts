import { scaleAccessRows } from '../../src/database/plan-pool.js';

describe('row counts of a filled table, scaled to the rows assumed', () => {
  it('scans and lookups of repeated values grow with the table', () => {
    expect(scaleAccessRows({ access: 'ALL', rows: 10_000 }, 10_000, 1_000_000)).toBe(1_000_000);
    expect(scaleAccessRows({ access: 'ref', rows: 5 }, 10_000, 1_000_000)).toBe(500);
    expect(scaleAccessRows({ access: 'range', rows: 400 }, 10_000, 1_000_000)).toBe(40_000);
    expect(scaleAccessRows({ access: 'index', rows: 9_990 }, 10_000, 1_000_000)).toBe(999_000);
  });

  it('unique lookups and a LIMIT-cut index read keep their count', () => {
    expect(scaleAccessRows({ access: 'eq_ref', rows: 1 }, 10_000, 1_000_000)).toBe(1);
    expect(scaleAccessRows({ access: 'const', rows: 1 }, 10_000, 1_000_000)).toBe(1);
    expect(scaleAccessRows({ access: 'index', rows: 10 }, 10_000, 1_000_000)).toBe(10);
  });

  it('a table generated at its full size is not scaled', () => {
    expect(scaleAccessRows({ access: 'ALL', rows: 12 }, 12, 12)).toBe(12);
  });
});

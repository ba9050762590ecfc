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

describe("a key lookup's rows follow the values the key takes at production size", () => {
  it('a key of few values (a flag, a tenant) repeats in the sample as in production: linear', () => {
    expect(scaleAccessRows({ access: 'ref', rows: 1_000 }, 10_000, 1_000_000, 10)).toBe(100_000);
  });

  it('a key spread over a large parent reads the rows of one parent, not a share of the table', () => {
    // One row of the value in the sample; a million parents for a million rows: one row each.
    expect(scaleAccessRows({ access: 'ref', rows: 1 }, 10_000, 1_000_000, 1_000_000)).toBe(1);
    // A parent of 50,000 rows: twenty children each.
    expect(scaleAccessRows({ access: 'ref', rows: 1 }, 10_000, 1_000_000, 50_000)).toBe(20);
  });

  it('a value the sample holds often (NULL, a default) is as frequent in production', () => {
    expect(scaleAccessRows({ access: 'ref', rows: 1_000 }, 10_000, 1_000_000, 1_000_000)).toBe(100_000);
    expect(scaleAccessRows({ access: 'ref_or_null', rows: 1 }, 10_000, 1_000_000, 1_000_000)).toBe(100);
  });

  it('only key lookups: a range or a scan still grows with the table', () => {
    expect(scaleAccessRows({ access: 'range', rows: 400 }, 10_000, 1_000_000, 1_000_000)).toBe(40_000);
    expect(scaleAccessRows({ access: 'ALL', rows: 10_000 }, 10_000, 1_000_000, 1_000_000)).toBe(1_000_000);
  });
});

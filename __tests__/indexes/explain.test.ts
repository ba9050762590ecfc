import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  describeAccess,
  isFullScan,
  parseExplainJson,
  scansTable,
  sortsOrGroupsOutsideIndex,
} from '../../src/database/explain.js';

/** Real EXPLAIN FORMAT=JSON output of MariaDB 10.11 (regenerate with capture-explain.mjs beside them). */
function fixture(name: string) {
  const f = JSON.parse(
    readFileSync(join(process.cwd(), '__tests__/fixtures/indexes/explain', `${name}.json`), 'utf8'),
  );
  expect(f.server).toMatch(/^10\.11\..*MariaDB/);
  return parseExplainJson(f.sql, JSON.stringify(f.explain));
}

describe('parseExplainJson on MariaDB 10.11 output', () => {
  it('reads a full scan under read_sorted_file as ALL + filesort', () => {
    const plan = fixture('all-filesort');
    expect(plan.accesses).toEqual([
      {
        table: 'posts',
        access: 'ALL',
        key: null,
        possibleKeys: [],
        usedKeyParts: [],
        rows: 1_000_000,
        filesort: true,
        temporary: false,
      },
    ]);
    expect(scansTable(plan, 'POSTS')).toBe(true);
  });

  it('reads a ref lookup on a constant', () => {
    const [a] = fixture('ref-const').accesses;
    expect(a).toMatchObject({
      table: 'users',
      access: 'ref',
      key: 'users_role_index',
      usedKeyParts: ['role'],
      filesort: false,
    });
    expect(describeAccess(a)).toBe('ref on users_role_index, 1 row');
  });

  it('reads a range that also delivers the ORDER BY (no filesort)', () => {
    const [a] = fixture('range-index').accesses;
    expect(a).toMatchObject({
      access: 'range',
      key: 'posts_published_at_index',
      filesort: false,
      temporary: false,
    });
  });

  it('keeps the planner message when no table is read', () => {
    const plan = fixture('impossible-where');
    expect(plan.accesses).toEqual([]);
    expect(plan.messages).toEqual(['Impossible WHERE noticed after reading const tables']);
  });

  it('applies filesort and temporary table to every table of the join beneath them', () => {
    const plan = fixture('join-temporary-filesort');
    expect(plan.accesses.map((a) => [a.table, a.access, a.filesort, a.temporary])).toEqual([
      ['u', 'ref', true, true],
      ['p', 'ref', true, true],
    ]);
    expect(sortsOrGroupsOutsideIndex(plan)).toEqual({ filesort: true, temporary: true });
  });

  it('reads GROUP BY on an unindexed column as a scan with a temporary table', () => {
    const [a] = fixture('group-temporary').accesses;
    expect(a).toMatchObject({ access: 'ALL', temporary: true, filesort: true });
  });

  it('does not call an index scan cut short by LIMIT a full scan', () => {
    const [a] = fixture('index-limit').accesses;
    expect(a).toMatchObject({ access: 'index', key: 'PRIMARY', rows: 20 });
    expect(isFullScan({ ...a, tableRows: 1_000_000 })).toBe(false);
    expect(isFullScan({ ...a, rows: 900_000, tableRows: 1_000_000 })).toBe(true);
    expect(isFullScan(a)).toBe(true); // without the table's size, an index scan counts as a full one
  });

  it('finds tables inside materialized subqueries and unions, skipping the server-internal ones', () => {
    expect(fixture('subquery').accesses.map((a) => [a.table, a.access])).toEqual([
      ['users', 'ALL'],
      ['posts', 'ALL'],
    ]);
    expect(fixture('union').accesses.map((a) => [a.table, a.access])).toEqual([
      ['users', 'ref'],
      ['posts', 'ALL'],
    ]);
  });

  it('turns output that is not JSON into an error, not an exception', () => {
    const plan = parseExplainJson('SELECT 1', '{not json');
    expect(plan.error).toMatch(/not JSON/);
    expect(plan.accesses).toEqual([]);
  });
});

import {
  appStatements,
  appThreadIds,
  capturedSelects,
  connectedDatabase,
  distinctSelects,
  lazyRelation,
  normalizeLexically,
  normalizeStatement,
  repeatedShapes,
  statementTables,
  type GeneralLogRow,
} from '../../src/http/query-log.js';

describe('statement shapes', () => {
  it('replaces literals and collapses IN lists of any length', () => {
    const a = normalizeStatement(
      "select * from `lessons` where `lessons`.`course_id` in (1, 2, 3) and `title` = 'x'",
    );
    const b = normalizeStatement(
      "select * from `lessons` where `lessons`.`course_id` in (7) and `title` = 'other'",
    );
    expect(a).toBe(b);
    expect(a).not.toMatch(/'x'|\b1\b/);
  });
  it('keeps different columns apart', () => {
    expect(normalizeStatement('select * from t where a = 1')).not.toBe(
      normalizeStatement('select * from t where b = 1'),
    );
  });
  it('falls back to a token-level shape for statements the parser does not read', () => {
    const odd = "select * from t where a = 'it''s' and b = 0x1F and `c1` = 12 and d in (1, 2)";
    expect(normalizeLexically(odd)).toBe('select * from t where a = ? and b = ? and `c1` = ? and d in (?)');
  });
  it('counts repeats, most repeated first', () => {
    expect(repeatedShapes(['a', 'b', 'a', 'c', 'a', 'b'])).toEqual([
      { sql: 'a', times: 3 },
      { sql: 'b', times: 2 },
      { sql: 'c', times: 1 },
    ]);
  });
  it('names the tables of a statement', () => {
    expect(statementTables('select * from a join b on a.id = b.a_id')).toEqual(['a', 'b']);
  });
  it('lists one concrete SELECT per shape for EXPLAIN', () => {
    const reqs = [
      {
        url: '/a',
        statements: [
          'select * from t where id = 1',
          'select * from t where id = 2',
          'insert into t (a) values (1)',
        ],
      },
      { url: '/b', statements: ['select * from t where id = 3', 'select * from u'] },
    ];
    expect(distinctSelects(reqs)).toEqual(['select * from t where id = 1', 'select * from u']);
    expect(capturedSelects(reqs).map((s) => s.url)).toEqual(['/a', '/b']);
  });
});

describe('general log rows', () => {
  const rows: GeneralLogRow[] = [
    { threadId: 10, commandType: 'Connect', argument: 'app@localhost on shop using TCP/IP' },
    { threadId: 10, commandType: 'Query', argument: "set names 'utf8mb4'" },
    { threadId: 10, commandType: 'Prepare', argument: 'select * from users where id = ?' },
    { threadId: 10, commandType: 'Execute', argument: 'select * from users where id = 4' },
    { threadId: 11, commandType: 'Connect', argument: 'other@localhost on elsewhere using TCP/IP' },
    { threadId: 11, commandType: 'Query', argument: 'select 1' },
    { threadId: 12, commandType: 'Connect', argument: 'app@localhost on  using Socket' },
    { threadId: 12, commandType: 'Init DB', argument: 'shop' },
    { threadId: 12, commandType: 'Query', argument: 'select * from orders' },
    { threadId: 99, commandType: 'Query', argument: 'select * from mysql.general_log' },
  ];
  it('reads the database a connection chose', () => {
    expect(connectedDatabase(rows[0])).toBe('shop');
    expect(connectedDatabase(rows[6])).toBeNull();
    expect(connectedDatabase(rows[7])).toBe('shop');
  });
  it('keeps only the app database connections, never ours', () => {
    expect([...appThreadIds(rows, 'shop', [99])].sort()).toEqual([10, 12]);
    expect([...appThreadIds(rows, null, [99])].sort()).toEqual([10, 11, 12]);
    expect([...appThreadIds(rows, 'shop', [99], [13])].sort()).toEqual([10, 12, 13]);
  });
  it('takes executed statements, not their Prepare rows nor session set-up', () => {
    expect(appStatements(rows, new Set([10, 12]))).toEqual([
      'select * from users where id = 4',
      'select * from orders',
    ]);
  });
});

describe('lazyRelation', () => {
  it('names the parent and the relation table of a lazy load', () => {
    expect(
      lazyRelation(
        'select * from `lessons` where `lessons`.`chapter_id` = 1 and `lessons`.`chapter_id` is not null',
      ),
    ).toEqual({ parent: 'chapter', table: 'lessons', foreignKey: 'chapter_id' });
  });
  it('says nothing when no foreign key is compared', () => {
    expect(lazyRelation("select * from `users` where `role` = 'admin'")).toBeNull();
    expect(lazyRelation('not sql at all')).toBeNull();
  });
});

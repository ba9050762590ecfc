import {
  binaryAsCast,
  orderFromFragment,
  predicatesFromFragment,
  shapesFromSql,
} from '../../src/project/sql/shapes.js';
import { orders, preds } from './helpers.js';

const loc = { file: '.perf-audit.yml', line: 3 };

describe('shapesFromSql', () => {
  test('the seed query: range and sort on start_at', () => {
    const { shapes, problem } = shapesFromSql(
      'SELECT * FROM discord_practices WHERE start_at > NOW() ORDER BY start_at',
      loc,
      'Upcoming practices',
    );
    expect(problem).toBeNull();
    expect(shapes).toHaveLength(1);
    expect(shapes[0]).toMatchObject({
      table: 'discord_practices',
      origin: 'config',
      name: 'Upcoming practices',
      location: loc,
    });
    expect(preds(shapes[0])).toEqual(['start_at >']);
    expect(orders(shapes[0])).toEqual(['start_at asc']);
    expect(shapes[0].sql).toContain('discord_practices');
  });

  test('operators, functions, values, reversed comparisons, OR, GROUP BY, LIMIT offset,count', () => {
    const { shapes } = shapesFromSql(
      "SELECT status, count(*) FROM orders WHERE LOWER(email) = 'a@b' AND total IN (1, 2) AND paid_at IS NOT NULL AND note LIKE 'ab%' AND 5 < priority AND (a = 1 OR b = 2) GROUP BY status LIMIT 10, 20",
      loc,
    );
    const s = shapes[0];
    expect(s.origin).toBe('raw');
    expect(preds(s)).toEqual([
      'LOWER(email) =',
      'total in',
      'paid_at is not null',
      'note like-prefix',
      'priority >',
      'a =',
      'b =',
    ]);
    expect(s.where[0].value).toBe('a@b');
    // `… AND (a = 1 OR b = 2)`: an OR group AND-ed with the rest, not an OR of the whole WHERE.
    expect(s.hasOr).toBeUndefined();
    expect(s.where.slice(5).map((p) => p.group)).toEqual([
      { id: 1, branch: 0 },
      { id: 1, branch: 1 },
    ]);
    expect(s.where.slice(0, 5).every((p) => !p.group && p.branch === undefined)).toBe(true);
    expect(shapesFromSql('SELECT * FROM orders WHERE a = 1 AND b = 2 OR c = 3', loc).shapes[0]).toMatchObject(
      {
        hasOr: true,
        where: [
          { column: 'a', branch: 0 },
          { column: 'b', branch: 0 },
          { column: 'c', branch: 1 },
        ],
      },
    );
    expect(s.groupBy).toEqual(['status']);
    expect(s.limit).toBe(20);
  });

  test('joins with aliases, subqueries and UNION branches give their own shapes; UPDATE and DELETE too', () => {
    const { shapes } = shapesFromSql(
      'SELECT u.* FROM users u LEFT JOIN orders o ON o.user_id = u.id WHERE u.id IN (SELECT user_id FROM certificates WHERE created_at > ?) UNION SELECT * FROM admins WHERE level = 3',
      loc,
    );
    expect(shapes.map((s) => s.table).sort()).toEqual(['admins', 'certificates', 'users']);
    const users = shapes.find((s) => s.table === 'users')!;
    expect(users.joins).toEqual([
      { table: 'orders', on: [{ left: 'user_id', right: 'users.id' }], type: 'left' },
    ]);
    expect(preds(users)).toEqual(['id in']);
    const upd = shapesFromSql(
      'UPDATE orders SET status = 1 WHERE reference = ?; DELETE FROM sessions WHERE last_activity < 100',
      loc,
    ).shapes;
    expect(upd.map((s) => `${s.table} ${preds(s).join(',')}`)).toEqual([
      'orders reference =',
      'sessions last_activity <',
    ]);
  });

  test('a statement the parser cannot read is a Problem naming the query, not an exception', () => {
    const { shapes, problem } = shapesFromSql('SELEC * FROM', loc, 'Broken');
    expect(shapes).toEqual([]);
    expect(problem).toMatchObject({ location: loc, construct: 'raw SQL' });
    expect(problem?.message).toMatch(/^Could not parse query "Broken": /);
  });

  test('ids ignore values and location but not columns', () => {
    const a = shapesFromSql('SELECT * FROM t WHERE a = 1', loc).shapes[0];
    const b = shapesFromSql('SELECT * FROM t WHERE a = 2', { file: 'x.php', line: 9 }).shapes[0];
    const c = shapesFromSql('SELECT * FROM t WHERE b = 2', loc).shapes[0];
    expect(a.id).toBe(b.id);
    expect(a.id).not.toBe(c.id);
  });
});

describe('fragments', () => {
  test('whereRaw and orderByRaw fragments', () => {
    expect(predicatesFromFragment('DATE(created_at) = ? AND status = ?', 'orders')).toEqual({
      where: [
        { column: 'created_at', op: '=', fn: 'DATE' },
        { column: 'status', op: '=' },
      ],
      hasOr: false,
    });
    expect(orderFromFragment('FIELD(status, 1, 2), created_at DESC', 'orders')).toEqual({
      orderBy: [
        { column: 'status', direction: 'asc', fn: 'FIELD' },
        { column: 'created_at', direction: 'desc' },
      ],
    });
    expect(predicatesFromFragment('((', 'orders')).toHaveProperty('error');
  });

  test("a joined table's GROUP BY column keeps its table; the main table's does not", () => {
    const { shapes } = shapesFromSql(
      'SELECT p.id, t.locale FROM cms_pages p JOIN cms_page_translations t ON t.page_id = p.id GROUP BY p.id, t.locale',
      { file: 'a.php', line: 1 },
    );
    expect(shapes[0].groupBy).toEqual(['id', 'cms_page_translations.locale']);
  });

  test('BINARY on a column is its cast; on a value or inside quotes it is left alone', () => {
    expect(predicatesFromFragment('BINARY `hash`= ?', 'payment_hashes')).toEqual({
      where: [{ column: 'hash', op: '=', fn: 'BINARY' }],
      hasOr: false,
    });
    expect(predicatesFromFragment('CAST(code AS CHAR) = ?', 'coupons')).toEqual({
      where: [{ column: 'code', op: '=', fn: 'CAST' }],
      hasOr: false,
    });
    expect(binaryAsCast("note = 'BINARY x' AND binary t.`c` = 1 AND d = BINARY 'y' AND BINARY(e) = 2")).toBe(
      "note = 'BINARY x' AND CAST(t.`c` AS BINARY) = 1 AND d = BINARY 'y' AND BINARY(e) = 2",
    );
    const raw = shapesFromSql('SELECT * FROM tokens WHERE BINARY token = ?', { file: 'a.php', line: 1 });
    expect(raw.problem).toBeNull();
    expect(preds(raw.shapes[0])).toEqual(['BINARY(token) =']);
  });
});

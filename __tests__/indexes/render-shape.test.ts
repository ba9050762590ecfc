import { columnKind, renderShapeSql, sampleValue } from '../../src/database/render-shape.js';
import { assumedRows, avgFrequency, smallDomain } from '../../src/database/scale.js';
import { criticalQueryProblem } from '../../src/database/planner.js';
import { seedSchema, shape } from './seed.js';

const sql = (s: Parameters<typeof shape>[0]) => {
  const r = renderShapeSql(shape(s), seedSchema());
  if ('error' in r) throw new Error(r.error);
  return r.sql;
};

describe('rendering a shape as EXPLAIN-able SQL', () => {
  it('fills placeholders with values typed by column', () => {
    expect(
      sql({
        table: 'discord_practices',
        where: [
          { column: 'start_at', op: '>' },
          { column: 'capacity', op: 'in' },
          { column: 'title', op: 'like-prefix' },
        ],
        orderBy: [{ column: 'start_at', direction: 'asc' }],
        limit: 10,
      }),
    ).toBe(
      "SELECT `discord_practices`.* FROM `discord_practices` WHERE `discord_practices`.`start_at` > '2026-01-01 12:00:00' " +
        "AND `discord_practices`.`capacity` IN (1, 2, 3) AND `discord_practices`.`title` LIKE 'sample0%' " +
        'ORDER BY `discord_practices`.`start_at` ASC LIMIT 10',
    );
  });

  it('wraps columns in their function and compares with a value of the function type', () => {
    expect(sql({ table: 'certificates', where: [{ column: 'created_at', op: '=', fn: 'YEAR' }] })).toContain(
      'YEAR(`certificates`.`created_at`) = 1',
    );
    expect(sql({ table: 'certificates', where: [{ column: 'created_at', op: '=', fn: 'DATE' }] })).toContain(
      "DATE(`certificates`.`created_at`) = '2026-01-01'",
    );
  });

  it('renders a cast as SQL MariaDB takes: BINARY as the operator, CAST with a type', () => {
    expect(sql({ table: 'users', where: [{ column: 'email', op: '=', fn: 'BINARY' }] })).toContain(
      'BINARY(`users`.`email`) = ',
    );
    expect(sql({ table: 'users', orderBy: [{ column: 'email', direction: 'asc', fn: 'CAST' }] })).toContain(
      'ORDER BY CAST(`users`.`email` AS CHAR) ASC',
    );
  });

  it('renders joins, qualified predicates, grouping and single-row reads', () => {
    expect(
      sql({
        table: 'certificates',
        joins: [{ table: 'users', on: [{ left: 'id', right: 'certificates.user_id' }], type: 'inner' }],
        where: [{ column: 'role', op: '=', table: 'users' }],
        groupBy: ['course_id'],
        single: true,
      }),
    ).toBe(
      'SELECT `certificates`.`course_id`, COUNT(*) FROM `certificates` JOIN `users` ON `users`.`id` = `certificates`.`user_id` ' +
        "WHERE `users`.`role` = 'sample1' GROUP BY `certificates`.`course_id` LIMIT 1",
    );
  });

  it("groups by a joined table's column on that table", () => {
    expect(
      sql({
        table: 'certificates',
        joins: [{ table: 'users', on: [{ left: 'id', right: 'certificates.user_id' }], type: 'inner' }],
        groupBy: ['course_id', 'users.role'],
      }),
    ).toContain('GROUP BY `certificates`.`course_id`, `users`.`role`');
  });

  it('finds an unqualified column on a joined table when the main table has none, as MariaDB does', () => {
    const joined = {
      table: 'certificates',
      joins: [
        { table: 'users', on: [{ left: 'id', right: 'certificates.user_id' }], type: 'inner' as const },
      ],
    };
    expect(sql({ ...joined, orderBy: [{ column: 'role', direction: 'asc' }] })).toContain(
      'ORDER BY `users`.`role` ASC',
    );
    expect(sql({ ...joined, orderBy: [{ column: 'created_at', direction: 'asc' }] })).toContain(
      'ORDER BY `certificates`.`created_at` ASC',
    );
    expect(
      renderShapeSql(shape({ ...joined, orderBy: [{ column: 'nowhere', direction: 'asc' }] }), seedSchema()),
    ).toEqual({
      error: 'ORDER BY column nowhere is not in certificates, users',
    });
  });

  it("renders a join's value conditions in its ON, where Laravel sends them, not in WHERE", () => {
    const s = shape({
      table: 'certificates',
      joins: [
        {
          table: 'users',
          on: [{ left: 'id', right: 'certificates.user_id' }],
          type: 'left',
          where: [
            { column: 'role', op: '=', table: 'users', value: 'admin' },
            { column: 'email_verified_at', op: 'is null', table: 'users' },
          ],
        },
      ],
      where: [{ column: 'course_id', op: '=' }],
    });
    const r = renderShapeSql(s, seedSchema());
    if ('error' in r) throw new Error(r.error);
    const on =
      'LEFT JOIN `users` ON `users`.`id` = `certificates`.`user_id` AND `users`.`role` = ' +
      "'admin' AND `users`.`email_verified_at` IS NULL";
    expect(r.sql).toBe(
      `SELECT \`certificates\`.* FROM \`certificates\` ${on} WHERE \`certificates\`.\`course_id\` = 1`,
    );
    expect(r.display).toContain(on);
    // A plain WHERE on the joined table stays in WHERE.
    expect(
      sql({
        table: 'certificates',
        joins: [{ table: 'users', on: [{ left: 'id', right: 'certificates.user_id' }], type: 'left' }],
        where: [{ column: 'role', op: '=', table: 'users' }],
      }),
    ).toContain("WHERE `users`.`role` = 'sample1'");
  });

  it('keeps soft deletes AND-ed around an OR', () => {
    expect(
      sql({
        table: 'users',
        hasOr: true,
        where: [
          { column: 'name', op: '=' },
          { column: 'email', op: '=' },
          { column: 'email_verified_at', op: 'is null', via: 'SoftDeletes' },
        ],
      }),
    ).toContain(
      "WHERE (`users`.`name` = 'sample1' OR `users`.`email` = 'sample1') AND `users`.`email_verified_at` IS NULL",
    );
  });

  it('refuses, with a reason, what it cannot render truthfully', () => {
    expect(renderShapeSql(shape({ table: 'nope' }), seedSchema())).toEqual({
      error: 'table nope is not in the schema',
    });
    expect(
      renderShapeSql(shape({ table: 'users', where: [{ column: 'nope', op: '=' }] }), seedSchema()),
    ).toEqual({
      error: 'column nope is not in users',
    });
    const raw = renderShapeSql(
      shape({ table: 'users', where: [{ column: 'name', op: 'other' }] }),
      seedSchema(),
    );
    expect(raw).toMatchObject({ skippedPredicates: ['name other'] });
  });

  it('types sample values by MariaDB column type', () => {
    const col = (type: string) => ({ name: 'c', type, nullable: false, default: null });
    expect(columnKind('bigint(20) unsigned')).toBe('int');
    expect(sampleValue(col("enum('draft','paid')"), 1)).toBe("'paid'");
    expect(sampleValue(col('decimal(8,2)'))).toBe('1.5');
    expect(sampleValue(col('date'))).toBe("'2026-01-01'");
    expect(sampleValue(col('char(36)'))).toBe("'sample1'");
  });
});

describe('production-size statistics', () => {
  it('takes per-table overrides over assume-rows', () => {
    const opts = { assumeRows: 1_000_000, tables: { Settings: 50 } };
    expect(assumedRows('settings', opts)).toBe(50);
    expect(assumedRows('orders', opts)).toBe(1_000_000);
  });

  it('estimates rows per key value from the column types', () => {
    expect(smallDomain('tinyint(1)')).toBe(2);
    expect(smallDomain("enum('a','b','c')")).toBe(3);
    expect(smallDomain('bigint(20) unsigned')).toBeNull();
    expect(avgFrequency(1_000_000, ['tinyint(1)'], false)).toBe(500_000);
    expect(avgFrequency(1_000_000, ['bigint(20) unsigned'], false)).toBe(10);
    expect(avgFrequency(1_000_000, ['bigint(20) unsigned', 'timestamp'], false)).toBe(1);
    expect(avgFrequency(1_000_000, ['varchar(255)'], true)).toBe(1);
  });
});

describe('critical queries from the config', () => {
  it('EXPLAINs only SELECT statements', () => {
    expect(criticalQueryProblem('  -- upcoming\nSELECT * FROM t;')).toBeNull();
    expect(criticalQueryProblem('WITH x AS (SELECT 1) SELECT * FROM x')).toBeNull();
    expect(criticalQueryProblem('DELETE FROM users')).toMatch(/only SELECT/);
    expect(criticalQueryProblem('ANALYZE SELECT * FROM users')).toMatch(/only SELECT/);
  });
});

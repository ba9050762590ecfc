/** SQL text: statements split with their lines, dumps read for the migrations they already contain. */

import { migrationsInDump } from '../../src/project/sql/dump.js';
import { foldSqlStatement } from '../../src/project/sql/fold-sql.js';
import { splitSql } from '../../src/project/sql/split.js';
import { SchemaFold } from '../../src/schema/fold.js';

describe('splitSql', () => {
  it('splits on semicolons outside quotes and comments, keeping start lines', () => {
    const text = [
      '-- a comment; not a statement',
      'INSERT INTO t VALUES (\'a;b\', "c;", `d;`);',
      '/* block; comment */ CREATE TABLE x (',
      '  id int',
      ');',
      '# hash comment',
      "SELECT 'it''s; fine'; SELECT 2",
    ].join('\n');
    expect(splitSql(text)).toEqual([
      { sql: 'INSERT INTO t VALUES (\'a;b\', "c;", `d;`)', line: 2 },
      { sql: 'CREATE TABLE x (\n  id int\n)', line: 3 },
      { sql: "SELECT 'it''s; fine'", line: 7 },
      { sql: 'SELECT 2', line: 7 },
    ]);
  });

  it('honours DELIMITER blocks and keeps MariaDB executable comments', () => {
    const text = [
      '/*!40101 SET NAMES utf8mb4 */;',
      'DELIMITER ;;',
      'CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET NEW.a = 1; SET NEW.b = 2; END ;;',
      'DELIMITER ;',
      'SELECT 1;',
    ].join('\n');
    expect(splitSql(text)).toEqual([
      { sql: '/*!40101 SET NAMES utf8mb4 */', line: 1 },
      {
        sql: 'CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET NEW.a = 1; SET NEW.b = 2; END',
        line: 3,
      },
      { sql: 'SELECT 1', line: 5 },
    ]);
  });
});

describe('migrationsInDump', () => {
  it('lists the migrations a Laravel schema dump records', () => {
    const dump = [
      'CREATE TABLE `migrations` (`id` int unsigned NOT NULL AUTO_INCREMENT, `migration` varchar(255) NOT NULL, `batch` int NOT NULL, PRIMARY KEY (`id`));',
      "INSERT INTO `migrations` VALUES (1,'2014_10_12_000000_create_users_table',1);",
      "INSERT INTO `migrations` (`id`, `migration`, `batch`) VALUES (2,'2019_08_19_000000_create_failed_jobs_table',1),(3,'2020_01_01_000000_x',2);",
    ].join('\n');
    expect(migrationsInDump(dump)).toEqual([
      '2014_10_12_000000_create_users_table',
      '2019_08_19_000000_create_failed_jobs_table',
      '2020_01_01_000000_x',
    ]);
  });
});

describe('foldSqlStatement', () => {
  function fold() {
    const f = new SchemaFold();
    f.createTable('posts', {});
    f.addColumn('posts', { name: 'id', type: 'bigint unsigned', nullable: false, default: null }, null);
    f.addColumn('posts', { name: 'title', type: 'varchar(255)', nullable: false, default: null }, null);
    return f;
  }

  it('folds index statements on known tables', () => {
    const f = fold();
    expect(foldSqlStatement(f, 'CREATE UNIQUE INDEX posts_title_u ON posts (title)')).toEqual({
      folded: true,
      error: null,
    });
    expect(foldSqlStatement(f, 'ALTER TABLE posts ADD FULLTEXT INDEX posts_ft (title)')).toEqual({
      folded: true,
      error: null,
    });
    expect(f.table('posts')!.indexes.map((i) => [i.name, i.unique, i.kind])).toEqual([
      ['posts_title_u', true, 'btree'],
      ['posts_ft', false, 'fulltext'],
    ]);
    expect(foldSqlStatement(f, 'DROP INDEX posts_ft ON posts')).toEqual({ folded: true, error: null });
    expect(foldSqlStatement(f, 'CREATE INDEX bad ON posts (nope)')).toEqual({
      folded: true,
      error: "Key column 'nope' doesn't exist in table",
    });
  });

  it('folds ALTER TABLE column and key changes, with the MySQL grammar where the MariaDB one stops', () => {
    const f = fold();
    f.createTable('users', {});
    f.addColumn('users', { name: 'id', type: 'bigint unsigned', nullable: false, default: null }, null);
    f.addIndex('users', { name: 'PRIMARY', columns: ['id'], unique: true, primary: true, kind: 'btree' });
    expect(
      foldSqlStatement(
        f,
        "ALTER TABLE posts ADD COLUMN user_id bigint unsigned NULL AFTER id, ADD COLUMN slug varchar(80) NOT NULL DEFAULT ''",
      ),
    ).toEqual({ folded: true, error: null });
    expect(foldSqlStatement(f, 'ALTER TABLE posts ADD UNIQUE KEY posts_slug_unique (slug)')).toEqual({
      folded: true,
      error: null,
    });
    expect(
      foldSqlStatement(
        f,
        'ALTER TABLE posts ADD CONSTRAINT posts_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE',
      ),
    ).toEqual({ folded: true, error: null });
    expect(foldSqlStatement(f, 'ALTER TABLE posts MODIFY title varchar(300) NULL')).toEqual({
      folded: true,
      error: null,
    });
    expect(foldSqlStatement(f, 'ALTER TABLE posts RENAME COLUMN slug TO path')).toEqual({
      folded: true,
      error: null,
    });
    const t = f.table('posts')!;
    expect(t.columns.map((c) => `${c.name} ${c.type}${c.nullable ? ' null' : ''}`)).toEqual([
      'id bigint unsigned',
      'user_id bigint unsigned null',
      'title varchar(300) null',
      'path varchar(80)',
    ]);
    expect(t.indexes.map((i) => `${i.name}${i.unique ? '!' : ''}(${i.columns})`)).toEqual([
      'posts_slug_unique!(path)',
      'posts_user_fk(user_id)',
    ]);
    expect(t.foreignKeys).toEqual([
      {
        name: 'posts_user_fk',
        columns: ['user_id'],
        refTable: 'users',
        refColumns: ['id'],
        onDelete: 'CASCADE',
      },
    ]);
  });

  it('leaves everything else to MariaDB', () => {
    const f = fold();
    expect(foldSqlStatement(f, 'ALTER TABLE posts ENGINE = MyISAM')).toEqual({ folded: false });
    expect(foldSqlStatement(f, 'ALTER TABLE posts ADD COLUMN x int, ENGINE = MyISAM')).toEqual({
      folded: false,
    });
    expect(f.table('posts')!.columns.map((c) => c.name)).toEqual(['id', 'title']);
    expect(foldSqlStatement(f, 'CREATE INDEX i ON other_table (a)')).toEqual({ folded: false });
    expect(foldSqlStatement(f, 'CREATE VIEW v AS SELECT 1')).toEqual({ folded: false });
  });
});

/** Confinement, pure parts: the raw-statement guard, executable comments, error scrubbing, grants, command env. */

import { DEFAULT_COMMAND_TIMEOUT_MS } from '../../src/config/ranges.js';
import { jest } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../../src/config/defaults.js';
import { applyConfigFile } from '../../src/config/file.js';
import { unwrapExecutableComments } from '../../src/database/executable-comments.js';
import { grantTarget, grantsAreConfined } from '../../src/database/run-account.js';
import { commandEnv } from '../../src/database/schema-command.js';
import { scrubDbError } from '../../src/database/scrub-error.js';
import { deniedCall, guardSelect, guardStatement } from '../../src/database/statement-guard.js';

jest.setTimeout(10_000);

const SCRATCH = 'perf_audit_0123456789ab';

describe('guardStatement', () => {
  it.each([
    'CREATE TABLE posts (id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY, title varchar(255))',
    'ALTER TABLE posts ADD INDEX posts_title (title)',
    'CREATE INDEX posts_t ON posts (title)',
    'CREATE FULLTEXT INDEX posts_ft ON posts (title)',
    'DROP TABLE IF EXISTS posts',
    "INSERT INTO posts (id, title) VALUES (1, 'x')",
    `UPDATE \`${SCRATCH}\`.posts SET title = LOWER(title)`,
    'DELETE FROM posts WHERE id = 1',
    'TRUNCATE TABLE posts',
    'RENAME TABLE posts TO articles',
    'SET FOREIGN_KEY_CHECKS = 0',
    'SET @OLD_UNIQUE_CHECKS = @@UNIQUE_CHECKS',
    '/*!40101 SET NAMES utf8mb4 */',
    '/*!40014 SET FOREIGN_KEY_CHECKS=0 */',
    'LOCK TABLES posts WRITE',
    'UNLOCK TABLES',
    'CREATE TABLE t (a int) ENGINE=InnoDB',
    'CREATE VIEW v AS SELECT id FROM posts',
  ])('runs DDL/DML on the scratch schema: %s', (sql) => {
    expect(guardStatement(sql, SCRATCH)).toMatchObject({ ok: true });
  });

  it.each([
    ['DROP DATABASE `sentinel`', /does not parse|not DDL/],
    ['DROP DATABASE sentinel', /not DDL/],
    ['CREATE DATABASE other', /not DDL/],
    ['/*! DROP DATABASE sentinel */', /not DDL/],
    ['/*!50000 DROP DATABASE sentinel */', /not DDL/],
    ['/*M!100000 DROP DATABASE sentinel */', /not DDL/],
    ["EXECUTE IMMEDIATE 'DROP DATABASE sentinel'", /does not parse/],
    ["PREPARE s FROM 'DROP DATABASE sentinel'", /does not parse/],
    ['CALL sentinel.bump()', /CALL is not/],
    ['SET GLOBAL max_connections = 99', /SET GLOBAL/],
    ['SET @@global.general_log = 1', /not a schema setting/],
    ['SET sql_log_bin = 0', /not a schema setting/],
    ['SET max_statement_time = 0', /not a schema setting/],
    ["CREATE USER evil IDENTIFIED BY 'x'", /CREATE USER/],
    ["GRANT ALL ON *.* TO 'evil'@'%' WITH GRANT OPTION", /GRANT/],
    ["SELECT * FROM posts INTO OUTFILE '/tmp/x'", /SELECT is not/],
    ["LOAD DATA INFILE '/etc/passwd' INTO TABLE posts", /LOAD_DATA/],
    ['SHUTDOWN', /does not parse/],
    ['USE sentinel', /USE is not/],
    ['INSERT INTO sentinel.secrets VALUES (1)', /`sentinel`/],
    ['INSERT INTO posts (title) SELECT secret FROM sentinel.secrets', /`sentinel`/],
    ['UPDATE posts SET title = (SELECT secret FROM `sentinel`.`secrets`)', /`sentinel`/],
    ['CREATE TABLE copy LIKE sentinel.secrets', /`sentinel`/],
    ['CREATE TABLE copy AS SELECT * FROM sentinel.secrets', /`sentinel`/],
    ['RENAME TABLE posts TO sentinel.posts', /`sentinel`/],
    ['UPDATE posts SET title = sleep(100)', /sleep/],
    ["UPDATE posts SET title = load_file('/etc/passwd')", /load_file/],
    ['UPDATE posts SET title = @@global.datadir', /global/],
    ["CREATE TABLE t (a int) DATA DIRECTORY = '/tmp/x'", /DIRECTORY/],
    ["CREATE TABLE t (a int) ENGINE=CONNECT TABLE_TYPE=CSV FILE_NAME='/etc/passwd'", /CONNECT|parse/],
    ['CREATE TABLE a (id int); DROP DATABASE sentinel', /one statement|parse/],
    ['CREATE TRIGGER tr BEFORE INSERT ON posts FOR EACH ROW SET NEW.title = 1', /TRIGGER/],
    ['CREATE PROCEDURE p() BEGIN END', /parse/],
    ['CREATE EVENT e ON SCHEDULE EVERY 1 SECOND DO DELETE FROM posts', /parse/],
    ['/*! DROP TABLE posts', /not closed/],
    ["CREATE DEFINER='root'@'localhost' VIEW v AS SELECT 1", /DEFINER/],
    ['ALTER TABLE posts ENGINE=CONNECT', /ENGINE=CONNECT/],
    ["ALTER TABLE posts DATA DIRECTORY = '/tmp'", /DIRECTORY/],
    ['ALTER TABLE posts RENAME TO sentinel.posts', /parse|`sentinel`/],
    ['UPDATE posts p JOIN sentinel.secrets s ON 1 SET p.title = s.secret', /`sentinel`/],
    ['WITH x AS (SELECT secret FROM sentinel.secrets) UPDATE posts SET title = 1', /`sentinel`/],
    ['SET @a = (SELECT secret FROM sentinel.secrets)', /`sentinel`/],
    ["INSERT INTO posts VALUES (1, 'a') ; DROP DATABASE sentinel", /one statement/],
  ])('refuses %s', (sql, reason) => {
    const v = guardStatement(sql, SCRATCH);
    expect(v.ok).toBe(false);
    expect(v.ok ? '' : v.reason).toMatch(reason);
  });

  it('refuses a loadable function the server has', () => {
    expect(
      guardStatement("UPDATE posts SET title = my_udf('x')", SCRATCH, new Set(['my_udf'])),
    ).toMatchObject({
      ok: false,
    });
  });

  it('sends the text it checked: executable comments opened', () => {
    expect(guardStatement('/*!40101 SET NAMES utf8mb4 */;', SCRATCH)).toEqual({
      ok: true,
      sql: 'SET NAMES utf8mb4',
    });
  });
});

describe('deniedCall (DDL rendered from the repository schema)', () => {
  it('finds a denied or loadable function outside string literals', () => {
    expect(
      deniedCall("CREATE TABLE t (a varchar(9) DEFAULT (sys_exec('x')))", new Set(['sys_exec'])),
    ).toMatch(/sys_exec/);
    expect(deniedCall('CREATE TABLE t (a int AS (sleep(1)) VIRTUAL)')).toMatch(/sleep/);
    expect(deniedCall("CREATE TABLE t (a int COMMENT 'sleep(1)', `sleep` int)")).toBeNull();
  });
});

describe('guardSelect (critical and captured queries, only EXPLAINed)', () => {
  it('lets a SELECT on the scratch schema through', () => {
    expect(guardSelect('SELECT * FROM practices WHERE start_at > NOW() ORDER BY start_at', SCRATCH).ok).toBe(
      true,
    );
  });
  it.each([
    'SELECT extractvalue(1, concat(0x7e, (SELECT secret FROM sentinel.secrets)))',
    'SELECT sleep(100)',
    "SELECT load_file('/etc/passwd')",
    "SELECT 1 INTO OUTFILE '/tmp/x'",
    'DELETE FROM users',
    'SELECT 1; DROP DATABASE sentinel',
    'SELECT @@global.datadir',
  ])('refuses %s', (sql) => {
    expect(guardSelect(sql, SCRATCH).ok).toBe(false);
  });
});

describe('unwrapExecutableComments', () => {
  it('opens /*! */ and /*M! */ and leaves strings and plain comments alone', () => {
    expect(unwrapExecutableComments("/*!40101 SET x=1 */ /* c */ '/*!no*/'")).toBe(
      "  SET x=1   /* c */ '/*!no*/'",
    );
    expect(unwrapExecutableComments('/*M!100100 DROP DATABASE x */')).toBe('  DROP DATABASE x  ');
    expect(unwrapExecutableComments('/*! DROP')).toBeNull();
  });
});

describe('scrubDbError', () => {
  const ctx = {
    statement: 'UPDATE posts SET title = extractvalue(1, concat(0x7e, version()))',
    known: [SCRATCH],
  };
  it('withholds a message that quotes a value the statement computed', () => {
    const out = scrubDbError("XPATH syntax error: '~10.11.6-MariaDB-0+deb12u1'", 'ER_UNKNOWN_ERROR', ctx);
    expect(out).not.toContain('10.11');
    expect(out).toContain('message withheld');
  });
  it('withholds when a quote inside the value breaks the quoting', () => {
    const out = scrubDbError("Duplicate entry 'a' secret 'b' for key 'PRIMARY'", 'ER_DUP_ENTRY', ctx);
    expect(out).not.toContain('secret');
  });
  it('keeps messages that only quote the statement and names perf-audit made', () => {
    expect(
      scrubDbError(`Table '${SCRATCH}.posts' doesn't exist`, 'ER_NO_SUCH_TABLE', {
        statement: 'SELECT * FROM posts',
        known: [SCRATCH],
      }),
    ).toBe(`Table '${SCRATCH}.posts' doesn't exist`);
    expect(
      scrubDbError(
        "You have an error in your SQL syntax; check the manual that corresponds to your MariaDB server version for the right syntax to use near 'DEFAULT 'x' NOT NULL' at line 1",
        'ER_PARSE_ERROR',
        { statement: "ALTER TABLE t ADD c int DEFAULT 'x' NOT NULL", known: [] },
      ),
    ).toContain("near 'DEFAULT 'x' NOT NULL'");
    expect(
      scrubDbError(
        `SELECT command denied to user '${SCRATCH}'@'10.1.2.3' for table \`sentinel\`.\`secrets\``,
        'ER_TABLEACCESS_DENIED_ERROR',
        { statement: 'SELECT * FROM sentinel.secrets', known: [SCRATCH] },
      ),
    ).toBe(`SELECT command denied to user '${SCRATCH}'@'…' for table \`sentinel\`.\`secrets\``);
  });
  it('keeps key and column names of the scratch schema, not dotted values', () => {
    const ctx2 = { statement: 'INSERT INTO t VALUES (1)', known: [SCRATCH, 'PRIMARY', 't', 'id'] };
    expect(scrubDbError("Duplicate entry '1' for key 'PRIMARY'", 'ER_DUP_ENTRY', ctx2)).toBe(
      "Duplicate entry '1' for key 'PRIMARY'",
    );
    expect(scrubDbError("Duplicate entry '1' for key 't.PRIMARY'", 'ER_DUP_ENTRY', ctx2)).toContain(
      't.PRIMARY',
    );
    expect(scrubDbError("XPATH syntax error: '~10.11.6'", 'ER_UNKNOWN_ERROR', ctx2)).toContain('withheld');
  });

  it('always withholds SIGNAL texts', () => {
    expect(scrubDbError('boom', 'ER_SIGNAL_EXCEPTION', { statement: 'boom', known: [] })).not.toContain(
      'boom',
    );
  });
});

describe('grants of a given account that cannot create users', () => {
  it('counts only USAGE plus perf_audit_* databases as confined', () => {
    expect(
      grantsAreConfined([
        "GRANT USAGE ON *.* TO `ci`@`%` IDENTIFIED BY PASSWORD '*X'",
        'GRANT ALL PRIVILEGES ON `perf\\_audit\\_%`.* TO `ci`@`%`',
      ]),
    ).toBe(true);
    expect(grantsAreConfined(['GRANT SELECT ON *.* TO `ci`@`%`'])).toBe(false);
    expect(grantsAreConfined(['GRANT ALL PRIVILEGES ON `perf_audit_%`.* TO `ci`@`%`'])).toBe(false);
    expect(grantsAreConfined(['GRANT ALL PRIVILEGES ON `app`.* TO `ci`@`%`'])).toBe(false);
    expect(
      grantsAreConfined(['GRANT ALL PRIVILEGES ON `perf\\_audit\\_%`.* TO `ci`@`%` WITH GRANT OPTION']),
    ).toBe(false);
  });
  it('escapes the wildcards of a database name in a GRANT target', () => {
    expect(grantTarget('perf_audit_ab12')).toBe('`perf\\_audit\\_ab12`.*');
  });
});

describe('commandEnv', () => {
  it('passes no token, input, runner secret or given password; DB_* are the run account', () => {
    const parent = {
      PATH: '/usr/bin',
      HOME: '/home/x',
      GITHUB_TOKEN: 'ghs_tokentokentoken',
      'INPUT_GITHUB-TOKEN': 'ghs_tokentokentoken',
      INPUT_DATABASE_URL: 'mysql://root:rootpw@db',
      ACTIONS_RUNTIME_TOKEN: 'rt',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x',
      PERF_AUDIT_DB_URL: 'mysql://root:rootpw@db',
      DATABASE_URL: 'mysql://root:rootpw@db',
      AWS_SECRET_ACCESS_KEY: 'k',
      COPY_OF_TOKEN: 'see ghs_tokentokentoken',
      HOLDS_PASSWORD_VALUE: 'rootpw',
      GITHUB_ENV: '/runner/_temp/_runner_file_commands/set_env_x',
      GITHUB_OUTPUT: '/runner/_temp/_runner_file_commands/set_output_x',
      GITHUB_PATH: '/runner/_temp/_runner_file_commands/add_path_x',
      GITHUB_STEP_SUMMARY: '/runner/_temp/_runner_file_commands/step_summary_x',
      GITHUB_WORKSPACE: '/work',
      APP_ENV: 'testing',
    };
    const env = commandEnv(
      parent,
      { host: '127.0.0.1', port: 3306, user: 'perf_audit_ab', password: 'runpw', database: null },
      'perf_audit_ab',
      'mysql',
      ['rootpw'],
    );
    expect(env).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/x',
      APP_ENV: 'testing',
      GITHUB_WORKSPACE: '/work',
      DB_CONNECTION: 'mysql',
      DB_HOST: '127.0.0.1',
      DB_PORT: '3306',
      DB_DATABASE: 'perf_audit_ab',
      DB_USERNAME: 'perf_audit_ab',
      DB_PASSWORD: 'runpw',
    });
  });
});

describe('database.command-timeout-ms', () => {
  it('is read from .perf-audit.yml and defaults to five minutes', () => {
    expect(defaultConfig('/tmp').database.commandTimeoutMs).toBe(DEFAULT_COMMAND_TIMEOUT_MS);
    const dir = mkdtempSync(join(tmpdir(), 'cf-config-'));
    try {
      const file = join(dir, '.perf-audit.yml');
      writeFileSync(file, 'database:\n  command: "true"\n  command-timeout-ms: 1500\n');
      expect(applyConfigFile(defaultConfig(dir), file).database.commandTimeoutMs).toBe(1500);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

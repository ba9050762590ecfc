import type { RowDataPacket } from 'mysql2/promise';
import { connect, parseDbUrl } from '../../src/database/connection.js';
import type { ScratchDatabase } from '../../src/database/connection.js';
import { measureIndexFrequencies } from '../../src/database/index-frequency.js';
import { DB_URL, scratchWith } from './seed.js';

// Tables written for this test, one construct each: NULLs in a composite index, values equal only in the
// column's collation ('Open' and 'open '), a prefix index on a long column, a unique index with NULLs, a
// composite primary key (no single-column shortcut, no extension of a unique index), an index that already
// holds the primary key column, and a DECIMAL/DATE mix.
const SQL = `
CREATE TABLE tickets (
  id bigint unsigned auto_increment PRIMARY KEY,
  team_id int NULL,
  state varchar(20) COLLATE utf8mb4_unicode_ci NOT NULL,
  title varchar(600) NOT NULL,
  code varchar(20) NULL,
  amount decimal(10,2) NULL,
  due date NULL,
  KEY team_state (team_id, state),
  KEY state_only (state),
  KEY title_prefix (title(20), state),
  KEY state_title (state, title(30)),
  UNIQUE KEY code_unique (code),
  KEY id_inside (team_id, id),
  KEY amount_due (amount, due)
);
INSERT INTO tickets (team_id, state, title, code, amount, due)
SELECT IF(seq % 7 = 0, NULL, seq % 13),
       ELT(1 + seq % 4, 'Open', 'open ', 'closed', 'OPEN'),
       CONCAT(REPEAT('x', 25), seq % 5),
       IF(seq % 3 = 0, NULL, CONCAT('c', seq)),
       IF(seq % 11 = 0, NULL, (seq % 17) + 0.5),
       IF(seq % 5 = 0, NULL, DATE'2024-01-01' + INTERVAL seq % 9 DAY)
FROM seq_1_to_700;
CREATE TABLE team_user (
  team_id int NOT NULL,
  user_id int NOT NULL,
  role varchar(10) NULL,
  PRIMARY KEY (team_id, user_id),
  KEY role_index (role)
);
INSERT INTO team_user SELECT seq % 40, seq, IF(seq % 4 = 0, NULL, ELT(1 + seq % 3, 'a', 'b', 'c')) FROM seq_1_to_500;
`;

let db: ScratchDatabase;

beforeAll(async () => {
  db = await scratchWith(SQL);
});

afterAll(async () => {
  await db?.drop();
});

/** What ANALYZE TABLE wrote for the table, as index → arity → avg_frequency (null stays null). */
async function analyzed(table: string): Promise<Record<string, Record<number, number | null>>> {
  const admin = await connect(parseDbUrl(DB_URL), db.name);
  try {
    await admin.query(`ANALYZE TABLE \`${table}\` PERSISTENT FOR COLUMNS () INDEXES ALL`);
    const [rows] = await admin.query<RowDataPacket[]>(
      'SELECT index_name AS i, prefix_arity AS k, avg_frequency AS f FROM mysql.index_stats WHERE db_name = ? AND table_name = ?',
      [db.name, table],
    );
    const out: Record<string, Record<number, number | null>> = {};
    for (const r of rows) (out[String(r.i)] ??= {})[Number(r.k)] = r.f === null ? null : Number(r.f);
    return out;
  } finally {
    await admin.end();
  }
}

async function measured(table: string, names: string[]) {
  const out: Record<string, Record<number, number | null>> = {};
  const rows = await measureIndexFrequencies(db.conn, db.name, table, names);
  for (const r of rows ?? [])
    (out[r.index] ??= {})[r.arity] = r.frequency === null ? null : Math.round(r.frequency * 10_000) / 10_000;
  return rows === null ? null : out;
}

it('measures every prefix as ANALYZE TABLE does: NULLs, collations, prefix parts, extended keys', async () => {
  const names = [
    'PRIMARY',
    'team_state',
    'state_only',
    'title_prefix',
    'state_title',
    'code_unique',
    'id_inside',
    'amount_due',
  ];
  const ours = await measured('tickets', names);
  const theirs = await analyzed('tickets');
  expect(ours).toEqual(theirs);
  // The constructs the table was written for are in the comparison, not only the easy prefixes.
  expect(theirs.team_state[3]).toBeDefined(); // extended with id
  expect(theirs.id_inside[3]).toBeUndefined(); // already holds id
  expect(theirs.title_prefix[1]).toBeNull(); // prefix part: unknown
  expect(theirs.state_title[1]).toBeGreaterThan(1); // known up to the prefix part
  expect(theirs.state_only[1]).toBeGreaterThan(300); // 'Open', 'open ', 'OPEN' are one value
});

it('measures a composite primary key and the indexes extended with both of its columns', async () => {
  const ours = await measured('team_user', ['PRIMARY', 'role_index']);
  const theirs = await analyzed('team_user');
  expect(ours).toEqual(theirs);
  expect(Object.keys(theirs.role_index)).toHaveLength(3);
});

it('leaves an unknown index to ANALYZE', async () => {
  expect(await measured('tickets', ['no_such_index'])).toBeNull();
});

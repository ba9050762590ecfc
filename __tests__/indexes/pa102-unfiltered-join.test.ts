/**
 * PA102 on a join with no filter and no LIMIT (every genre with the number of its songs): MariaDB must read
 * every row of one of its tables, whichever it starts from, so a scan of the table the plan reads first is
 * not reported. A filter, a LIMIT, or a joined table read in full for each row still is.
 */

import type { ExplainSummary } from '../../src/database/types.js';
import type { QueryShape } from '../../src/project/model.js';
import type { Schema, Table } from '../../src/schema/model.js';
import { findingsOnPlan, shape } from './seed.js';

const table = (name: string, ...columns: string[]): Table => ({
  name,
  columns: ['id', ...columns].map((c) => ({
    name: c,
    type: 'bigint(20) unsigned',
    nullable: false,
    default: null,
  })),
  indexes: [
    { name: 'PRIMARY', columns: ['id'], unique: true, primary: true },
    ...columns.map((c) => ({ name: `${name}_${c}_index`, columns: [c], unique: false })),
  ],
  foreignKeys: [],
});
const schema: Schema = {
  source: 'static',
  tables: [table('genres', 'name'), table('genre_song', 'genre_id', 'song_id'), table('songs', 'year')],
};
const access = (t: string, over: Partial<ExplainSummary> = {}): ExplainSummary => ({
  table: t,
  access: 'eq_ref',
  key: 'PRIMARY',
  possibleKeys: ['PRIMARY'],
  usedKeyParts: ['id'],
  rows: 1,
  filesort: false,
  temporary: false,
  tableRows: 1_000_000,
  ...over,
});
const scan = (t: string) =>
  access(t, { access: 'ALL', key: null, possibleKeys: [], usedKeyParts: [], rows: 1_000_000 });
const summary = (over: Partial<QueryShape> = {}) =>
  shape({
    table: 'genres',
    joins: [
      { table: 'genre_song', on: [{ left: 'genre_song.genre_id', right: 'genres.id' }], type: 'inner' },
      { table: 'songs', on: [{ left: 'songs.id', right: 'genre_song.song_id' }], type: 'inner' },
    ],
    groupBy: ['genres.id'],
    location: { file: 'app/Repositories/GenreRepository.php', line: 23 },
    ...over,
  });

const pa102 = (q: QueryShape, accesses: ExplainSummary[]) =>
  findingsOnPlan('PA102', q, schema, { sql: 'SELECT …', accesses });

describe('PA102 on a join with no filter', () => {
  it('does not report the scan of the table the plan reads first', () => {
    expect(pa102(summary(), [scan('genre_song'), access('genres'), access('songs')])).toEqual([]);
    expect(
      pa102(summary(), [scan('genres'), access('genre_song', { access: 'ref' }), access('songs')]),
    ).toEqual([]);
  });

  it('reports a joined table read in full for each row of the first', () => {
    const fs = pa102(summary(), [access('genres', { access: 'index', rows: 1_000_000 }), scan('genre_song')]);
    expect(fs.map((f) => f.table)).toEqual(['genre_song']);
  });

  it('reports the first table when the query filters or stops early', () => {
    const filtered = summary({ where: [{ column: 'songs.year', op: '=' }] });
    expect(
      pa102(filtered, [scan('genre_song'), access('genres'), access('songs')]).map((f) => f.table),
    ).toEqual(['genre_song']);
    const limited = summary({ limit: 10 });
    expect(
      pa102(limited, [scan('genre_song'), access('genres'), access('songs')]).map((f) => f.table),
    ).toEqual(['genre_song']);
  });
});

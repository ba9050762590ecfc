/**
 * PA103 on a sort by a TEXT column, end to end on the real MariaDB: an index holds such a column only by a
 * prefix, which gives no order, so no index removes the sort and the finding is info, saying why. The same
 * sort by a VARCHAR column is one an index can serve, and is not demoted.
 */

import type { Finding } from '../../src/findings.js';
import { plannedFindings, shape } from './seed.js';

// Written for this test: a music library's tracks, filed in a few folders, with a TEXT path.
const SQL = `
CREATE TABLE folders (id bigint unsigned auto_increment PRIMARY KEY, name varchar(80) NOT NULL);
CREATE TABLE tracks (
  id bigint unsigned auto_increment PRIMARY KEY,
  folder_id bigint unsigned NOT NULL,
  path text NOT NULL,
  title varchar(191) NOT NULL,
  KEY tracks_folder_id_index (folder_id),
  CONSTRAINT tracks_folder_id_foreign FOREIGN KEY (folder_id) REFERENCES folders (id)
);
`;

const inFolder = (sort: string, line: number) =>
  shape({
    table: 'tracks',
    place: 'request',
    where: [{ column: 'folder_id', op: '=' }],
    orderBy: [{ column: sort, direction: 'asc' }],
    limit: 15,
    location: { file: 'app/Repositories/TrackRepository.php', line },
    code: `Track::where('folder_id', $id)->orderBy('${sort}')->limit(15)->get()`,
  });
const shapes = [inFolder('path', 10), inFolder('title', 20)];

describe('PA103 on a sort by a TEXT column (MariaDB)', () => {
  let findingsOf: (rule: string) => Finding[];

  beforeAll(async () => {
    findingsOf = await plannedFindings(SQL, shapes, (config) => {
      // A few folders share a million tracks: each folder's sort is of a large share of them.
      config.database.tables = { folders: 20 };
    });
  }, 60_000);

  it('stays quiet (info, saying why) on the sort by the TEXT path', () => {
    const f = findingsOf('PA103').find((x) => x.columns.includes('path'))!;
    expect(f.severity).toBe('info');
    expect(f.message).toContain(
      'Sort by a VARCHAR column (a copy of `path` or a shorter sort key) that an index can hold whole, or drop the sort. ' +
        'Info only: `path` is a TEXT or BLOB column, which an index holds only a prefix of, so no index gives that order.',
    );
    expect(f.message).not.toContain('Index the sorted columns');
    expect(f.evidence).toMatchObject({ prefixOnlyColumns: ['path'] });
  });

  it('triggers on the same sort by a VARCHAR title: an index can serve it', () => {
    const onTitle = [...findingsOf('PA101'), ...findingsOf('PA103')].filter((x) =>
      x.columns.includes('title'),
    );
    expect(onTitle.length).toBeGreaterThan(0);
    for (const f of onTitle) expect(f.severity).not.toBe('info');
  });
});

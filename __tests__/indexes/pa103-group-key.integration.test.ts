/**
 * PA103 on a GROUP BY of every row that starts with the table's unique key, end to end on the real MariaDB:
 * a list that concatenates each feed's channels (`GROUP BY feeds.id, feeds.path`, as GROUP_CONCAT over a
 * LEFT JOIN asks) groups one row per feed, so its temporary table holds what the read does and the remedy is
 * grouping by the key alone. Info, saying so. The same read grouped by a column that repeats is not demoted.
 */

import type { Finding } from '../../src/findings.js';
import { groupsByUniqueKey } from '../../src/rules/pa103-filesort-temporary.js';
import type { RuleContext } from '../../src/rules/rule.js';
import type { Schema } from '../../src/schema/model.js';
import { plannedFindings, shape } from './seed.js';

// Written for this test: feeds published on channels, listed with their channels.
const SQL = `
CREATE TABLE channels (id bigint unsigned auto_increment PRIMARY KEY, code varchar(40) NOT NULL);
CREATE TABLE feeds (
  id bigint unsigned auto_increment PRIMARY KEY,
  path varchar(191) NOT NULL,
  format varchar(20) NOT NULL
);
CREATE TABLE feed_channels (
  feed_id bigint unsigned NOT NULL,
  channel_id bigint unsigned NOT NULL,
  UNIQUE KEY feed_channels_feed_id_channel_id_unique (feed_id, channel_id)
);
`;

const listed = (group: string[], line: number) =>
  shape({
    table: 'feeds',
    place: 'request',
    joins: [
      { table: 'feed_channels', type: 'left', on: [{ left: 'feed_channels.feed_id', right: 'feeds.id' }] },
    ],
    groupBy: group,
    location: { file: 'app/DataGrids/FeedDataGrid.php', line },
    code: `DB::table('feeds')->leftJoin('feed_channels', …)->groupBy(${group.map((g) => `'${g}'`).join(', ')})`,
  });

describe('PA103 on a GROUP BY that starts with a unique key (MariaDB)', () => {
  let findingsOf: (rule: string) => Finding[];

  beforeAll(async () => {
    findingsOf = await plannedFindings(SQL, [
      listed(['feeds.id', 'feeds.path'], 10),
      listed(['feeds.format'], 20),
    ]);
  }, 60_000);

  it('stays quiet (info, saying why) when each group is one row', () => {
    const f = findingsOf('PA103').find((x) => x.columns.includes('feeds.id'))!;
    expect(f.severity).toBe('info');
    expect(f.message).toContain(
      'Group by the key alone (`id`), or paginate; no index is needed. ' +
        "Info only: the GROUP BY starts with feeds's unique key `id`, so each group is one row",
    );
    expect(f.evidence).toMatchObject({ groupedByUniqueKey: ['id'] });
  });

  it('leaves the grouping by a column that repeats to the index rules', () => {
    expect(findingsOf('PA103').some((x) => x.columns.includes('feeds.format'))).toBe(false);
    expect(findingsOf('PA101').find((x) => x.columns.includes('format'))).toBeDefined();
  });
});

describe('which groupings are one row per group of every row', () => {
  const schema: Schema = {
    source: 'static',
    tables: [
      {
        name: 'feeds',
        columns: ['id', 'path', 'format'].map((name) => ({
          name,
          type: 'varchar(191)',
          nullable: false,
          default: null,
        })),
        indexes: [{ name: 'PRIMARY', columns: ['id'], unique: true, primary: true }],
        foreignKeys: [],
      },
    ],
  };
  const ctx = { schema } as RuleContext;
  const of = (over: Parameters<typeof shape>[0]) => groupsByUniqueKey(ctx, shape(over), 'feeds');
  const base = { table: 'feeds', groupBy: ['feeds.id', 'feeds.path'] };

  it('is one for a read of every row grouped from the key on', () => {
    expect(of(base)).toEqual(['id']);
    expect(of({ ...base, groupBy: ['id'] })).toEqual(['id']);
  });

  it('is not when the key comes later, or the read is bounded, filtered or joined', () => {
    expect(of({ ...base, groupBy: ['feeds.path', 'feeds.id'] })).toBeNull();
    expect(of({ ...base, limit: 20 })).toBeNull();
    expect(of({ ...base, where: [{ column: 'format', op: '=' }] })).toBeNull();
    expect(
      of({
        ...base,
        joins: [{ table: 'channels', type: 'inner', on: [{ left: 'channels.id', right: 'feeds.id' }] }],
      }),
    ).toBeNull();
  });
});

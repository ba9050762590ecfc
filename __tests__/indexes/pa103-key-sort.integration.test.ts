/**
 * PA103 on an unbounded sort by the primary key, end to end on the real MariaDB: a job reading the open
 * orders page after page (`chunk()` sorts by the key) filters on a range or IN that the index reads, so the
 * key order is lost, and no index can give it back without losing the seek. The query reads every row it
 * finds, so the finding is info, saying why. The same query sorted by another column is not demoted.
 */

import type { Finding } from '../../src/findings.js';
import { plannedFindings, shape } from './seed.js';

// Written for this test: orders with a status and an open balance, indexed for the open-balance filter.
const SQL = `
CREATE TABLE orders (
  id bigint unsigned auto_increment PRIMARY KEY,
  status_id tinyint unsigned NOT NULL,
  balance decimal(12,2) NOT NULL DEFAULT 0,
  placed_at datetime NOT NULL,
  KEY orders_status_id_balance_index (status_id, balance)
);
`;

const openOrders = (sort: string, line: number) =>
  shape({
    table: 'orders',
    place: 'job',
    where: [
      { column: 'status_id', op: 'in', value: '2' },
      { column: 'balance', op: '>', value: '0' },
    ],
    orderBy: [{ column: sort, direction: 'asc' }],
    location: { file: 'app/Jobs/SendReminders.php', line },
    code: `Order::whereIn('status_id', [2, 3])->where('balance', '>', 0)->orderBy('${sort}')->get()`,
  });

describe('PA103 on an unbounded sort by the primary key (MariaDB)', () => {
  let findingsOf: (rule: string) => Finding[];

  beforeAll(async () => {
    // The open orders are a few thousand of the generated rows: the floor is lowered to reach them.
    findingsOf = await plannedFindings(SQL, [openOrders('id', 10), openOrders('placed_at', 20)], (config) => {
      config.rules.PA103 = { options: { 'min-rows': 1000 } };
    });
  }, 60_000);

  it('stays quiet (info, saying why) on the sort by the key', () => {
    const f = findingsOf('PA103').find((x) => x.columns.includes('id'))!;
    expect(f.severity).toBe('info');
    expect(f.message).toContain(
      'Read it in key ranges (chunkById(), lazyById()) or bound it with LIMIT; no index removes this sort. ' +
        "Info only: the sort is by orders's primary key, which every InnoDB index already ends with, and the " +
        'query reads every row it finds (no LIMIT), so the read, not the sort, is its cost.',
    );
    expect(f.evidence).toMatchObject({ sortedByPrimaryKey: true });
  });

  it('triggers on the same read sorted by another column', () => {
    const f = findingsOf('PA103').find((x) => x.columns.includes('placed_at'))!;
    expect(f.severity).toBe('warning');
    expect(f.evidence).not.toHaveProperty('sortedByPrimaryKey');
    expect(f.message).toContain('Index the sorted columns after the equality-filtered ones');
  });
});

/**
 * MariaDB prints a LIKE pattern holding double quotes into EXPLAIN FORMAT=JSON unescaped, which is not
 * valid JSON (freescout looks queued jobs up by a JSON payload prefix). The plan is still read: the
 * condition's text is the only part lost.
 */

import { parseExplainJson } from '../../src/database/explain.js';
import type { ScratchDatabase } from '../../src/database/connection.js';
import { scratchWith } from './seed.js';

describe('EXPLAIN of a condition holding quotes (MariaDB)', () => {
  let db: ScratchDatabase;
  beforeAll(async () => {
    db = await scratchWith(
      'CREATE TABLE jobs (id bigint unsigned PRIMARY KEY, queue varchar(191) NOT NULL, payload longtext NOT NULL, KEY jobs_queue_index (queue));',
    );
  }, 60_000);
  afterAll(async () => {
    await db.drop();
  });

  it('reads the plan MariaDB gives, though its JSON is broken by the literal', async () => {
    const sql = `SELECT * FROM jobs WHERE queue = 'emails' AND payload LIKE '{"displayName":"App\\\\\\\\Jobs\\\\\\\\SendReply%'`;
    const [rows] = await db.conn.query(`EXPLAIN FORMAT=JSON ${sql}`);
    const text = String((rows as Record<string, unknown>[])[0].EXPLAIN);
    expect(() => JSON.parse(text)).toThrow();
    const plan = parseExplainJson(sql, text);
    expect(plan.error).toBeUndefined();
    expect(plan.accesses).toHaveLength(1);
    expect(plan.accesses[0]).toMatchObject({ table: 'jobs', key: 'jobs_queue_index' });
  });

  it('must not: valid JSON is read as it is, and text that is no JSON at all stays an error', () => {
    expect(parseExplainJson('x', '{"query_block": {"select_id": 1}}').error).toBeUndefined();
    expect(parseExplainJson('x', 'not json').error).toMatch(/EXPLAIN output is not JSON/);
  });
});

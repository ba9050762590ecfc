/**
 * The corpus's migrations run through Laravel's own schema builder into a scratch MariaDB database, and
 * every table and column a label names exists there: the labels describe the schema the corpus really has.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RowDataPacket } from 'mysql2/promise';
import { DB_URL, RUNNER, run, withScratch } from '../schema/helpers.js';
import { FIXTURES } from './helpers.js';

interface Label {
  table: string;
  where: string[];
  orderBy: string[];
  groupBy?: string[];
}

const root = join(FIXTURES, 'index-corpus');
const labels = (
  JSON.parse(readFileSync(join(root, 'labels.json'), 'utf8')) as { queries: Record<string, Label> }
).queries;

test('labelled tables and columns exist in the schema Laravel builds from the corpus migrations', async () => {
  await withScratch(async (db) => {
    const result = await run('php', [RUNNER, join(root, 'database/migrations')], {
      DB_HOST: DB_URL.host,
      DB_PORT: String(DB_URL.port),
      DB_DATABASE: db.name,
      DB_USERNAME: DB_URL.user,
      DB_PASSWORD: DB_URL.password,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [rows] = await db.conn.query<RowDataPacket[]>(
      'SELECT TABLE_NAME AS t, COLUMN_NAME AS c FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?',
      [db.name],
    );
    const columns = new Set(rows.map((r) => `${String(r.t)}.${String(r.c)}`));
    const missing: string[] = [];
    for (const [id, l] of Object.entries(labels)) {
      for (const col of [...l.where, ...l.orderBy, ...(l.groupBy ?? [])]) {
        const qualified = col.includes('.') ? col : `${l.table}.${col}`;
        if (!columns.has(qualified)) missing.push(`${id}: ${qualified}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

/** Reads how many rows the app's failed_jobs table holds (Laravel's record of jobs that threw). */

import type { RowDataPacket } from 'mysql2/promise';
import { connect, type DbUrl } from './connection.js';

/** Row count of `database`.failed_jobs; null when that table does not exist. Only ever reads. */
export async function countFailedJobs(
  url: DbUrl,
  database: string,
  table = 'failed_jobs',
): Promise<number | null> {
  const conn = await connect(url);
  try {
    const [exists] = await conn.query<RowDataPacket[]>(
      'SELECT COUNT(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?',
      [database, table],
    );
    if (Number(exists[0].n) === 0) return null;
    const [rows] = await conn.query<RowDataPacket[]>(
      `SELECT COUNT(*) AS n FROM ${conn.escapeId(database)}.${conn.escapeId(table)}`,
    );
    return Number(rows[0].n);
  } finally {
    await conn.end().catch(() => undefined);
  }
}

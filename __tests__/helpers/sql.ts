/** Runs a text of several statements one by one (connections are single-statement). */

import type { Connection } from 'mysql2/promise';
import { splitSql } from '../../src/project/sql/split.js';

export async function runSql(conn: Connection, text: string): Promise<void> {
  for (const s of splitSql(text)) await conn.query(s.sql);
}

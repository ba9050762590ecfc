// What a test run can leave on the MariaDB server the tests use: databases and accounts. null when no
// server answers (the database tests are skipped then, and so is this check).
import mysql from 'mysql2/promise';

const URL = process.env.PERF_AUDIT_DB_URL || 'mysql://root@127.0.0.1:3306';
const SYSTEM = new Set(['information_schema', 'mysql', 'performance_schema', 'sys', 'test']);

export async function serverObjects() {
  let conn;
  try {
    conn = await mysql.createConnection({ uri: URL, connectTimeout: 3000 });
  } catch {
    return null;
  }
  try {
    const [dbs] = await conn.query('SHOW DATABASES');
    const [users] = await conn.query("SELECT CONCAT(User, '@', Host) AS name FROM mysql.user");
    return [
      ...dbs
        .map((r) => Object.values(r)[0])
        .filter((d) => !SYSTEM.has(d))
        .map((d) => `database ${d}`),
      ...users.map((r) => `account ${r.name}`),
    ];
  } finally {
    await conn.end();
  }
}

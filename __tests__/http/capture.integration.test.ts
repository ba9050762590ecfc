/**
 * Capture against the real MariaDB: a node:http "app" on 127.0.0.1 queries its own database per request,
 * while another connection keeps querying a different database (noise that must be filtered out).
 */

import type { RowDataPacket } from 'mysql2/promise';
import { captureRequests } from '../../src/database/capture.js';
import { countFailedJobs } from '../../src/database/failed-jobs.js';
import {
  connect,
  createScratchDatabase,
  parseDbUrl,
  type ScratchDatabase,
} from '../../src/database/connection.js';
import { distinctSelects } from '../../src/http/query-log.js';
import { timedRequest } from '../../src/http/ttfb.js';
import { pa108NPlusOne } from '../../src/rules/pa108-n-plus-one.js';
import { httpContext } from './context.js';
import { generalLogSettings, setGeneralLogSettings } from './general-log.js';
import { startServer, type TestServer } from './servers.js';
import { runSql } from '../helpers/sql.js';

const url = parseDbUrl(process.env.PERF_AUDIT_DB_URL ?? 'mysql://root@127.0.0.1:3306');

let appDb: ScratchDatabase;
let otherDb: ScratchDatabase;
let app: TestServer;

const settings = () => generalLogSettings(url);

beforeAll(async () => {
  appDb = await createScratchDatabase(url);
  otherDb = await createScratchDatabase(url);
  await runSql(
    appDb.conn,
    `
    CREATE TABLE courses (id INT PRIMARY KEY, title VARCHAR(50));
    CREATE TABLE lessons (id INT PRIMARY KEY, course_id INT, title VARCHAR(50));
    INSERT INTO courses VALUES (1,'a'),(2,'b'),(3,'c'),(4,'d'),(5,'e'),(6,'f');
    INSERT INTO lessons VALUES (1,1,'x'),(2,2,'y'),(3,3,'z');
    CREATE TABLE failed_jobs (id INT PRIMARY KEY);
    INSERT INTO failed_jobs VALUES (1),(2);`,
  );
  // The "app": one connection per request, like PHP.
  app = await startServer((req, res) => {
    void (async () => {
      const conn = await connect(url, appDb.name);
      try {
        if (req.url === '/courses') {
          const [courses] = await conn.query<RowDataPacket[]>('SELECT * FROM courses ORDER BY id');
          for (const c of courses) await conn.execute('SELECT * FROM lessons WHERE course_id = ?', [c.id]);
        } else if (req.url === '/eager') {
          await conn.query('SELECT * FROM courses ORDER BY id');
          await conn.query('SELECT * FROM lessons WHERE course_id IN (1, 2, 3, 4, 5, 6)');
        }
        res.end('ok');
      } finally {
        await conn.end();
      }
    })().catch(() => {
      res.statusCode = 500;
      res.end();
    });
  });
});

afterAll(async () => {
  await app?.close();
  await appDb?.drop();
  await otherDb?.drop();
});

describe('captureRequests', () => {
  it("captures each request's own statements, filtered to the app's database and normalized", async () => {
    const before = await settings();
    const noise = setInterval(() => void otherDb.conn.query('SELECT 1 FROM DUAL').catch(() => undefined), 5);
    let during: Awaited<ReturnType<typeof settings>> | null = null;
    try {
      const captured = await captureRequests(
        appDb,
        [`${app.base}/courses`, `${app.base}/eager`],
        async (u) => {
          during ??= await settings();
          const r = await timedRequest(u, { timeoutMs: 5000 });
          expect(r.status).toBe(200);
        },
        { database: appDb.name },
      );
      expect(captured.map((c) => c.statements.length)).toEqual([7, 2]);
      expect(captured[0].statements[0]).toBe('SELECT * FROM courses ORDER BY id');
      expect(captured[0].statements.slice(1)).toEqual(
        [1, 2, 3, 4, 5, 6].map((i) => `SELECT * FROM lessons WHERE course_id = ${i}`),
      );
      expect(new Set(captured[0].normalized?.slice(1)).size).toBe(1);
      expect(captured[0].threads).toHaveLength(1);
      expect(captured[1].statements[1]).toBe('SELECT * FROM lessons WHERE course_id IN (1, 2, 3, 4, 5, 6)');

      // The capture feeds PA108 directly, and its SELECTs are ready for EXPLAIN.
      const drafts = pa108NPlusOne.check(httpContext({ capture: captured }));
      expect(drafts.map((d) => [d.table, d.evidence?.times])).toEqual([['lessons', 6]]);
      const selects = distinctSelects(captured);
      expect(selects).toHaveLength(3);
      for (const sql of selects) await appDb.conn.query(`EXPLAIN ${sql}`);
    } finally {
      clearInterval(noise);
    }
    expect(during).toMatchObject({ generalLog: true });
    expect(during!.logOutput).toContain('TABLE');
    expect(await settings()).toEqual(before);
  });

  it('restores the previous settings when the run fails midway', async () => {
    const before = await settings();
    let calls = 0;
    await expect(
      captureRequests(appDb, [`${app.base}/courses`, `${app.base}/eager`], async (u) => {
        calls += 1;
        if (calls === 2) throw new Error('app crashed');
        await timedRequest(u, { timeoutMs: 5000 });
      }),
    ).rejects.toThrow('app crashed');
    expect(calls).toBe(2);
    expect(await settings()).toEqual(before);
  });

  it('restores a general log that was already on (to a file), keeping the file output during capture', async () => {
    const original = await settings();
    try {
      await setGeneralLogSettings(url, { generalLog: true, logOutput: 'FILE' });
      let during: Awaited<ReturnType<typeof settings>> | null = null;
      await captureRequests({ url }, [`${app.base}/eager`], async () => {
        during = await settings();
      });
      expect(during).toEqual({ generalLog: true, logOutput: 'FILE,TABLE' });
      expect(await settings()).toEqual({ generalLog: true, logOutput: 'FILE' });
    } finally {
      await setGeneralLogSettings(url, original);
    }
  });
});

describe('countFailedJobs', () => {
  it('counts failed_jobs rows, and answers null without the table', async () => {
    expect(await countFailedJobs(url, appDb.name)).toBe(2);
    expect(await countFailedJobs(url, otherDb.name)).toBeNull();
  });
});

/**
 * End to end with the real example app: migrated by `php artisan migrate`, seeded, served by php-fpm +
 * nginx (as the audited server runs; `php -S` when those are not installed), and put through the HTTP
 * phase the audit runs: TTFB rows, captured queries per request, failed_jobs, and the http rules.
 */

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RowDataPacket } from 'mysql2/promise';
import { defaultConfig } from '../../src/config/defaults.js';
import { createScratchDatabase, type ScratchDatabase } from '../../src/database/connection.js';
import { distinctSelects } from '../../src/http/query-log.js';
import { runHttpPhase, type HttpPhaseResult } from '../../src/http/phase.js';
import { finalize } from '../../src/rules/finalize.js';
import { httpRules } from '../../src/rules/groups/http.js';
import type { RuleContext } from '../../src/rules/rule.js';
import {
  EXAMPLE_APP_DIR,
  defaultDbUrl,
  fpmNginxAvailable,
  migrateExampleApp,
  phpAvailable,
  startExampleApp,
  type RunningExampleApp,
} from '../helpers/laravel-app.js';
import { runSql } from '../helpers/sql.js';

const SEED = readFileSync(fileURLToPath(new URL('./fixtures/example-app-seed.sql', import.meta.url)), 'utf8');
const URLS = ['/login', '/practices', '/courses', '/certificates', '/admins', '/'];

const describeWithPhp = phpAvailable() ? describe : describe.skip;

describeWithPhp('HTTP phase against examples/laravel-app', () => {
  let db: ScratchDatabase;
  let app: RunningExampleApp;
  let phase: HttpPhaseResult;

  beforeAll(async () => {
    db = await createScratchDatabase(defaultDbUrl());
    try {
      await migrateExampleApp(db.name);
      await runSql(db.conn, SEED);
      app = await startExampleApp({ dbName: db.name, server: fpmNginxAvailable() ? 'fpm-nginx' : 'php-s' });
      const config = defaultConfig(EXAMPLE_APP_DIR);
      config.database.url = 'mysql://root@127.0.0.1:3306';
      config.database.appDatabase = db.name;
      config.http = {
        ...config.http,
        urls: URLS,
        baseUrl: app.baseUrl,
        samples: 5,
        warmup: 1,
        timeoutMs: 5000,
      };
      config.http.readiness = { timeoutMs: 5000 };
      // The app was migrated into this scratch database: it is the schema the planner twins.
      phase = await runHttpPhase({ config, db });
      if (process.env.PERF_AUDIT_TEST_VERBOSE) console.log(app.server, JSON.stringify(phase, null, 1));
    } catch (err) {
      await app?.stop();
      await db.drop();
      throw err;
    }
  });

  afterAll(async () => {
    await app?.stop();
    await db?.drop();
  });

  it('times every URL, with TTFB rows per URL, and reports the unfollowed redirect of /', () => {
    expect(phase.results.map((r) => [r.url.replace(app.baseUrl, ''), r.ok, r.status])).toEqual([
      ['/login', true, 200],
      ['/practices', true, 200],
      ['/courses', true, 200],
      ['/certificates', true, 200],
      ['/admins', true, 200],
      ['/', true, 302],
    ]);
    for (const r of phase.results) {
      expect(r.samples).toBe(5);
      expect(r.ttfbP50Ms).toBeGreaterThan(0);
      expect(r.totalP50Ms as number).toBeGreaterThanOrEqual(r.ttfbP50Ms as number);
    }
    expect(phase.results[5].redirect).toMatchObject({ location: `${app.baseUrl}/login`, followed: false });
    expect(phase.failedJobs).toBe(0);
    expect(phase.note).toContain(`database ${db.name}`);
  });

  it("captures the upcoming-practices page's query and explains it at production scale", async () => {
    const practices = phase.capture?.find((c) => c.url.endsWith('/practices'));
    const upcoming = practices?.statements.find((s) => /from `discord_practices`/.test(s));
    expect(upcoming).toMatch(
      /^select \* from `discord_practices` where `start_at` > '[-0-9: ]+' order by `start_at` asc$/,
    );
    // The planner twin at 1,000,000 rows: start_at has no index, so a full scan plus a filesort.
    const planned = phase.capturedPlans.find((p) => p.sql === upcoming);
    expect(planned?.url).toBe(`${app.baseUrl}/practices`);
    expect(planned?.plan.error).toBeUndefined();
    expect(planned?.plan.accesses[0]).toMatchObject({
      table: 'discord_practices',
      access: 'ALL',
      filesort: true,
    });
    expect(planned?.plan.accesses[0].rows).toBeGreaterThanOrEqual(100_000);
    // Every distinct captured SELECT went through the planner.
    expect(phase.capturedPlans.map((p) => p.sql).sort()).toEqual(distinctSelects(phase.capture ?? []).sort());
    expect(phase.capturedPlans.filter((p) => p.plan.error)).toEqual([]);
    // And it is the app's own SQL: EXPLAIN-able as captured in the app's database too.
    const [plan] = await db.conn.query<RowDataPacket[]>(`EXPLAIN ${upcoming}`);
    expect(plan[0].table).toBe('discord_practices');
  });

  it('detects the N+1 on /courses as PA108, and nowhere else', () => {
    const courses = phase.results.find((r) => r.url.endsWith('/courses'));
    expect(courses?.queries?.repeated[0]?.times).toBe(7);
    const ctx = {
      config: defaultConfig(EXAMPLE_APP_DIR),
      http: {
        results: phase.results,
        load: phase.load,
        capture: phase.capture,
        failedJobs: phase.failedJobs,
      },
      database: null,
    } as unknown as RuleContext;
    const findings = httpRules.flatMap((rule) => rule.check(ctx).map((d) => finalize(rule, d, ctx.config)));
    const nPlusOne = findings.filter((f) => f.rule === 'PA108');
    expect(nPlusOne).toHaveLength(1);
    expect(nPlusOne[0]).toMatchObject({ table: 'lessons', evidence: expect.objectContaining({ times: 7 }) });
    expect(nPlusOne[0].title).toContain('/courses');
    expect(findings.filter((f) => f.rule === 'PA302').map((f) => f.severity)).toEqual(['info']);
    expect(findings.filter((f) => f.rule === 'PA208')).toEqual([]);
  });
});

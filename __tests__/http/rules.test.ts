import { finalize } from '../../src/rules/finalize.js';
import { httpRules } from '../../src/rules/groups/http.js';
import { pa108NPlusOne } from '../../src/rules/pa108-n-plus-one.js';
import { pa109TooManyQueries } from '../../src/rules/pa109-too-many-queries.js';
import { pa208FailedJobs } from '../../src/rules/pa208-failed-jobs.js';
import { pa301SlowTtfb } from '../../src/rules/pa301-slow-ttfb.js';
import { pa302SmokeFailed } from '../../src/rules/pa302-smoke-failed.js';
import { pa303Capacity, stepAtTarget } from '../../src/rules/pa303-capacity.js';
import { existsSync } from 'node:fs';
import { httpContext, row, step } from './context.js';

const lessonsFor = (id: number) =>
  `select * from \`lessons\` where \`lessons\`.\`course_id\` = ${id} and \`lessons\`.\`course_id\` is not null`;

describe('http rule registration', () => {
  it('registers PA108, PA109, PA208, PA301, PA302, PA303, each with its docs page', () => {
    expect(httpRules.map((r) => r.id).sort()).toEqual(['PA108', 'PA109', 'PA208', 'PA301', 'PA302', 'PA303']);
    for (const r of httpRules) expect(existsSync(`docs/rules/${r.id}.md`)).toBe(true);
  });
});

describe('PA108 N+1', () => {
  const nPlusOne = {
    url: 'http://127.0.0.1:8000/courses',
    statements: ['select * from `courses`', ...[1, 2, 3, 4, 5, 6].map(lessonsFor)],
  };
  it('flags a SELECT shape repeated at least 5 times in one request', () => {
    const drafts = pa108NPlusOne.check(httpContext({ capture: [nPlusOne] }));
    expect(drafts).toHaveLength(1);
    expect(drafts[0].table).toBe('lessons');
    expect(drafts[0].evidence).toMatchObject({ times: 6, statementsInRequest: 7 });
    expect(drafts[0].title).toContain('/courses');
    expect(drafts[0].fix?.text).toContain("Course::with('lessons')");
  });
  it('never puts the captured literals (session ids, tokens) into the finding', () => {
    const tokens = {
      url: 'http://h/t',
      statements: [1, 2, 3, 4, 5].map(
        (i) => `select * from tokens where user_id = ${i} and token = 'secret-${i}'`,
      ),
    };
    const drafts = pa108NPlusOne.check(httpContext({ capture: [tokens] }));
    expect(drafts).toHaveLength(1);
    expect(JSON.stringify(drafts)).not.toContain('secret-');
  });
  it('does not flag an eager-loaded page or repeats under the threshold', () => {
    const eager = {
      url: 'http://127.0.0.1:8000/courses',
      statements: [
        'select * from `courses`',
        'select * from `lessons` where `course_id` in (1, 2, 3, 4, 5, 6)',
      ],
    };
    const few = { url: 'http://127.0.0.1:8000/x', statements: [1, 2, 3, 4].map(lessonsFor) };
    expect(pa108NPlusOne.check(httpContext({ capture: [eager, few] }))).toEqual([]);
  });
  it('honours rules.PA108.options.min-repeats and ignores repeated writes', () => {
    const ctx = httpContext({
      capture: [nPlusOne],
      config: (c) => (c.rules.PA108 = { options: { 'min-repeats': 7 } }),
    });
    expect(pa108NPlusOne.check(ctx)).toEqual([]);
    const writes = {
      url: 'http://h/a',
      statements: [1, 2, 3, 4, 5].map((i) => `insert into logs (n) values (${i})`),
    };
    expect(pa108NPlusOne.check(httpContext({ capture: [writes] }))).toEqual([]);
  });
  it('keeps the fingerprint when the port or literal values change', () => {
    const other = {
      url: 'http://127.0.0.1:9001/courses',
      statements: [...[7, 8, 9, 10, 11, 12].map(lessonsFor)],
    };
    const a = finalize(
      pa108NPlusOne,
      pa108NPlusOne.check(httpContext({ capture: [nPlusOne] }))[0],
      httpContext({}).config,
    );
    const b = finalize(
      pa108NPlusOne,
      pa108NPlusOne.check(httpContext({ capture: [other] }))[0],
      httpContext({}).config,
    );
    expect(a.fingerprint).toBe(b.fingerprint);
  });
});

describe('PA109 too many queries', () => {
  const many = {
    url: 'http://h/dash',
    statements: Array.from({ length: 31 }, (_, i) => `select * from t${i % 4} where id = ${i}`),
  };
  it('flags a request over the default budget of 30', () => {
    const d = pa109TooManyQueries.check(httpContext({ capture: [many] }));
    expect(d).toHaveLength(1);
    expect(d[0].evidence).toMatchObject({ count: 31, distinct: 4, budget: 30 });
  });
  it('does not flag a request within the budget (configurable)', () => {
    const ctx = httpContext({
      capture: [many],
      config: (c) => (c.rules.PA109 = { options: { 'max-queries': 40 } }),
    });
    expect(pa109TooManyQueries.check(ctx)).toEqual([]);
    expect(
      pa109TooManyQueries.check(httpContext({ capture: [{ url: 'http://h/', statements: ['select 1'] }] })),
    ).toEqual([]);
  });
});

describe('PA208 failed jobs', () => {
  it('flags rows in failed_jobs', () => {
    const d = pa208FailedJobs.check(httpContext({ failedJobs: 250 }));
    expect(d).toHaveLength(1);
    expect(d[0].title).toContain('250 failed jobs');
  });
  it('is silent with none, or when the table was not read', () => {
    expect(pa208FailedJobs.check(httpContext({ failedJobs: 0 }))).toEqual([]);
    expect(pa208FailedJobs.check(httpContext({ failedJobs: null }))).toEqual([]);
  });
});

describe('PA301 TTFB objective', () => {
  it('warns above the objective and is critical above the fail threshold', () => {
    const d = pa301SlowTtfb.check(
      httpContext({
        results: [
          row('http://h/fast'),
          row('http://h/slow', { ttfbP50Ms: 180 }),
          row('http://h/awful', { ttfbP50Ms: 950 }),
        ],
      }),
    );
    expect(d.map((x) => [x.evidence?.url, x.severity])).toEqual([
      ['http://h/slow', 'warning'],
      ['http://h/awful', 'critical'],
    ]);
  });
  it('does not fire under the objective, nor on failed rows (PA302 covers those)', () => {
    const ctx = httpContext({
      results: [
        row('http://h/a', { ttfbP50Ms: 149 }),
        row('http://h/b', { ok: false, ttfbP50Ms: 5000, error: 'HTTP 500' }),
      ],
    });
    expect(pa301SlowTtfb.check(ctx)).toEqual([]);
  });
  it('reads its thresholds from http.ttfb', () => {
    const ctx = httpContext({
      results: [row('http://h/a', { ttfbP50Ms: 180 })],
      config: (c) => (c.http.ttfb.objectiveMs = 200),
    });
    expect(pa301SlowTtfb.check(ctx)).toEqual([]);
  });
});

describe('PA302 smoke request failed', () => {
  it('gives one finding per failed URL, naming the reason', () => {
    const d = pa302SmokeFailed.check(
      httpContext({
        results: [
          row('http://h/ok'),
          row('http://h/down', { ok: false, samples: 0, error: 'connection refused', errorKind: 'refused' }),
          row('http://h/loop', {
            ok: false,
            samples: 0,
            error: 'redirect loop: a → b → a',
            errorKind: 'redirect-loop',
          }),
        ],
      }),
    );
    expect(d.map((x) => x.title)).toEqual(['/down: connection refused', '/loop: redirect loop']);
    expect(d[1].message).toContain('a → b → a');
  });
  it('notes an unfollowed redirect as info, and nothing for a plain 200', () => {
    const redirect = { location: 'http://h/login', final: 'http://h/login', hops: 1, followed: false };
    const d = pa302SmokeFailed.check(
      httpContext({ results: [row('http://h/'), row('http://h/home', { status: 302, redirect })] }),
    );
    expect(d).toHaveLength(1);
    expect(d[0].severity).toBe('info');
    expect(pa302SmokeFailed.check(httpContext({ results: [row('http://h/')] }))).toEqual([]);
  });
});

describe('PA303 capacity', () => {
  it('judges the step at the target concurrency', () => {
    const steps = [
      step('http://h/', 10),
      step('http://h/', 50, { verdict: 'may degrade', p95Ms: 900 }),
      step('http://h/', 100),
    ];
    expect(stepAtTarget(steps, 50)?.users).toBe(50);
    expect(stepAtTarget(steps, 70)?.users).toBe(100);
    expect(stepAtTarget(steps, 500)?.users).toBe(100);
    const d = pa303Capacity.check(httpContext({ load: steps, config: (c) => (c.targetConcurrency = 50) }));
    expect(d).toHaveLength(1);
    expect(d[0].title).toContain('50 users: may degrade');
  });
  it('is silent when the target step is manageable', () => {
    const steps = [
      step('http://h/', 10),
      step('http://h/', 100),
      step('http://h/', 200, { verdict: 'degradation likely' }),
    ];
    expect(pa303Capacity.check(httpContext({ load: steps }))).toEqual([]);
  });
});

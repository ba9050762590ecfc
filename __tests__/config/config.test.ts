import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../src/config/model.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { lineOfPath } from '../../src/config/yaml-lines.js';

const apps: string[] = [];
afterAll(() => apps.forEach((d) => rmSync(d, { recursive: true, force: true })));

function appWithConfig(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pa-config-'));
  apps.push(dir);
  writeFileSync(join(dir, '.perf-audit.yml'), yaml);
  return dir;
}

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('resolveConfig', () => {
  it('uses the seed defaults when there is no config file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pa-config-'));
    apps.push(dir);
    const c = resolveConfig({ app: dir }, {});
    expect(c.configFile).toBeNull();
    expect(c.database.url).toBeNull();
    expect(c.database.assumeRows).toBe(1_000_000);
    expect(c.http.ttfb).toEqual({ objectiveMs: 150, failMs: 800 });
    expect(c.failOn).toBe('critical');
  });

  it('reads the design example file', () => {
    const dir = appWithConfig(`app: .
database: { schema: auto, command: "php artisan migrate --force", assume-rows: 1000000,
            tables: { discord_practices: 50000 } }
queries:
  - name: Upcoming practices
    sql: SELECT * FROM discord_practices WHERE start_at > NOW() ORDER BY start_at
http: { urls: [/login, /], base-url: http://127.0.0.1:8000, samples: 20,
        ttfb: { objective-ms: 150, fail-ms: 800 }, load: { users: [10, 50, 100], seconds: 5 } }
rules: { PA201: { severity: critical }, PA106: off }
ignore: [ { rule: PA101, path: "app/Legacy/**", reason: "legacy, rewritten in Q3" } ]
fail-on: critical
`);
    const c = resolveConfig({ app: dir }, {});
    expect(c.database.tables).toEqual({ discord_practices: 50000 });
    expect(c.database.command).toBe('php artisan migrate --force');
    expect(c.queries).toEqual([
      {
        name: 'Upcoming practices',
        sql: 'SELECT * FROM discord_practices WHERE start_at > NOW() ORDER BY start_at',
      },
    ]);
    expect(c.http.urls).toEqual(['/login', '/']);
    expect(c.http.baseUrl).toBe('http://127.0.0.1:8000');
    expect(c.http.load).toEqual({ users: [10, 50, 100], seconds: 5, p95Ms: 800, maxErrorRate: 0.01 });
    expect(c.rules.PA201).toEqual({ severity: 'critical' });
    expect(c.rules.PA106).toEqual({ off: true });
    expect(c.ignore).toEqual([{ rule: 'PA101', path: 'app/Legacy/**', reason: 'legacy, rewritten in Q3' }]);
  });

  it('lets flags win over the file, and the environment supply the database', () => {
    const dir = appWithConfig('fail-on: warning\nhttp: { samples: 5 }\n');
    const c = resolveConfig(
      { app: dir, failOn: 'never', samples: 7 },
      { PERF_AUDIT_DB_URL: 'mysql://root@127.0.0.1:3306' },
    );
    expect(c.failOn).toBe('never');
    expect(c.http.samples).toBe(7);
    expect(c.database.url).toBe('mysql://root@127.0.0.1:3306');
    expect(resolveConfig({ app: dir }, { PERF_AUDIT_DB_URL: '' }).database.url).toBeNull();
    expect(
      resolveConfig({ app: dir, db: null }, { PERF_AUDIT_DB_URL: 'mysql://x@y' }).database.url,
    ).toBeNull();
  });

  it('names the file and line of an unknown key', () => {
    const dir = appWithConfig('fail-on: critical\nhttp:\n  samples: 5\n  sampels: 6\n');
    const e = configError(() => resolveConfig({ app: dir }, {}));
    expect(e.message).toMatch(/\.perf-audit\.yml:4: http\.sampels: unknown key/);
  });

  it('requires a reason on every ignore, at its line', () => {
    const dir = appWithConfig('ignore:\n  - rule: PA101\n    path: app/**\n');
    expect(configError(() => resolveConfig({ app: dir }, {})).message).toMatch(
      /:2: ignore\.0: every ignore needs a reason/,
    );
  });

  it('reports YAML syntax errors with their line', () => {
    const dir = appWithConfig('http:\n  urls: [/a\nfail-on: x\n');
    expect(configError(() => resolveConfig({ app: dir }, {})).message).toMatch(
      /\.perf-audit\.yml:\d+: YAML error/,
    );
  });

  it('rejects bad values with the allowed ones', () => {
    const dir = appWithConfig('fail-on: sometimes\n');
    expect(configError(() => resolveConfig({ app: dir }, {})).message).toMatch(
      /:1: fail-on: expected one of critical, warning, never/,
    );
    const rel = appWithConfig('http: { urls: [/login] }\n');
    expect(configError(() => resolveConfig({ app: rel }, {})).message).toMatch(
      /relative: give http.base-url/,
    );
  });
});

describe('lineOfPath', () => {
  it('follows nested keys and sequence items', () => {
    const text = 'a: 1\nb:\n  c: 2\n  d:\n    - x: 1\n    - x: 2\n      y: 3\n';
    expect(lineOfPath(text, ['b', 'c'])).toBe(3);
    expect(lineOfPath(text, ['b', 'd', 1, 'y'])).toBe(7);
    expect(lineOfPath(text, ['b', 'missing'])).toBe(2);
  });
});

describe('servers', () => {
  it('reads how many app servers run behind the load balancer', () => {
    const dir = appWithConfig('servers: 3\n');
    expect(resolveConfig({ app: dir }, {}).servers).toBe(3);
    expect(configError(() => resolveConfig({ app: appWithConfig('servers: 0\n') }, {})).message).toMatch(
      /:1: servers: expected a whole number from 1 to 10000/,
    );
  });
});

describe('http cookies and the app database', () => {
  it('reads them', () => {
    const dir = appWithConfig(
      'database: { app-database: laravel }\nhttp: { cookies: { laravel_session: abc } }\n',
    );
    const c = resolveConfig({ app: dir }, {});
    expect(c.database.appDatabase).toBe('laravel');
    expect(c.http.cookies).toEqual({ laravel_session: 'abc' });
  });
});

describe('rule options', () => {
  it('accepts options inline or under options:', () => {
    const dir = appWithConfig(
      'rules:\n  PA109: { max-queries: 50 }\n  PA108: { severity: info, options: { min-repeats: 3 } }\n',
    );
    const c = resolveConfig({ app: dir }, {});
    expect(c.rules.PA109).toEqual({ options: { 'max-queries': 50 } });
    expect(c.rules.PA108).toEqual({ severity: 'info', options: { 'min-repeats': 3 } });
  });
});

describe('project cache folder', () => {
  const made: string[] = [];
  const tempApp = () => {
    const dir = mkdtempSync(join(tmpdir(), 'pa-cache-cfg-'));
    made.push(dir);
    return dir;
  };
  afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('is off with PERF_AUDIT_CACHE_DIR=none, the runner temp folder in Actions, else one folder per app', () => {
    const app = tempApp();
    expect(resolveConfig({ app }, { PERF_AUDIT_CACHE_DIR: 'none' }).cacheDir).toBeNull();
    expect(resolveConfig({ app }, { PERF_AUDIT_CACHE_DIR: '/var/cache/pa' }).cacheDir).toBe('/var/cache/pa');
    expect(resolveConfig({ app }, { GITHUB_ACTIONS: 'true', RUNNER_TEMP: '/runner/tmp' }).cacheDir).toBe(
      '/runner/tmp/perf-audit-cache',
    );
    const home = resolveConfig({ app }, { HOME: '/home/u' }).cacheDir!;
    expect(home).toMatch(/^\/home\/u\/\.cache\/perf-audit\/[0-9a-f]{12}$/);
    expect(resolveConfig({ app }, { XDG_CACHE_HOME: '/x' }).cacheDir).toMatch(/^\/x\/perf-audit\//);
    const other = tempApp();
    expect(resolveConfig({ app: other }, { HOME: '/home/u' }).cacheDir).not.toBe(home);
  });

  it('refuses a cache folder inside the audited app: a repository could ship one', () => {
    const app = tempApp();
    expect(() => resolveConfig({ app, cacheDir: join(app, '.cache') }, {})).toThrow(ConfigError);
    expect(() => resolveConfig({ app }, { PERF_AUDIT_CACHE_DIR: app })).toThrow(
      /must be outside the audited app/,
    );
  });

  it('a flag or input wins: a folder, or null for none', () => {
    const app = tempApp();
    expect(resolveConfig({ app, cacheDir: null }, { PERF_AUDIT_CACHE_DIR: '/x' }).cacheDir).toBeNull();
    expect(resolveConfig({ app, cacheDir: '/y' }, { PERF_AUDIT_CACHE_DIR: 'none' }).cacheDir).toBe('/y');
  });
});

describe('database.optional', () => {
  it('is off by default; the file turns it on, the flag or input too', () => {
    expect(
      resolveConfig({ app: appWithConfig('fail-on: critical\n') }, {}).database.optional,
    ).toBeUndefined();
    const dir = appWithConfig('database:\n  optional: true\n');
    expect(resolveConfig({ app: dir }, {}).database.optional).toBe(true);
    const plain = appWithConfig('fail-on: critical\n');
    expect(resolveConfig({ app: plain, databaseOptional: true }, {}).database.optional).toBe(true);
    const e = configError(() => resolveConfig({ app: appWithConfig('database:\n  optional: maybe\n') }, {}));
    expect(e.message).toMatch(/database\.optional/);
  });
});

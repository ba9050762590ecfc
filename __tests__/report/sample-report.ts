/** Hand-built reports and findings for the renderer and gate tests (the seed audit's app, in miniature). */

import type { Finding, Severity } from '../../src/findings.js';
import type { AuditReport } from '../../src/report/audit-report.js';

let counter = 0;

export function finding(over: Partial<Finding> & { rule: string }): Finding {
  counter += 1;
  return {
    severity: 'warning',
    title: `${over.rule} finding`,
    message: 'Something to look at.',
    file: null,
    line: null,
    locations: over.file ? [{ file: over.file, line: over.line ?? 1 }] : [],
    table: null,
    columns: [],
    query: null,
    evidence: {},
    fix: { sql: null, migration: null, text: null },
    fingerprint: `fp-${over.rule}-${counter}`,
    status: 'new',
    docs: `docs/rules/${over.rule}.md`,
    ...over,
  };
}

export function missingIndex(
  table: string,
  column: string,
  opts: { status?: 'new' | 'existing'; file?: string; line?: number; severity?: Severity } = {},
): Finding {
  const file = opts.file ?? 'app/Http/Controllers/PracticeController.php';
  return finding({
    rule: 'PA101',
    severity: opts.severity ?? 'critical',
    title: `Missing index on ${table}.${column}`,
    message: `The query filters and sorts ${table} by ${column}; no index starts with it, so MariaDB reads every row and sorts them.`,
    file,
    line: opts.line ?? 14,
    locations: [{ file, line: opts.line ?? 14 }],
    table,
    columns: [column],
    evidence: { access: 'ALL', rows: 1_000_000, filesort: true },
    fix: {
      sql: `ALTER TABLE ${table} ADD INDEX ${table}_${column}_index (${column});`,
      migration: `$table->index('${column}');`,
      text: null,
    },
    fingerprint: `pa101-${table}-${column}`,
    status: opts.status ?? 'new',
  });
}

export function cacheDriver(status: 'new' | 'existing' = 'existing'): Finding {
  return finding({
    rule: 'PA201',
    severity: 'warning',
    title: 'Cache store is database',
    message: 'CACHE_DRIVER=database makes every cache read a query.',
    file: '.env.example',
    line: 12,
    fix: { sql: null, migration: null, text: '.env: CACHE_DRIVER=redis' },
    fingerprint: 'pa201-cache',
    status,
  });
}

export function sessionDriver(status: 'new' | 'existing' = 'existing'): Finding {
  return finding({
    rule: 'PA202',
    severity: 'warning',
    title: 'Session driver is database',
    message: 'SESSION_DRIVER=database writes a row on every request.',
    file: '.env.example',
    line: 13,
    fix: { sql: null, migration: null, text: '.env: SESSION_DRIVER=redis' },
    fingerprint: 'pa202-session',
    status,
  });
}

export function report(over: Partial<AuditReport> = {}): AuditReport {
  const findings = over.findings ?? [
    missingIndex('discord_practices', 'start_at'),
    missingIndex('certificates', 'created_at'),
    cacheDriver(),
    sessionDriver(),
  ];
  const count = (s: Severity) => findings.filter((f) => !f.silenced && f.severity === s).length;
  return {
    version: 1,
    tool: { name: 'perf-audit', version: '0.1.0' },
    app: '/work/app',
    generatedAt: '2026-01-01T00:00:00.000Z',
    summary: {
      critical: count('critical'),
      warning: count('warning'),
      info: count('info'),
      blocked: findings.some((f) => !f.silenced && f.status === 'new' && f.severity === 'critical'),
      silenced: findings.filter((f) => f.silenced).length,
      failOn: 'critical',
      verdicts: 'planner',
    },
    findings,
    fixed: [],
    explains: [
      {
        name: 'Upcoming practices',
        sql: 'SELECT * FROM discord_practices WHERE start_at > NOW() ORDER BY start_at',
        table: 'discord_practices',
        access: 'ALL',
        key: null,
        rows: 1_000_000,
        filesort: true,
        temporary: false,
        verdict: 'full scan + filesort',
      },
      {
        name: 'Users with a role',
        sql: "SELECT * FROM users WHERE role = 'admin'",
        table: 'users',
        access: 'ref',
        key: 'users_role_index',
        rows: 3,
        filesort: false,
        temporary: false,
        verdict: 'ok',
      },
    ],
    http: [
      {
        url: 'http://127.0.0.1:8000/login',
        samples: 20,
        ok: true,
        status: 200,
        error: null,
        dnsMs: 0.4,
        connectMs: 0.3,
        tlsMs: null,
        ttfbP50Ms: 92,
        ttfbP95Ms: 120,
        ttfbMaxMs: 130,
        totalP50Ms: 93,
        totalP95Ms: 121,
      },
    ],
    load: [
      {
        url: 'http://127.0.0.1:8000/login',
        users: 50,
        seconds: 5,
        requests: 2000,
        rps: 400,
        p50Ms: 100,
        p95Ms: 300,
        errorRate: 0,
        verdict: 'manageable',
      },
      {
        url: 'http://127.0.0.1:8000/login',
        users: 100,
        seconds: 5,
        requests: 2100,
        rps: 420,
        p50Ms: 400,
        p95Ms: 900,
        errorRate: 0.01,
        verdict: 'may degrade',
      },
    ],
    schema: null,
    settings: [
      {
        key: 'cache.default',
        value: 'database',
        source: '.env.example: CACHE_DRIVER',
        file: '.env.example',
        line: 12,
      },
      {
        key: 'session.driver',
        value: 'database',
        source: '.env.example: SESSION_DRIVER',
        file: '.env.example',
        line: 13,
      },
      {
        key: 'queue.default',
        value: 'redis',
        source: '.env.example: QUEUE_CONNECTION',
        file: '.env.example',
        line: 14,
      },
    ],
    phases: [
      { name: 'project', status: 'ran', ms: 120, note: '40 PHP files' },
      { name: 'planner', status: 'ran', ms: 900, note: '12 shapes' },
      { name: 'http', status: 'skipped', ms: 0, note: 'no URL' },
    ],
    ...over,
  };
}

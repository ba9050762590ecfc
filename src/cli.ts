/** The `perf-audit` command: the same audit as the action, printed as a table, markdown, JSON or SARIF. */

import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkLaravelApp } from './config/app-check.js';
import { ConfigError } from './config/model.js';
import { RANGES } from './config/ranges.js';
import { parseFailOn, parsePositiveInt, resolveConfig } from './config/resolve.js';
import type { Overrides } from './config/resolve.js';
import type { AuditReport } from './report/audit-report.js';
import { logBlock, logLine } from './report/log-line.js';
import { certaintyVerdicts } from './report/certainty-text.js';
import { progressLine, useColor } from './report/progress.js';
import { databaseSecrets, environmentSecrets, redactSecrets } from './report/redact.js';
import { VERSION } from './version.js';

// The audit engine, the database driver, the rules and the renderers load on demand (dynamic import):
// `--version`, `--help` and the first progress line do not pay for parsing them.

export const EXIT = { passed: 0, blocked: 1, usage: 2, failed: 3 } as const;

const FORMATS = ['table', 'markdown', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: perf-audit [options]

Audits a Laravel + MariaDB app: missing indexes (confirmed by MariaDB's planner at production
scale when a database is given), cache/session/queue drivers and server settings, and TTFB.

Options:
  --app DIR              the Laravel app to audit (default: .)
  --config FILE          config file (default: DIR/.perf-audit.yml when present)
  --db URL               mysql://user:pass@host:port[/db]; default $PERF_AUDIT_DB_URL; none = static verdicts
  --db-wait-ms N         how long to wait for the database to answer (default 30000)
  --database-optional    a database URL that cannot be used gives static verdicts instead of exit 3
  --url URL              a URL to time (repeatable); relative URLs need http.base-url or --base-url
  --base-url URL         base for relative URLs
  --samples N            TTFB samples per URL (default 20)
  --assume-rows N        rows per table at production scale (default 1000000)
  --stats-file FILE      production statistics from \`perf-audit stats\` (default: APP/.perf-audit-stats.json
                         when present); none = do not read one
  --baseline REF         audit REF too and block only on new findings (git ref; none = off)
  --app-env-file FILE    the app's env file that wins over .env (e.g. .env.production)
  --cache-dir DIR        project cache between runs (default $PERF_AUDIT_CACHE_DIR, else
                         ~/.cache/perf-audit/<app>); none = no cache
  --no-cache             same as --cache-dir none
  --format FORMAT        table | markdown | json | sarif (default table)
  --output FILE          write the report there instead of standard output
  --fail-on LEVEL        critical | warning | never (default critical)
  --debug                print the stack of an unexpected error
  -h, --help             this help
  -v, --version          the version

       perf-audit cleanup --db URL [--dry-run]
                         drop what a killed run left on that server (perf_audit_* databases, their
                         statistics rows, perf_audit_* accounts; general_log from the state file)

       perf-audit stats --db URL [--database NAME] [--output FILE]
                         write production table sizes and index cardinalities (information_schema
                         only, never a row) to FILE (default .perf-audit-stats.json); see docs/stats.md

Exit status: 0 passed, 1 blocked by findings at or above --fail-on, 2 bad usage or
configuration, 3 the audit itself could not run (the report says why), 130/143 interrupted
by SIGINT/SIGTERM (what the run created is removed and the report says so).`;

class UsageError extends Error {}

interface CliOptions {
  overrides: Overrides;
  format: Format;
  output: string | null;
  debug: boolean;
}

/**
 * Node itself reads `--env-file` anywhere on its command line, even after the script, and runs the
 * NODE_OPTIONS it finds there: the app's env file has its own name so it never reaches Node.
 */
function refuseNodeEnvFile(argv: string[]): void {
  if (argv.some((a) => a === '--env-file' || a.startsWith('--env-file=')))
    throw new UsageError(
      '--env-file is now --app-env-file: Node reads --env-file itself and would load that file into its own environment',
    );
}

export function parseCli(argv: string[]): CliOptions | 'help' | 'version' {
  refuseNodeEnvFile(argv);
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        app: { type: 'string' },
        config: { type: 'string' },
        db: { type: 'string' },
        'db-wait-ms': { type: 'string' },
        'database-optional': { type: 'boolean' },
        url: { type: 'string', multiple: true },
        'base-url': { type: 'string' },
        samples: { type: 'string' },
        'assume-rows': { type: 'string' },
        'stats-file': { type: 'string' },
        baseline: { type: 'string' },
        'app-env-file': { type: 'string' },
        'cache-dir': { type: 'string' },
        'no-cache': { type: 'boolean' },
        format: { type: 'string' },
        output: { type: 'string' },
        'fail-on': { type: 'string' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    }));
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  if (values.help) return 'help';
  if (values.version) return 'version';
  const format = (values.format ?? 'table') as Format;
  if (!FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
  const o: Overrides = {};
  if (values.app !== undefined) o.app = values.app;
  if (values.config !== undefined) o.config = values.config;
  if (values.db !== undefined) o.db = values.db === 'none' ? null : values.db;
  if (values['db-wait-ms'] !== undefined)
    o.dbWaitMs = parsePositiveInt('--db-wait-ms', values['db-wait-ms'], RANGES.waitMs);
  if (values['database-optional']) o.databaseOptional = true;
  if (values.url) o.urls = values.url;
  if (values['base-url'] !== undefined) o.baseUrl = values['base-url'];
  if (values.samples !== undefined) o.samples = parsePositiveInt('--samples', values.samples, RANGES.samples);
  if (values['assume-rows'] !== undefined)
    o.assumeRows = parsePositiveInt('--assume-rows', values['assume-rows'], RANGES.rows);
  if (values['stats-file'] !== undefined)
    o.statsFile = values['stats-file'] === 'none' ? null : values['stats-file'];
  if (values.baseline !== undefined) o.baseline = values.baseline === 'none' ? null : values.baseline;
  if (values['app-env-file'] !== undefined) o.envFile = values['app-env-file'];
  if (values['cache-dir'] !== undefined)
    o.cacheDir = values['cache-dir'] === 'none' || values['cache-dir'] === '' ? null : values['cache-dir'];
  if (values['no-cache']) o.cacheDir = null;
  if (values['fail-on'] !== undefined) o.failOn = parseFailOn('--fail-on', values['fail-on']);
  return { overrides: o, format, output: values.output ?? null, debug: values.debug === true };
}

export async function formatReport(
  report: AuditReport,
  format: Format,
  configFile: string | null = null,
): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('./report/json.js')).renderJson(report);
    case 'sarif': {
      const [{ loadRuleDocs, toSarif }, place, { RULES }] = await Promise.all([
        import('./report/sarif.js'),
        import('./report/sarif-place.js'),
        import('./rules/registry.js'),
      ]);
      // The same paths, help and links as the action's SARIF (report/sarif-place.ts).
      const docsDir = place.ruleDocsDir();
      const sarif = toSarif(report, RULES, {
        docs: docsDir ? await loadRuleDocs(docsDir) : {},
        docsBaseUrl: place.sarifDocsBaseUrl(),
        ...place.sarifPaths(report.app, configFile),
      });
      return `${JSON.stringify(sarif, null, 2)}\n`;
    }
    case 'markdown':
      return (await import('./report/markdown.js')).renderMarkdown(report);
    default:
      return (await import('./report/text.js')).renderTable(report);
  }
}

/** Writes the report where --output says (else standard output). */
async function writeReport(
  report: AuditReport,
  options: CliOptions,
  secrets: string[],
  configFile: string | null,
): Promise<void> {
  const text = redactSecrets(await formatReport(report, options.format, configFile), secrets);
  if (options.output) {
    writeFileSync(options.output, text);
    process.stderr.write(
      `perf-audit: report written to ${logLine(redactSecrets(options.output, secrets))}\n`,
    );
  } else {
    process.stdout.write(logBlock(text));
  }
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // Repository text reaches these lines: one message is one line and never a runner command.
  let secrets = environmentSecrets(env);
  const err = (line: string) => process.stderr.write(`${logLine(redactSecrets(line, secrets))}\n`);
  if (argv[0] === 'cleanup')
    return (await import('./lifecycle/cleanup-command.js')).cleanupCommand(argv.slice(1), env);
  if (argv[0] === 'stats') return (await import('./stats/command.js')).statsCommand(argv.slice(1), env);
  let options: CliOptions;
  let config;
  try {
    const parsed = parseCli(argv);
    if (parsed === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return EXIT.passed;
    }
    if (parsed === 'version') {
      process.stdout.write(`${VERSION}\n`);
      return EXIT.passed;
    }
    options = parsed;
    config = resolveConfig(options.overrides, env);
    const notAnApp = checkLaravelApp(config);
    if (notAnApp) throw new ConfigError(notAnApp);
    secrets = [...secrets, ...databaseSecrets(config.database.url)];
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError) {
      err(`perf-audit: ${e.message}`);
      if (e instanceof UsageError) err('Try perf-audit --help.');
      return EXIT.usage;
    }
    throw e;
  }

  let target = ' without a database (static verdicts)';
  if (config.database.url) {
    const { redactDbUrl } = await import('./database/connection.js');
    target = ` with MariaDB at ${redactDbUrl(config.database.url)}`;
  }
  err(`perf-audit ${VERSION}: auditing ${config.app}${target}`);
  const [
    { runAudit },
    { PhaseLog },
    { handleInterrupts, unlessInterrupted },
    { runCleanups },
    { incompleteReport },
  ] = await Promise.all([
    import('./audit.js'),
    import('./audit/phases.js'),
    import('./lifecycle/signals.js'),
    import('./lifecycle/cleanup.js'),
    import('./lifecycle/incomplete-report.js'),
  ]);
  const phases = new PhaseLog();
  const cfg = config;
  const opts = options;
  // A signal: everything registered is undone first, then the report says what ran and what was removed.
  const stopHandling = handleInterrupts(
    async (signal, cleaned, phase) => {
      const code = signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 129;
      const during = phase ? ` during ${phase}` : '';
      err(
        `perf-audit: interrupted by ${signal}${during}; cleaned up: ${cleaned.map((c) => `${c.label}${c.ok ? '' : ' (FAILED)'}`).join(', ') || 'nothing to clean'}`,
      );
      await writeReport(
        incompleteReport(cfg, phases, {
          reason: `interrupted by ${signal}${during}`,
          exitCode: code,
          signal,
          cleanup: cleaned,
        }),
        opts,
        secrets,
        cfg.configFile,
      );
    },
    () => phases.current,
  );
  let report: AuditReport;
  try {
    const color = useColor(process.stderr.isTTY === true, env);
    report = await runAudit(config, {
      log: (line) => err(`  ${line}`),
      warn: (message) => err(`perf-audit: warning: ${message}`),
      phases,
      // The note is escaped for the log first; only perf-audit's own colour codes are added after.
      progress: (e) =>
        process.stderr.write(
          `  ${progressLine({ ...e, ...(e.note ? { note: logLine(redactSecrets(e.note, secrets)) } : {}) }, color)}\n`,
        ),
    });
  } catch (e) {
    await unlessInterrupted();
    const message = e instanceof Error ? e.message : String(e);
    err(`perf-audit: the audit could not run: ${message}`);
    // One log line per stack line: err() keeps each message on one line.
    if (options.debug && e instanceof Error && e.stack) e.stack.split('\n').forEach((l) => err(l));
    // Whatever is still registered (nothing, normally) goes before the report says what was done.
    const cleaned = await runCleanups();
    stopHandling();
    await writeReport(
      incompleteReport(config, phases, {
        reason: message,
        exitCode: EXIT.failed,
        signal: null,
        cleanup: cleaned,
      }),
      options,
      secrets,
      config.configFile,
    ).catch((w: unknown) =>
      err(`perf-audit: could not write the report: ${w instanceof Error ? w.message : String(w)}`),
    );
    return EXIT.failed;
  }
  await unlessInterrupted();
  stopHandling();
  await writeReport(report, options, secrets, config.configFile);
  const s = report.summary;
  err(
    `perf-audit: ${s.blocked ? 'BLOCKED' : 'passed'}: ${s.critical} critical, ${s.warning} warnings, ${s.info} info` +
      ` (fail-on ${config.failOn}, ${certaintyVerdicts(s.verdicts === 'planner', report.certainty)})`,
  );
  return s.blocked ? EXIT.blocked : EXIT.passed;
}

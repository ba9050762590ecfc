/**
 * The action: inputs → audit → publish (JSON, SARIF, job summary, annotations, outputs) → PR comment → verdict.
 * Everything that cannot fail on the network is written first, so a GitHub outage or a read-only fork token
 * never loses the audit. `mode: comment-only` posts a saved report instead (the fork-safe workflow_run pair).
 */

import * as core from '@actions/core';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { runAudit } from './audit.js';
import { readActionConfig, readActionOptions, type ActionOptions } from './config/action-inputs.js';
import { checkLaravelApp } from './config/app-check.js';
import { ConfigError, type Config } from './config/model.js';
import { emitAnnotations, planAnnotations } from './report/annotations.js';
import type { AuditReport } from './report/audit-report.js';
import { pullRequestHead, upsertComment, type CommentOutcome, type CommentTarget } from './report/comment.js';
import { parseReport, renderJson } from './report/json.js';
import { renderMarkdown, sanitizeCommentKey } from './report/markdown.js';
import type { SourceBase } from './report/markdown-parts.js';
import { loadRuleDocs, toSarif } from './report/sarif.js';
import { sarifDocsBaseUrl, sarifPaths } from './report/sarif-place.js';
import { renderFailureSummary, renderSummary, writeJobSummary } from './report/summary.js';
import { logLine } from './report/log-line.js';
import { progressLine, useColor } from './report/progress.js';
import { environmentSecrets, redactSecrets } from './report/redact.js';
import { RULES } from './rules/registry.js';
import { PhaseLog } from './audit/phases.js';
import { runCleanups } from './lifecycle/cleanup.js';
import { incompleteReport } from './lifecycle/incomplete-report.js';
import { handleInterrupts, unlessInterrupted } from './lifecycle/signals.js';
import type { IncompleteRun } from './report/audit-report.js';

/** Exit codes, as the command's: 1 blocked, 2 bad configuration, 3 the audit could not run. */
const EXIT = { blocked: 1, config: 2, failed: 3 } as const;

interface GithubEnv {
  eventName: string;
  event: Record<string, unknown>;
  repository: { owner: string; repo: string } | null;
  workspace: string;
  serverUrl: string;
  runUrl: string | undefined;
}

async function githubEnv(): Promise<GithubEnv> {
  const env = process.env;
  let event: Record<string, unknown> = {};
  if (env['GITHUB_EVENT_PATH']) {
    try {
      event = JSON.parse(await readFile(env['GITHUB_EVENT_PATH'], 'utf8')) as Record<string, unknown>;
    } catch {
      event = {};
    }
  }
  const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  const serverUrl = env['GITHUB_SERVER_URL'] ?? 'https://github.com';
  const runUrl =
    env['GITHUB_REPOSITORY'] && env['GITHUB_RUN_ID']
      ? `${serverUrl}/${env['GITHUB_REPOSITORY']}/actions/runs/${env['GITHUB_RUN_ID']}`
      : undefined;
  return {
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    event,
    repository: owner && repo ? { owner, repo } : null,
    workspace: env['GITHUB_WORKSPACE'] ?? process.cwd(),
    serverUrl,
    runUrl,
  };
}

/** The pull request this run is about, when the event is one. */
function pullRequestOf(
  gh: GithubEnv,
): { number: number; baseSha: string | null; headSha: string | null } | null {
  if (gh.eventName !== 'pull_request' && gh.eventName !== 'pull_request_target') return null;
  const pr = gh.event['pull_request'] as
    { number?: number; base?: { sha?: string }; head?: { sha?: string } } | undefined;
  const number = pr?.number ?? (gh.event['number'] as number | undefined);
  if (typeof number !== 'number') return null;
  return { number, baseSha: pr?.base?.sha ?? null, headSha: pr?.head?.sha ?? null };
}

/**
 * `baseline: base` means the PR's base commit; on push and schedule events there is no base and everything is
 * audited as new.
 */
export function resolveBaseline(
  baseline: string | null,
  pr: { baseSha: string | null } | null,
): string | null {
  if (baseline !== 'base') return baseline;
  return pr?.baseSha ?? null;
}

/** Where the docs pages live for links: the action's own repository at the ref the workflow uses. */
function docsBaseUrl(gh: GithubEnv): string | undefined {
  const env = process.env;
  const repo = env['GITHUB_ACTION_REPOSITORY'] || env['GITHUB_REPOSITORY'];
  const ref = env['GITHUB_ACTION_REPOSITORY'] ? env['GITHUB_ACTION_REF'] : env['GITHUB_SHA'];
  return repo && ref ? `${gh.serverUrl}/${repo}/blob/${ref}/` : undefined;
}

/** The action's root (dist/index.js lives one level below it): docs/rules/ ships beside dist/. */
function actionRoot(): string {
  return dirname(dirname(resolve(process.argv[1] ?? '.')));
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/** Secrets that must never reach a file: the token and the database password. */
export function secretsOf(options: Partial<ActionOptions>): string[] {
  const secrets: string[] = [];
  if (options.githubToken) secrets.push(options.githubToken);
  const db = process.env['INPUT_DATABASE-URL'] ?? process.env['INPUT_DATABASE_URL'];
  if (db) {
    secrets.push(db);
    try {
      const password = decodeURIComponent(new URL(db).password);
      if (password) secrets.push(password, new URL(db).password);
    } catch {
      // An unparseable URL is masked whole above.
    }
  }
  secrets.push(...environmentSecrets());
  // Longest first, so a URL is masked whole before its password inside it.
  return [...new Set(secrets)].filter((s) => s.length >= 3).sort((a, b) => b.length - a.length);
}

/** Masks every secret, also markdown-escaped, HTML- and URL-encoded (see report/redact.ts). */
export function redact(text: string, secrets: string[]): string {
  return redactSecrets(text, secrets);
}

function errorText(err: unknown): string {
  if (err instanceof Error) return err.stack && process.env['RUNNER_DEBUG'] === '1' ? err.stack : err.message;
  return String(err);
}

/** The run could not reach a verdict: say so in the summary and fail with a clear message. */
async function failRun(title: string, err: unknown, code: number, secrets: string[]): Promise<void> {
  const detail = redact(errorText(err), secrets);
  try {
    await writeJobSummary(renderFailureSummary(title, detail));
  } catch (writeErr) {
    core.warning(`could not write the job summary: ${redact(errorText(writeErr), secrets)}`);
  }
  core.setFailed(`${title}: ${detail}`);
  process.exitCode = code;
}

function outputDir(key: string): string {
  const base = process.env['RUNNER_TEMP'] || tmpdir();
  const k = sanitizeCommentKey(key).replace(/[^A-Za-z0-9._-]/g, '-');
  return join(base, k === 'default' ? 'perf-audit' : `perf-audit-${k}`);
}

function setOutputs(report: AuditReport, paths: { json: string; sarif: string | null }): void {
  core.setOutput('critical', String(report.summary.critical));
  core.setOutput('warnings', String(report.summary.warning));
  core.setOutput('blocked', String(report.summary.blocked));
  core.setOutput('report-json', paths.json);
  core.setOutput('sarif', paths.sarif ?? '');
  const first = report.http[0]?.ttfbP50Ms;
  core.setOutput('ttfb-p50-ms', first === null || first === undefined ? '' : String(Math.round(first)));
}

function commentStatusLine(outcome: CommentOutcome): string {
  return outcome.ok ? `PR comment ${outcome.action}: ${outcome.url}` : outcome.message;
}

/** The Actions log shows no colours unless FORCE_COLOR asks for them. */
function colorInLog(): boolean {
  return useColor(false, process.env);
}

/** `{server}/{repo}/blob/{sha}` of the audited commit, for links to the exact line of every finding. */
function sourceBase(report: AuditReport, gh: GithubEnv): SourceBase | undefined {
  const ctx = report.context;
  if (!ctx?.repository || !ctx.sha) return undefined;
  return { blobUrl: `${gh.serverUrl}/${ctx.repository}/blob/${ctx.sha}`, appDir: ctx.appDir ?? '' };
}

async function postComment(
  options: ActionOptions,
  target: CommentTarget,
  report: AuditReport,
  gh: GithubEnv,
  secrets: string[],
): Promise<CommentOutcome> {
  const source = sourceBase(report, gh);
  const body = redact(
    renderMarkdown(report, {
      commentKey: options.commentKey,
      docsBaseUrl: docsBaseUrl(gh),
      summaryUrl: gh.runUrl,
      ...(source ? { source } : {}),
    }),
    secrets,
  );
  const outcome = await upsertComment({
    token: options.githubToken,
    target,
    body,
    key: options.commentKey,
    log: (line) => core.info(logLine(redact(line, secrets))),
  });
  if (outcome.ok) core.info(logLine(commentStatusLine(outcome)));
  return outcome;
}

/** The audit under way, for the report of a run that stops before its verdict. */
let running: { config: Config; phases: PhaseLog; key: string } | null = null;

/** report.json of a run that stopped (exit 3, a signal): why, the phases that ran, what was cleaned up. */
async function writeIncompleteReport(run: IncompleteRun, secrets: string[]): Promise<void> {
  if (!running) return;
  try {
    const dir = outputDir(running.key);
    await mkdir(dir, { recursive: true });
    const path = join(dir, 'report.json');
    const report = incompleteReport(running.config, running.phases, run);
    await writeFile(path, redact(renderJson(report), secrets), 'utf8');
    core.setOutput('report-json', path);
  } catch (err) {
    core.warning(`could not write the report: ${redact(errorText(err), secrets)}`);
  }
}

async function audit(options: ActionOptions, gh: GithubEnv, secrets: string[]): Promise<void> {
  let config: Config;
  try {
    config = readActionConfig();
    const notAnApp = checkLaravelApp(config);
    if (notAnApp) throw new ConfigError(notAnApp);
  } catch (err) {
    const title =
      err instanceof ConfigError ? 'perf-audit configuration error' : 'perf-audit could not read its inputs';
    return failRun(title, err, EXIT.config, secrets);
  }
  const pr = pullRequestOf(gh);
  config = { ...config, baseline: resolveBaseline(config.baseline, pr) };

  let report: AuditReport;
  const phases = new PhaseLog();
  running = { config, phases, key: options.commentKey };
  try {
    report = await runAudit(config, {
      http: true,
      log: (line) => core.info(logLine(redact(line, secrets))),
      warn: (message) => core.warning(redact(message, secrets)),
      phases,
      progress: (e) =>
        core.info(
          progressLine({ ...e, ...(e.note ? { note: logLine(redact(e.note, secrets)) } : {}) }, colorInLog()),
        ),
    });
  } catch (err) {
    await unlessInterrupted();
    const reason = err instanceof Error ? err.message : String(err);
    await writeIncompleteReport(
      { reason, exitCode: EXIT.failed, signal: null, cleanup: await runCleanups() },
      secrets,
    );
    return failRun('perf-audit could not run', err, EXIT.failed, secrets);
  }
  await unlessInterrupted();
  running = null;
  report.context = {
    repository: gh.repository ? `${gh.repository.owner}/${gh.repository.repo}` : null,
    pullRequest: pr?.number ?? null,
    sha: pr?.headSha ?? process.env['GITHUB_SHA'] ?? null,
    event: gh.eventName || null,
  };
  const appFolder = toPosix(relative(gh.workspace, config.app));
  if (!appFolder.startsWith('..')) report.context.appDir = appFolder;

  // 1. Files and summary: nothing here touches the network.
  const dir = outputDir(options.commentKey);
  await mkdir(dir, { recursive: true });
  const jsonPath = join(dir, 'report.json');
  await writeFile(jsonPath, redact(renderJson(report), secrets), 'utf8');
  const appDir = toPosix(relative(gh.workspace, config.app));
  let sarifPath: string | null = join(dir, 'results.sarif');
  try {
    const docs = await loadRuleDocs(join(actionRoot(), 'docs', 'rules'));
    // The same paths, help and links as the command's SARIF (report/sarif-place.ts).
    const sarif = toSarif(report, RULES, {
      docs,
      docsBaseUrl: sarifDocsBaseUrl(),
      ...sarifPaths(config.app, config.configFile, gh.workspace),
      category: options.commentKey,
    });
    await writeFile(sarifPath, redact(`${JSON.stringify(sarif, null, 2)}\n`, secrets), 'utf8');
  } catch (err) {
    core.warning(`could not write the SARIF file: ${redact(errorText(err), secrets)}`);
    sarifPath = null;
  }

  const annotations = planAnnotations(report.findings, appDir.startsWith('..') ? '' : appDir);
  const notes = annotations.omitted
    ? [
        `${annotations.omitted} more findings than GitHub shows as annotations in one step: they are all listed below.`,
      ]
    : [];
  try {
    const source = sourceBase(report, gh);
    await writeJobSummary(
      redact(
        renderSummary(report, { docsBaseUrl: docsBaseUrl(gh), notes, ...(source ? { source } : {}) }),
        secrets,
      ),
    );
  } catch (err) {
    core.warning(`could not write the job summary: ${redact(errorText(err), secrets)}`);
  }
  emitAnnotations({
    ...annotations,
    annotations: annotations.annotations.map((a) => ({
      ...a,
      title: redact(a.title, secrets),
      message: redact(a.message, secrets),
      ...(a.file ? { file: redact(a.file, secrets) } : {}),
    })),
  });
  setOutputs(report, { json: jsonPath, sarif: sarifPath });

  // 2. The PR comment: its failure is a warning, never a change of verdict.
  if (pr && options.comment && gh.repository) {
    if (!options.githubToken) {
      core.warning('No github-token: the PR comment is skipped (the audit is in the job summary).');
    } else {
      const outcome = await postComment(
        options,
        { ...gh.repository, issueNumber: pr.number },
        report,
        gh,
        secrets,
      );
      if (!outcome.ok) {
        core.warning(redact(outcome.message, secrets));
        await writeJobSummary(`\n> ⚠️ ${redact(outcome.message, secrets).replace(/[\r\n]+/g, ' ')}\n`).catch(
          () => undefined,
        );
      }
    }
  }

  // 3. The verdict.
  if (report.summary.blocked) {
    const n = report.summary.new;
    const counts = n
      ? `${n.critical} new critical, ${n.warning} new warnings`
      : `${report.summary.critical} critical`;
    core.setFailed(`perf-audit: blocked (${counts}; fail-on ${report.summary.failOn}). See the job summary.`);
    process.exitCode = EXIT.blocked;
  } else {
    core.info(
      `perf-audit: passed (${report.summary.critical} critical, ${report.summary.warning} warnings in total).`,
    );
  }
}

/**
 * Posts a saved report (from the audit workflow's artifact) on its pull request. The report may come from a
 * fork: it is validated, all its text is escaped when rendered, and on workflow_run events the pull
 * request's head must be the commit that was audited.
 */
async function commentOnly(options: ActionOptions, gh: GithubEnv, secrets: string[]): Promise<void> {
  if (!options.reportPath)
    return failRun(
      'perf-audit comment-only mode',
      new Error('report-path is required'),
      EXIT.config,
      secrets,
    );
  let report: AuditReport;
  try {
    const path = resolve(gh.workspace, options.reportPath);
    report = parseReport(await readFile(path, 'utf8'), options.reportPath);
  } catch (err) {
    return failRun('perf-audit could not read the saved report', err, EXIT.failed, secrets);
  }
  await writeJobSummary(redact(renderSummary(report, { docsBaseUrl: docsBaseUrl(gh) }), secrets)).catch(
    (err) => core.warning(`could not write the job summary: ${errorText(err)}`),
  );
  setOutputs(report, { json: resolve(gh.workspace, options.reportPath), sarif: null });

  const input = core.getInput('pr-number');
  const number = input ? Number(input) : report.context?.pullRequest;
  if (!gh.repository)
    return failRun(
      'perf-audit comment-only mode',
      new Error('GITHUB_REPOSITORY is not set'),
      EXIT.config,
      secrets,
    );
  if (!number || !Number.isInteger(number) || number <= 0) {
    return failRun(
      'perf-audit comment-only mode',
      new Error('the report names no pull request: pass pr-number'),
      EXIT.config,
      secrets,
    );
  }
  const repoName = `${gh.repository.owner}/${gh.repository.repo}`;
  if (report.context?.repository && report.context.repository !== repoName) {
    return failRun(
      'perf-audit comment-only mode',
      new Error(`the report was made for ${report.context.repository}, not ${repoName}`),
      EXIT.failed,
      secrets,
    );
  }
  if (!options.githubToken)
    return failRun(
      'perf-audit comment-only mode',
      new Error('github-token is required'),
      EXIT.config,
      secrets,
    );
  const target = { ...gh.repository, issueNumber: number };

  const run = gh.event['workflow_run'] as { head_sha?: string } | undefined;
  if (run?.head_sha) {
    try {
      const head = await pullRequestHead(options.githubToken, target);
      if (head !== run.head_sha) {
        core.notice(
          `Pull request #${number} has moved on (head ${head.slice(0, 7)}, audited ${run.head_sha.slice(0, 7)}): not posting an outdated audit.`,
        );
        return;
      }
    } catch (err) {
      return failRun(`perf-audit could not check pull request #${number}`, err, EXIT.failed, secrets);
    }
  }
  const outcome = await postComment(options, target, report, gh, secrets);
  if (!outcome.ok)
    return failRun('perf-audit could not post the comment', new Error(outcome.message), EXIT.failed, secrets);
}

export async function run(): Promise<void> {
  let options: ActionOptions;
  try {
    options = readActionOptions();
  } catch (err) {
    return failRun('perf-audit input error', err, EXIT.config, secretsOf({}));
  }
  const secrets = secretsOf(options);
  for (const secret of secrets) core.setSecret(secret);
  // A cancelled job: what the run created is removed first (cleanup registry), then the summary says so.
  handleInterrupts(
    async (signal, cleaned, during) => {
      const code = signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 129;
      const reason = `interrupted by ${signal}${during ? ` during ${during}` : ''}`;
      await writeIncompleteReport({ reason, exitCode: code, signal, cleanup: cleaned }, secrets);
      await failRun(
        `perf-audit interrupted by ${signal}`,
        new Error(
          `cleaned up: ${cleaned.map((c) => c.label + (c.ok ? '' : ' (FAILED)')).join(', ') || 'nothing'}`,
        ),
        code,
        secrets,
      );
    },
    () => running?.phases.current ?? null,
  );
  const gh = await githubEnv();
  try {
    if (options.mode === 'comment-only') await commentOnly(options, gh, secrets);
    else await audit(options, gh, secrets);
  } catch (err) {
    await failRun('perf-audit failed unexpectedly', err, EXIT.failed, secrets);
  }
}

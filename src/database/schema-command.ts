/**
 * The `command` schema source: the app's own command (e.g. `php artisan migrate --force`) builds the schema
 * in the scratch database. It is repository code, so it runs as the per-run account, with an environment
 * stripped of the GitHub token, the action's inputs and other secrets, under a time limit, and in its own
 * process group, which is killed on timeout and when perf-audit exits.
 */

import { spawn } from 'node:child_process';
import { registerCleanup } from '../lifecycle/cleanup.js';
import type { DbUrl } from './connection.js';

/** Default limit for the schema command. */
export const COMMAND_TIMEOUT_MS = 300_000;

/** Grace between SIGTERM and SIGKILL when the limit is reached. */
const KILL_GRACE_MS = 2_000;

/** Output kept for the report (the tail, where the error is). */
const OUTPUT_LIMIT = 64 * 1024;

/** Variables never passed on: the runner's tokens and inputs, database URLs, and anything named like a secret. */
const DROPPED = [
  /^INPUT_/i,
  /^ACTIONS_/i,
  /^GITHUB_TOKEN$/i,
  /^GH_TOKEN$/i,
  // The runner's command files: writing them would set the job's env, outputs, PATH or summary.
  /^GITHUB_(ENV|OUTPUT|PATH|STATE|STEP_SUMMARY)$/i,
  /^PERF_AUDIT_/i,
  /^(DB_URL|DATABASE_URL|MYSQL_PWD|MYSQL_HOST|MYSQL_TCP_PORT|MARIADB_PASSWORD|MYSQL_PASSWORD)$/i,
  /(TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE_KEY|CREDENTIAL|API_KEY|ACCESS_KEY)/i,
];

/**
 * The command's environment: the parent's minus DROPPED and minus any variable holding a secret's value,
 * plus the scratch database as the run account (DB_PASSWORD is that account's, never the given one's).
 */
export function commandEnv(
  parent: NodeJS.ProcessEnv,
  run: DbUrl,
  database: string,
  connection: string,
  secrets: string[],
): NodeJS.ProcessEnv {
  const values = [
    ...secrets,
    parent.GITHUB_TOKEN ?? '',
    parent['INPUT_GITHUB-TOKEN'] ?? '',
    parent.GH_TOKEN ?? '',
  ].filter((v) => v.length >= 4);
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(parent)) {
    if (v === undefined || DROPPED.some((re) => re.test(k))) continue;
    if (values.some((s) => v.includes(s))) continue;
    env[k] = v;
  }
  return {
    ...env,
    DB_CONNECTION: parent.DB_CONNECTION === 'mariadb' ? 'mariadb' : connection,
    DB_HOST: run.host,
    DB_PORT: String(run.port),
    DB_DATABASE: database,
    DB_USERNAME: run.user,
    DB_PASSWORD: run.password,
  };
}

export interface CommandResult {
  code: number | null;
  output: string;
  timedOut: boolean;
  ms: number;
}

/** Kills the whole group (the shell and everything it started). */
function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** Runs `command` through the shell in its own process group, bounded by `timeoutMs`. */
export function runCommand(
  command: string,
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<CommandResult> {
  // Node's timers overflow above 2^31-1 ms (and then fire at once).
  const timeoutMs = Math.min(options.timeoutMs ?? COMMAND_TIMEOUT_MS, 2_147_483_647);
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(command, {
      cwd: options.cwd,
      env: options.env,
      shell: true,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const keep = (d: Buffer) => {
      out += d.toString();
      if (out.length > OUTPUT_LIMIT * 2) out = out.slice(-OUTPUT_LIMIT);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const pid = child.pid;
    const onExit = () => pid && killGroup(pid, 'SIGKILL');
    process.on('exit', onExit);
    const unregister = registerCleanup('schema command', onExit);
    let timedOut = false;
    let hard: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      if (!pid) return;
      killGroup(pid, 'SIGTERM');
      hard = setTimeout(() => killGroup(pid, 'SIGKILL'), KILL_GRACE_MS);
    }, timeoutMs);
    const finish = (code: number | null, extra = '') => {
      clearTimeout(timer);
      if (hard) clearTimeout(hard);
      // Whatever the shell left running in its group goes with it.
      if (pid) killGroup(pid, 'SIGKILL');
      process.removeListener('exit', onExit);
      unregister();
      const text = `${out}${extra}`;
      done({
        code,
        output: text.length > OUTPUT_LIMIT ? `…${text.slice(-OUTPUT_LIMIT)}` : text,
        timedOut,
        ms: Date.now() - started,
      });
    };
    // The shell is done: anything it left in its group (holding the pipes open) is killed now.
    child.on('exit', () => pid && killGroup(pid, 'SIGKILL'));
    child.on('error', (err) => finish(-1, err.message));
    child.on('close', (c) => finish(c));
  });
}

/**
 * The `command` schema source is repository code: it runs as the per-run account, with no token, input or
 * given password in its environment, under a time limit, in its own process group that is killed on timeout
 * and when perf-audit exits.
 */

import { jest } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { defaultConfig } from '../../src/config/defaults.js';
import { createScratchDatabase, parseDbUrl } from '../../src/database/connection.js';
import { runSchemaPhase } from '../../src/database/schema-phase.js';
import { readAppFiles } from '../../src/project/files.js';

jest.setTimeout(30_000);

const url = parseDbUrl(process.env.PERF_AUDIT_TEST_DB ?? 'mysql://root@127.0.0.1:3306');
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'cf-command-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

async function schemaWithCommand(command: string, timeoutMs?: number) {
  const app = join(tmp, `app-${Math.random().toString(16).slice(2)}`);
  mkdirSync(app, { recursive: true });
  writeFileSync(join(app, 'README.md'), 'x');
  const config = defaultConfig(app);
  config.database.schema = 'command';
  config.database.command = command;
  if (timeoutMs !== undefined) config.database.commandTimeoutMs = timeoutMs;
  const files = await readAppFiles(app);
  const db = await createScratchDatabase(url);
  try {
    const started = Date.now();
    const r = await runSchemaPhase(db, { config, app: files, parsed: [] });
    return { r, db, app, ms: Date.now() - started };
  } finally {
    await db.drop();
  }
}

/** A command that builds no table fails the phase (fail closed): its message says how the command ended. */
async function failedSchemaCommand(command: string, timeoutMs?: number) {
  const started = Date.now();
  try {
    await schemaWithCommand(command, timeoutMs);
  } catch (err) {
    return { message: (err as Error).message, ms: Date.now() - started };
  }
  throw new Error('the schema phase passed on a command that built no table');
}

describe('schema command environment', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  });

  it('has no token, INPUT_*, ACTIONS_* or database URL; DB_* are the run account, which can build the schema', async () => {
    process.env.GITHUB_TOKEN = 'ghs_cfTokenValue123';
    process.env['INPUT_GITHUB-TOKEN'] = 'ghs_cfTokenValue123';
    process.env.INPUT_DATABASE_URL = 'mysql://root:given-pw@127.0.0.1';
    process.env.ACTIONS_RUNTIME_TOKEN = 'runtime-token-cf';
    process.env.PERF_AUDIT_DB_URL = 'mysql://root:given-pw@127.0.0.1';
    process.env.CF_HARMLESS = 'kept';
    const out = join(tmp, 'env.txt');
    const { r, db } = await schemaWithCommand(
      `env > ${out}; MYSQL_PWD="$DB_PASSWORD" mariadb -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USERNAME" "$DB_DATABASE" -e "CREATE TABLE built (id int primary key)"`,
    );
    const env = Object.fromEntries(
      readFileSync(out, 'utf8')
        .split('\n')
        .filter((l) => l.includes('='))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    const text = readFileSync(out, 'utf8');
    expect(text).not.toContain('ghs_cfTokenValue123');
    expect(text).not.toContain('runtime-token-cf');
    expect(text).not.toContain('given-pw');
    expect(Object.keys(env).filter((k) => /^(INPUT_|ACTIONS_|GITHUB_TOKEN|PERF_AUDIT_)/.test(k))).toEqual([]);
    expect(env.CF_HARMLESS).toBe('kept');
    expect(env.DB_USERNAME).toBe(db.account.user);
    expect(env.DB_USERNAME).not.toBe(url.user);
    expect(env.DB_PASSWORD).toBe(db.account.url.password);
    expect(env.DB_DATABASE).toBe(db.name);
    expect(r.problems).toEqual([]);
    expect(r.schema.tables.map((t) => t.name)).toEqual(['built']);
  });
});

describe('schema command limits', () => {
  it('stops the command and everything it started at the time limit', async () => {
    const pidFile = join(tmp, 'bg.pid');
    const { message, ms } = await failedSchemaCommand(`sleep 300 & echo $! > ${pidFile}; sleep 300`, 1000);
    expect(ms).toBeLessThan(8000);
    expect(message).toMatch(/stopped after \d+ ms \(time limit\)/);
    const bg = Number(readFileSync(pidFile, 'utf8').trim());
    expect(await waitFor(() => !alive(bg), 3000)).toBe(true);
  });

  it('kills what a finished command left running in its group', async () => {
    const pidFile = join(tmp, 'left.pid');
    const { message } = await failedSchemaCommand(`(sleep 300 &) ; sleep 300 & echo $! > ${pidFile}; exit 0`);
    expect(message).toMatch(/exited with 0\)/);
    const bg = Number(readFileSync(pidFile, 'utf8').trim());
    expect(await waitFor(() => !alive(bg), 3000)).toBe(true);
  });
});

/** schema-command.ts and the cleanup registry as plain ES modules, for a separate Node process. */
function emitModules(dir: string): string {
  const emit = (src: string, dest: string) => {
    const out = ts.transpileModule(readFileSync(src, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    mkdirSync(join(dest, '..'), { recursive: true });
    writeFileSync(dest, out.outputText);
  };
  emit('src/database/schema-command.ts', join(dir, 'database', 'schema-command.js'));
  emit('src/lifecycle/cleanup.ts', join(dir, 'lifecycle', 'cleanup.js'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  return join(dir, 'database', 'schema-command.js');
}

describe('when perf-audit exits while the command runs', () => {
  it.each([
    ['exits', 'process.exit(3)'],
    ['is stopped by SIGTERM (cleanup handler)', "process.kill(process.pid, 'SIGTERM')"],
  ])('kills the command group when perf-audit %s', async (_label, how) => {
    const dir = join(tmp, `mods-${Math.random().toString(16).slice(2)}`);
    const mod = emitModules(dir);
    const pidFile = join(dir, 'bg.pid');
    const script = join(dir, 'parent.mjs');
    writeFileSync(
      script,
      `import { runCommand } from ${JSON.stringify(mod)};
import { runCleanups } from ${JSON.stringify(join(dir, 'lifecycle', 'cleanup.js'))};
process.on('SIGTERM', () => { void runCleanups().then(() => process.exit(143)); });
void runCommand('sleep 300 & echo $! > ${pidFile}; wait', { cwd: ${JSON.stringify(dir)}, env: { PATH: process.env.PATH } });
const t = setInterval(async () => {
  const fs = await import('node:fs');
  if (fs.existsSync(${JSON.stringify(pidFile)}) && fs.readFileSync(${JSON.stringify(pidFile)}, 'utf8').trim()) { clearInterval(t); ${how}; }
}, 20);
`,
    );
    const code = await new Promise<number | null>((done) => {
      const child = spawn(process.execPath, [script], { stdio: 'ignore' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.on('exit', (c) => {
        clearTimeout(timer);
        done(c);
      });
    });
    expect([3, 143]).toContain(code);
    expect(existsSync(pidFile)).toBe(true);
    const bg = Number(readFileSync(pidFile, 'utf8').trim());
    expect(await waitFor(() => !alive(bg), 3000)).toBe(true);
  });
});

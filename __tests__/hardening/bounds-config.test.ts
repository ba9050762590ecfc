/**
 * Numbers in range, regular files only, the app's env file under its own flag, baseline refs that cannot be
 * options: each refused up front with a message that names the setting, before anything waits or runs.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCli } from '../../src/cli.js';
import { ConfigError } from '../../src/config/model.js';
import { MAX_TIMER_MS } from '../../src/config/ranges.js';
import { readRegularFile } from '../../src/config/regular-file.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { timedRequest } from '../../src/http/ttfb.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bounds-config-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function withConfig(yaml: string) {
  writeFileSync(join(dir, '.perf-audit.yml'), yaml);
  return () => resolveConfig({ app: dir }, {});
}

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError || (e instanceof Error && e.name !== 'Error')) return e.message;
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

describe('numbers are validated against their ranges', () => {
  it.each([
    ['http:\n  samples: 1e20\n', /http\.samples: expected a whole number from 1 to 1000/],
    ['http:\n  load:\n    seconds: 100000\n', /http\.load\.seconds: expected a whole number from 1 to 600/],
    [
      'http:\n  load:\n    users: [10, 1000000]\n',
      /http\.load\.users\.1: expected a whole number from 1 to 1000/,
    ],
    [`http:\n  timeout-ms: ${2 ** 31}\n`, /http\.timeout-ms: expected a whole number from 1 to 2147483647/],
    [
      `http:\n  readiness-timeout-ms: ${2 ** 32}\n`,
      /readiness-timeout-ms: expected a whole number from 0 to 2147483647/,
    ],
    [`http:\n  ttfb:\n    fail-ms: ${2 ** 31}\n`, /ttfb\.fail-ms: expected a whole number/],
    [
      `database:\n  command-timeout-ms: ${2 ** 31}\n`,
      /database\.command-timeout-ms: expected a whole number from 1 to 2147483647/,
    ],
    ['database:\n  command-timeout-ms: 0\n', /database\.command-timeout-ms: expected a whole number from 1/],
    [
      `database:\n  query-timeout-ms: 1e12\n`,
      /database\.query-timeout-ms: expected a whole number from 1 to 2147483647/,
    ],
    [
      `database:\n  deadline-ms: ${2 ** 31}\n`,
      /database\.deadline-ms: expected a whole number from 1 to 2147483647/,
    ],
    [
      'database:\n  assume-rows: 1e19\n',
      /database\.assume-rows: expected a whole number from 1 to 9007199254740991/,
    ],
    ['database:\n  tables:\n    users: 1e300\n', /database\.tables\.users: expected a whole number/],
    ['servers: 1e9\n', /servers: expected a whole number from 1 to 10000/],
    ['target-concurrency: 1e9\n', /target-concurrency: expected a whole number from 1 to 100000/],
  ])('%j is refused', (yaml, expected) => {
    expect(message(withConfig(yaml))).toMatch(expected);
  });

  it('values at the edges are accepted and kept', () => {
    const config = withConfig(
      `http:\n  timeout-ms: ${MAX_TIMER_MS}\n  samples: 1000\n  load:\n    seconds: 600\n` +
        `database:\n  command-timeout-ms: 60000\n  query-timeout-ms: 2500\n  assume-rows: ${Number.MAX_SAFE_INTEGER}\n`,
    )();
    expect(config.http.timeoutMs).toBe(MAX_TIMER_MS);
    expect(config.http.load?.seconds).toBe(600);
    expect(config.database.commandTimeoutMs).toBe(60000);
    expect(config.database.queryTimeoutMs).toBe(2500);
    expect(config.database.assumeRows).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('defaults bound the schema command and every statement', () => {
    const config = resolveConfig({ app: dir }, {});
    expect(config.database.commandTimeoutMs).toBe(600_000);
    expect(config.database.queryTimeoutMs).toBe(300_000);
    expect(config.database.deadlineMs).toBeUndefined(); // 30 minutes, applied by the audit
  });

  it.each([
    [['--samples', '1e20'], /--samples must be a whole number from 1 to 1000/],
    [['--samples', '100000000000000000000'], /--samples must be a whole number from 1 to 1000/],
    [['--db-wait-ms', String(2 ** 31)], /--db-wait-ms must be a whole number from 0 to 2147483647/],
    [
      ['--assume-rows', '99999999999999999999'],
      /--assume-rows must be a whole number from 1 to 9007199254740991/,
    ],
  ])('the command refuses %j', (args, expected) => {
    expect(message(() => parseCli(args))).toMatch(expected);
  });

  it('a timeout at the largest accepted value does not fire early (no false PA302)', async () => {
    const server: Server = createServer((_req, res) => res.end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const r = await timedRequest(url, { timeoutMs: MAX_TIMER_MS });
      expect(r.error).toBeNull();
      expect(r.status).toBe(200);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('non-regular files are refused', () => {
  function fifo(name: string): string {
    const path = join(dir, name);
    expect(spawnSync('mkfifo', [path]).status).toBe(0);
    return path;
  }

  it('a FIFO given as the config file: refused at once, not waited on', () => {
    const path = fifo('config.yml');
    const started = Date.now();
    expect(message(() => resolveConfig({ app: dir, config: path }, {}))).toMatch(
      /config file .*config\.yml is a FIFO \(named pipe\), not a regular file: refused/,
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a FIFO as the app’s .perf-audit.yml: same', () => {
    fifo('.perf-audit.yml');
    expect(message(() => resolveConfig({ app: dir }, {}))).toMatch(/is a FIFO \(named pipe\)/);
  });

  it('a device (/dev/zero) or a folder as the config file', () => {
    expect(message(() => resolveConfig({ app: dir, config: '/dev/zero' }, {}))).toMatch(
      /\/dev\/zero is a character device, not a regular file: refused/,
    );
    expect(message(() => resolveConfig({ app: dir, config: dir }, {}))).toMatch(/is a folder/);
  });

  it('the reader used for dumps refuses a FIFO and /dev/zero without blocking', async () => {
    const path = fifo('schema.sql');
    await expect(readRegularFile(path, 'schema file')).rejects.toThrow(/is a FIFO/);
    await expect(readRegularFile('/dev/zero', 'schema file')).rejects.toThrow(/character device/);
    writeFileSync(join(dir, 'ok.sql'), 'SELECT 1;');
    await expect(readRegularFile(join(dir, 'ok.sql'), 'schema file')).resolves.toBe('SELECT 1;');
  });
});

describe('the app env file never reaches Node', () => {
  it('--app-env-file sets the app env file', () => {
    const parsed = parseCli(['--app-env-file', '.env.production']);
    expect(parsed).toMatchObject({ overrides: { envFile: '.env.production' } });
  });

  it.each([[['--env-file', '.env.production']], [['--env-file=.env.production']]])(
    'the old spelling %j is a usage error that names the new flag',
    (args) => {
      expect(message(() => parseCli(args))).toMatch(
        /--env-file is now --app-env-file: Node reads --env-file itself/,
      );
    },
  );
});

describe('baseline refs cannot be options', () => {
  it.each(['--upload-pack=touch /tmp/x', '-c', 'main..evil', 'a b', 'x\n--upload-pack=y'])(
    'baseline %j is refused in the config',
    (ref) => {
      expect(message(withConfig(`baseline: ${JSON.stringify(ref)}\n`))).toMatch(/baseline: /);
    },
  );

  it.each(['main', 'origin/main', 'v1.2.3', 'HEAD~1', 'a'.repeat(40), 'base', 'release/2024.1'])(
    'baseline %j is accepted',
    (ref) => {
      expect(withConfig(`baseline: ${JSON.stringify(ref)}\n`)().baseline).toBe(ref);
    },
  );
});

/**
 * The bundled command and action as users run them (dist/, `npm run bundle` first): hostile input reaches
 * them through flags, config keys, file names and a database that refuses connections; each run ends within
 * a ceiling set here, with exit status and message, and proves that its sentinel (a file the attack would
 * write, the other comment, the token) is untouched.
 */

import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { mergeBase } from '../../src/gate/baseline.js';
import { commentMarker } from '../../src/report/markdown.js';
import { FakeGitHub } from '../action/github-api.js';
import { pullRequestEvent, runAction } from '../action/run-action.js';
import { EXAMPLE_APP, runCli, type CliRun } from '../cli/helpers.js';
import { createSentinel } from './sentinel.js';
import { TcpProxy } from './tcp-proxy.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bounds-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function timed(args: string[], ceilingMs: number, env: Record<string, string> = {}): Promise<CliRun> {
  const started = Date.now();
  const run = await runCli(args, env);
  expect(Date.now() - started).toBeLessThan(ceilingMs);
  return run;
}

/** No line of the output can start a runner command, whitespace first or not. */
function expectNoCommands(text: string): void {
  for (const line of text.split(/\r\n|\r|\n/)) expect(line.trimStart()).not.toMatch(/^(::|##\[)/);
}

function smallApp(): string {
  const app = join(dir, 'app');
  cpSync(resolve('__tests__/fixtures/gate/shop-app'), app, { recursive: true });
  return app;
}

function mkfifo(path: string): void {
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
}

describe('numbers and files', () => {
  it('--samples 1e20 is a usage error at once', async () => {
    const run = await timed(['--app', smallApp(), '--samples', '1e20', '--db', 'none'], 10_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--samples must be a whole number from 1 to 1000/);
  });

  it('http.load.seconds: 100000 in the config is a configuration error', async () => {
    const app = smallApp();
    writeFileSync(join(app, '.perf-audit.yml'), 'http:\n  load:\n    seconds: 100000\n');
    const run = await timed(['--app', app, '--db', 'none'], 10_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/http\.load\.seconds: expected a whole number from 1 to 600/);
  });

  it('a FIFO as the config file: refused, the command does not wait on it', async () => {
    const app = smallApp();
    mkfifo(join(app, '.perf-audit.yml'));
    const run = await timed(['--app', app, '--db', 'none'], 10_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is a FIFO \(named pipe\), not a regular file: refused/);
  });

  it.each([
    ['a FIFO', 'fifo'],
    ['/dev/zero', '/dev/zero'],
  ])(
    '%s as the schema dump: refused by name, and the run fails closed with a report',
    async (_label, kind) => {
      const sentinel = await createSentinel();
      const proxy = await new TcpProxy().start();
      try {
        const app = smallApp();
        const dump = kind === 'fifo' ? join(app, 'schema.sql') : kind;
        if (kind === 'fifo') mkfifo(dump);
        writeFileSync(join(app, '.perf-audit.yml'), `database:\n  schema: dump\n  dump: ${dump}\n`);
        const out = join(dir, 'r.json');
        const run = await timed(
          ['--app', app, '--db', proxy.url, '--format', 'json', '--output', out],
          30_000,
        );
        // A configured dump that yields no table is broken input: exit 3, never a pass.
        expect(run.code).toBe(3);
        const report = JSON.parse(readFileSync(out, 'utf8')) as { incomplete?: { reason: string } };
        expect(report.incomplete?.reason).toMatch(
          /cannot read the schema dump: .*not a regular file: refused/,
        );
        await sentinel.check();
      } finally {
        await proxy.stop();
        await sentinel.drop(proxy.databases);
      }
    },
    40_000,
  );
});

describe('--env-file', () => {
  function hostileEnvFile(): { file: string; pwned: string } {
    const pwned = join(dir, 'PWNED');
    const hook = join(dir, 'hook.cjs');
    writeFileSync(hook, `require('fs').writeFileSync(${JSON.stringify(pwned)}, 'ran');\n`);
    const file = join(dir, 'app.env');
    writeFileSync(file, `NODE_OPTIONS=--require ${hook}\nAPP_ENV=production\n`);
    return { file, pwned };
  }

  it('--app-env-file is read as the app’s env file and never by Node', async () => {
    const { file, pwned } = hostileEnvFile();
    const run = await timed(['--app', smallApp(), '--db', 'none', '--app-env-file', file], 20_000);
    expect([0, 1]).toContain(run.code);
    expect(existsSync(pwned)).toBe(false);
  });

  it('the old spelling is refused with the new name', async () => {
    const harmless = join(dir, 'plain.env');
    writeFileSync(harmless, 'APP_ENV=production\n');
    const run = await timed(['--app', smallApp(), '--db', 'none', '--env-file', harmless], 10_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--env-file is now --app-env-file/);
  });
});

describe('git refs', () => {
  function repo(): string {
    const app = smallApp();
    const git = (...args: string[]) =>
      expect(
        spawnSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd: app }).status,
      ).toBe(0);
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'base');
    return app;
  }

  it('baseline "--upload-pack=…" is refused and runs nothing', async () => {
    const app = repo();
    const pwned = join(dir, 'UPLOAD_PACK_RAN');
    const ref = `--upload-pack=touch ${pwned}`;
    const spaced = await timed(['--app', app, '--db', 'none', '--baseline', ref], 10_000);
    expect(spaced.code).toBe(2);
    const joined = await timed(['--app', app, '--db', 'none', `--baseline=${ref}`], 10_000);
    expect(joined.code).toBe(2);
    expect(joined.stderr).toMatch(/baseline: .* starts with "-"/);
    expect(existsSync(pwned)).toBe(false);
    // The git layer refuses it too, whoever calls it.
    await expect(mergeBase(app, ref)).rejects.toThrow(/baseline ref refused/);
    expect(existsSync(pwned)).toBe(false);
    // A ref that is not in the clone goes to `git fetch` after `--`: no option, no command.
    await expect(mergeBase(app, 'no-such-branch')).rejects.toThrow(/is not in this clone/);
  });
});

describe('the CI log', () => {
  it('a config key with a newline and ::stop-commands:: stays on one stderr line', async () => {
    const app = smallApp();
    writeFileSync(join(app, '.perf-audit.yml'), '"x\\n::stop-commands::pwned": 1\n');
    const run = await timed(['--app', app, '--db', 'none'], 10_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('x\\n::stop-commands::pwned');
    expectNoCommands(run.stderr);
  });

  it('a file name with a newline and ::stop-commands:: reaches neither stderr nor stdout as a command', async () => {
    const app = smallApp();
    const evil = join(app, 'app/Http/Controllers', 'Evil\n::stop-commands::pwned\n##[group]x.php');
    renameSync(join(app, 'app/Http/Controllers/CatalogController.php'), evil);
    const missing = join(dir, 'cfg\n::stop-commands::pwned2.yml');
    const bad = await timed(['--app', app, '--db', 'none', '--config', missing], 10_000);
    expect(bad.code).toBe(2);
    expectNoCommands(bad.stderr);
    for (const format of ['table', 'markdown', 'json']) {
      const run = await timed(['--app', app, '--db', 'none', '--format', format], 20_000);
      expect([0, 1]).toContain(run.code);
      expectNoCommands(run.stdout);
      expectNoCommands(run.stderr);
    }
  }, 60_000);
});

describe('"Too many connections"', () => {
  it('the command exits whatever connection is refused, and closes the others', async () => {
    const probe = await new TcpProxy().start();
    const out = join(dir, 'r.json');
    await timed(['--app', EXAMPLE_APP, '--db', probe.url, '--format', 'json', '--output', out], 30_000);
    const needed = probe.accepted;
    await probe.stop();
    const sentinel = await createSentinel();
    const created = new Set(probe.databases);
    try {
      for (let allow = 2; allow < needed; allow++) {
        const proxy = await new TcpProxy().start();
        proxy.allow = allow;
        try {
          rmSync(out, { force: true });
          const run = await timed(
            [
              '--app',
              EXAMPLE_APP,
              '--db',
              proxy.url,
              '--db-wait-ms',
              '500',
              '--format',
              'json',
              '--output',
              out,
            ],
            20_000,
          );
          // Refused before the scratch database exists the audit cannot run (exit 3, the reason given);
          // refused later, the phases degrade and the report is written. Either way the process exits.
          expect([0, 1, 3]).toContain(run.code);
          if (run.code === 3) expect(run.stderr).toMatch(/Too many connections/);
          else expect(existsSync(out)).toBe(true);
        } finally {
          await proxy.stop();
          for (const db of proxy.databases) created.add(db);
        }
      }
      await sentinel.check();
    } finally {
      await sentinel.drop(created);
    }
  }, 58_000);
});

describe('the action: token and markers', () => {
  const TOKEN = 'ghs_B0unds_T0ken_zz_9876';
  let api: FakeGitHub;
  beforeEach(async () => {
    api = await new FakeGitHub().start();
    api.addPull(12);
  });
  afterEach(() => api.stop());

  it('the token in repository text is masked in every output, escaped or not; other audits’ comments are untouched', async () => {
    const workspace = join(dir, 'ws');
    mkdirSync(workspace);
    const app = join(workspace, 'shop');
    cpSync(resolve('__tests__/fixtures/gate/shop-app'), app, { recursive: true });
    const controllers = join(app, 'app/Http/Controllers');
    // The file name carries the token and another audit's marker into the findings.
    renameSync(
      join(controllers, 'CatalogController.php'),
      join(controllers, `<!-- perf-audit:other -->${TOKEN}.php`),
    );
    const other = api.addComment(12, `${commentMarker('other')}\nanother audit`, {
      login: 'github-actions[bot]',
      type: 'Bot',
    });
    const run = await runAction({
      workspace,
      apiUrl: api.url,
      event: pullRequestEvent(12),
      inputs: { app: 'shop', baseline: 'none', 'github-token': TOKEN, comment: 'true' },
      timeoutMs: 60_000,
    });
    expect([0, 1]).toContain(run.code);
    const ours = api.ourComments(12, commentMarker('default'));
    expect(ours).toHaveLength(1);
    expect(api.comments.get(12)!.find((c) => c.id === other.id)!.body).toBe(
      `${commentMarker('other')}\nanother audit`,
    );
    const outputs = [
      ours[0]!.body,
      run.summary,
      (run.stdout + run.stderr)
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
      readFileSync(run.reportPath!, 'utf8'),
      run.sarifPath ? readFileSync(run.sarifPath, 'utf8') : '',
    ];
    // The file name reaches the comment as escaped text (a link label), never as another audit's marker.
    expect(outputs[0]).toContain('&lt;\\!\\-\\- perf\\-audit:other \\-\\-&gt;');
    expect(outputs[0]).not.toContain('<!-- perf-audit:other');
    for (const text of outputs) {
      for (const probe of ['B0unds', 'B0unds\\_T0ken', 'T0ken', '9876']) expect(text).not.toContain(probe);
    }
  }, 60_000);
});

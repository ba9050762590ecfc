import type { AppFiles } from '../../src/project/files.js';
import { detectLaravelVersion } from '../../src/project/laravel/settings/index.js';
import { isProductionEnvFile } from '../../src/rules/pa207-app-debug.js';
import { auditSettings, resolveApp } from './helpers.js';

const app = resolveApp;

const CACHE = `<?php
return [
    'default' => env('CACHE_DRIVER', 'file'),
    'stores' => [
        'db' => ['driver' => 'database', 'table' => 'cache'],
        'redis' => ['driver' => 'redis', 'connection' => 'cache'],
    ],
];
`;

describe('resolveSettings: precedence and sources', () => {
  it('takes the configured env file over .env over .env.example, with file and line', () => {
    const { settings } = app(
      {
        'config/cache.php': CACHE,
        '.env.example': 'CACHE_DRIVER=database\n',
        '.env': 'APP_ENV=local\nCACHE_DRIVER=file\n',
        '.env.staging': '\n\nCACHE_DRIVER=redis\n',
      },
      { envFile: '.env.staging', version: 10 },
    );
    expect(settings['cache.default']).toMatchObject({
      value: 'redis',
      location: { file: '.env.staging', line: 3 },
      source: '.env.staging: CACHE_DRIVER',
      envKey: 'CACHE_DRIVER',
    });
    expect(settings['cache.default'].definitions?.map((d) => `${d.location.file}:${d.value}`)).toEqual([
      '.env.staging:redis',
      '.env:file',
      '.env.example:database',
    ]);
  });

  it('uses .env.production before .env when no env file is configured', () => {
    const { settings } = app({
      'config/cache.php': CACHE,
      '.env': 'CACHE_DRIVER=file\n',
      '.env.production': 'CACHE_DRIVER=redis\n',
    });
    expect(settings['cache.default'].value).toBe('redis');
  });

  it('reads .env.prod when there is no .env.production, and reports a configured env file that is missing', () => {
    const prod = app({
      'config/cache.php': CACHE,
      '.env': 'CACHE_DRIVER=file\n',
      '.env.prod': 'CACHE_DRIVER=redis\n',
    });
    expect(prod.settings['cache.default'].location).toEqual({ file: '.env.prod', line: 1 });
    const missing = app(
      { 'config/cache.php': CACHE, '.env': 'CACHE_DRIVER=file\n' },
      { envFile: '.env.live' },
    );
    expect(missing.settings['cache.default'].location).toEqual({ file: '.env', line: 1 });
    expect(missing.problems).toEqual([
      expect.objectContaining({ location: { file: '.env.live', line: 1 }, construct: 'missing file' }),
    ]);
  });

  it('knows which env files are production ones (PA207)', () => {
    expect(isProductionEnvFile('.env.production', null, undefined)).toBe(true);
    expect(isProductionEnvFile('.env.prod', null, 'local')).toBe(true);
    expect(isProductionEnvFile('.env.live', '.env.live', undefined)).toBe(true);
    expect(isProductionEnvFile('.env', null, 'production')).toBe(true);
    expect(isProductionEnvFile('.env.example', null, 'local')).toBe(false);
    expect(isProductionEnvFile('.env', null, undefined)).toBe(false);
  });

  it('falls back to the config default, pointing at the env() call, and says no env file set it', () => {
    const { settings } = app({ 'config/cache.php': CACHE, '.env': 'APP_ENV=local\n' }, { version: 9 });
    expect(settings['cache.default']).toMatchObject({
      value: 'file',
      location: { file: 'config/cache.php', line: 3 },
      source: 'config/cache.php default (no env file sets CACHE_DRIVER)',
    });
  });

  it('follows nested env() defaults and reports the variable that decided', () => {
    const { settings } = app({
      'config/cache.php': `<?php\nreturn ['default' => env('CACHE_STORE', env('CACHE_DRIVER', 'database'))];\n`,
      '.env': 'CACHE_DRIVER=redis\n',
    });
    expect(settings['cache.default']).toMatchObject({
      value: 'redis',
      source: '.env: CACHE_DRIVER',
      envKey: 'CACHE_STORE',
    });
    expect(settings['cache.default'].note).toBeUndefined();
  });

  it('resolves the driver behind a custom store name', () => {
    const { settings } = app({ 'config/cache.php': CACHE, '.env': 'CACHE_DRIVER=db\n' }, { version: 10 });
    expect(settings['cache.default'].value).toBe('db');
    expect(settings['cache.stores.db.driver'].value).toBe('database');
  });

  it('reads literals and casts: (bool) env(), true, null', () => {
    const { settings } = app(
      {
        'config/app.php': `<?php\nreturn ['env' => 'production', 'debug' => (bool) env('APP_DEBUG', false)];\n`,
        'config/session.php': `<?php\nreturn ['driver' => 'redis', 'connection' => null];\n`,
      },
      { version: 10 },
    );
    expect(settings['app.env']).toMatchObject({ value: 'production', source: 'config/app.php (literal)' });
    expect(settings['app.env'].envKey).toBeUndefined();
    expect(settings['app.debug']).toMatchObject({ value: 'false', envKey: 'APP_DEBUG' });
    expect(settings['session.driver'].value).toBe('redis');
    expect(settings['session.connection'].value).toBeNull();
  });

  it('says when a value is computed at run time instead of guessing', () => {
    const { settings } = app(
      { 'config/cache.php': `<?php\nreturn ['default' => config('x') ?: 'file'];\n` },
      { version: 10 },
    );
    expect(settings['cache.default'].value).toBeNull();
    expect(settings['cache.default'].source).toMatch(/computed when the app runs/);
  });
});

describe('resolveSettings: Laravel versions', () => {
  it('detects the version from composer.lock first, then composer.json', () => {
    const lock = JSON.stringify({ packages: [{ name: 'laravel/framework', version: 'v10.48.4' }] });
    const files = (other: Record<string, string>): AppFiles => ({
      root: '/app',
      php: [],
      other: Object.entries(other).map(([path, text]) => ({ path, text })),
    });
    expect(
      detectLaravelVersion(
        files({ 'composer.lock': lock, 'composer.json': '{"require":{"laravel/framework":"^11.0"}}' }),
      ),
    ).toBe(10);
    expect(
      detectLaravelVersion(files({ 'composer.json': '{"require":{"laravel/framework":"^10.10|^11.0"}}' })),
    ).toBe(11);
    expect(
      detectLaravelVersion(files({ 'composer.json': '{"require":{"laravel/framework":"~5.8.0"}}' })),
    ).toBe(5);
    expect(detectLaravelVersion(files({ 'composer.json': '{"require":{"php":"^8.2"}}' }))).toBeNull();
  });

  it('Laravel 11 without config files: CACHE_STORE, database defaults', () => {
    const { settings } = app({}, { version: 11 });
    expect(settings['cache.default']).toMatchObject({
      value: 'database',
      envKey: 'CACHE_STORE',
      location: null,
    });
    expect(settings['cache.default'].source).toBe(
      'Laravel 11 default (config/cache.php absent) (the app has no env file)',
    );
    expect(settings['session.driver'].value).toBe('database');
    expect(settings['queue.default']).toMatchObject({ value: 'database', envKey: 'QUEUE_CONNECTION' });
  });

  it('Laravel 10 and 8 without config files: CACHE_DRIVER and the file/sync skeleton defaults', () => {
    for (const version of [8, 10]) {
      const { settings } = app({ '.env': 'CACHE_STORE=redis\n' }, { version });
      expect(settings['cache.default']).toMatchObject({ value: 'file', envKey: 'CACHE_DRIVER' });
      expect(settings['cache.default'].note).toBe(
        '.env:1 sets CACHE_STORE, but this app reads CACHE_DRIVER: that line has no effect.',
      );
      expect(settings['queue.default']).toMatchObject({ value: 'sync', envKey: 'QUEUE_CONNECTION' });
    }
  });

  it('Laravel 5 reads QUEUE_DRIVER', () => {
    const { settings } = app({ '.env': 'QUEUE_DRIVER=redis\n' }, { version: 5 });
    expect(settings['queue.default']).toMatchObject({ value: 'redis', envKey: 'QUEUE_DRIVER' });
  });

  it('an app without composer files but with a Laravel 11 bootstrap/app.php gets the 11 defaults', () => {
    const { settings } = app(
      {
        'bootstrap/app.php': `<?php\nreturn Illuminate\\Foundation\\Application::configure(basePath: dirname(__DIR__))->create();\n`,
      },
      { version: null },
    );
    expect(settings['laravel.version'].value).toBe('11');
    expect(settings['cache.default'].value).toBe('database');
  });
});

describe('resolveSettings on the fixture apps', () => {
  it('Laravel 8: the seed-like app, from .env.example, with lines', async () => {
    const { ctx } = await auditSettings('l8-seed-like');
    const s = ctx.project.settings;
    expect(ctx.project.laravelVersion).toBe(8);
    expect(s['cache.default']).toMatchObject({
      value: 'database',
      location: { file: '.env.example', line: 10 },
    });
    expect(s['session.driver']).toMatchObject({
      value: 'database',
      location: { file: '.env.example', line: 12 },
    });
    expect(s['queue.default']).toMatchObject({
      value: 'redis',
      location: { file: '.env.example', line: 11 },
    });
    expect(s['app.debug']).toMatchObject({ value: 'true', location: { file: '.env.production', line: 2 } });
    expect(s['app.env']).toMatchObject({
      value: 'production',
      location: { file: '.env.production', line: 1 },
    });
    expect(s['telescope.enabled']).toMatchObject({
      value: 'true',
      location: { file: 'config/telescope.php', line: 7 },
    });
    expect(s['fpm.pm.max_children']).toMatchObject({
      value: '20',
      location: { file: 'docker/php-fpm/www.conf', line: 7 },
    });
    expect(s['php.opcache.validate_timestamps']).toMatchObject({
      value: '1',
      location: { file: 'docker/php/opcache.ini', line: 6 },
    });
  });

  it('Laravel 10: .env.example says redis while config/cache.php defaults to database: the env file wins', async () => {
    const { ctx } = await auditSettings('l10-tuned');
    const s = ctx.project.settings;
    expect(ctx.project.laravelVersion).toBe(10);
    expect(s['cache.default']).toMatchObject({
      value: 'redis',
      source: '.env.example: CACHE_DRIVER',
      location: { file: '.env.example', line: 4 },
    });
    expect(s['session.driver'].value).toBe('redis');
    expect(s['queue.default'].value).toBe('redis');
    expect(s['schedule.telescope:prune']).toMatchObject({
      location: { file: 'app/Console/Kernel.php', line: 12 },
    });
    // The dev image's ini is not production: the deploy/ one decides.
    expect(s['php.opcache.validate_timestamps']).toMatchObject({
      value: '0',
      location: { file: 'deploy/php/conf.d/10-opcache.ini' },
    });
    expect(s['fpm.pool'].value).toBe('app');
    expect(s['fpm.pm.max_children'].value).toBe('40');
  });

  it('Laravel 11 slim app: no config file, no env file, prune scheduled by class in routes/console.php', async () => {
    const { ctx } = await auditSettings('l11-slim');
    const s = ctx.project.settings;
    expect(s['cache.default']).toMatchObject({ value: 'database', envKey: 'CACHE_STORE' });
    expect(s['schedule.telescope:prune']).toMatchObject({
      location: { file: 'routes/console.php', line: 6 },
    });
    expect(s['telescope.enabled'].value).toBe('true');
  });

  it('an unparseable config file: a problem with file and line, and every other setting still resolved', async () => {
    const { ctx } = await auditSettings('broken-config');
    const s = ctx.project.settings;
    expect(ctx.project.problems).toEqual([
      expect.objectContaining({ location: { file: 'config/cache.php', line: 6 }, construct: 'parse error' }),
    ]);
    expect(s['cache.default'].value).toBe('file');
    expect(s['cache.default'].note).toMatch(/config\/cache.php did not parse/);
    expect(s['session.driver']).toMatchObject({ value: 'database', location: { file: '.env', line: 1 } });
    expect(s['queue.default']).toMatchObject({ value: 'redis', location: { file: '.env', line: 2 } });
  });
});

/**
 * A Docker production setup decides the app's environment: a production compose file's app service
 * (`environment:`, `env_file:`), an env file a production Dockerfile copies to `.env`. Development setups
 * do not; every value names the file and line that decided it.
 */

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { defaultConfig } from '../../src/config/defaults.js';
import { readAppFiles } from '../../src/project/files.js';
import { loadProject } from '../../src/project/load.js';
import { decidedBy } from '../../src/project/laravel/settings/verdicts.js';
import { finalize } from '../../src/rules/finalize.js';
import { pa201 } from '../../src/rules/pa201-cache-store.js';
import { pa207 } from '../../src/rules/pa207-app-debug.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const CACHE = `<?php
return ['default' => env('CACHE_DRIVER', 'file'), 'stores' => ['file' => ['driver' => 'file'], 'database' => ['driver' => 'database'], 'redis' => ['driver' => 'redis']]];
`;

function app(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pa-docker-env-'));
  made.push(dir);
  const all = { artisan: '', 'config/cache.php': CACHE, '.env': 'CACHE_DRIVER=redis\n', ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function settings(dir: string, envFile: string | null = null) {
  const config = { ...defaultConfig(dir), envFile };
  const { project } = loadProject(await readAppFiles(dir), config);
  return { project, config, cache: project.settings['cache.default'] };
}

const PROD_COMPOSE = `services:
  app:
    build: .
    env_file:
      - .env.docker
      - docker/app.env
    environment:
      APP_ENV: production
      CACHE_DRIVER: database
  db:
    image: mariadb:11
    environment:
      MARIADB_ROOT_PASSWORD: secret
`;

describe('Docker production setups decide the environment', () => {
  it("a production compose file's app service wins over .env, and the finding names the file and line", async () => {
    const dir = app({ 'docker-compose.prod.yml': PROD_COMPOSE, '.env.docker': 'CACHE_DRIVER=file\n' });
    const { cache, project, config } = await settings(dir);
    expect(cache).toMatchObject({
      value: 'database',
      location: { file: 'docker-compose.prod.yml', line: 9 },
    });
    expect(decidedBy(cache)).toBe('set by docker-compose.prod.yml:9 (CACHE_DRIVER=database)');
    const ctx = { config, project, schema: project.schema, database: null, http: null };
    const [finding] = pa201.check(ctx).map((d) => finalize(pa201, d, config));
    expect(finding.message).toContain('set by docker-compose.prod.yml:9 (CACHE_DRIVER=database)');
  });

  it('env_file of the app service: a later file wins over an earlier one, environment: over both', async () => {
    const compose = PROD_COMPOSE.replace('      CACHE_DRIVER: database\n', '');
    const dir = app({
      'docker-compose.prod.yml': compose,
      '.env.docker': 'CACHE_DRIVER=file\nSESSION_DRIVER=database\n',
      'docker/app.env': 'CACHE_DRIVER=array\n',
    });
    const { cache, project } = await settings(dir);
    expect(cache).toMatchObject({ value: 'array', source: 'docker/app.env: CACHE_DRIVER' });
    expect(project.settings['session.driver']).toMatchObject({
      value: 'database',
      source: '.env.docker: SESSION_DRIVER',
    });
    // The db service's variables are not the app's.
    expect(project.settings['app.env']).toMatchObject({ value: 'production', location: { line: 8 } });
  });

  it('a development compose file (Sail) and a Dockerfile.dev are not production: .env decides', async () => {
    const dir = app({
      'docker-compose.yml': PROD_COMPOSE,
      'Dockerfile.dev': 'FROM php:8.2-fpm\nCOPY .env.docker .env\n',
      '.env.docker': 'CACHE_DRIVER=file\n',
    });
    expect((await settings(dir)).cache).toMatchObject({ value: 'redis', source: '.env: CACHE_DRIVER' });
  });

  it('env-file naming a compose file makes it the production setup', async () => {
    const dir = app({ 'docker-compose.yml': PROD_COMPOSE });
    expect((await settings(dir, 'docker-compose.yml')).cache).toMatchObject({
      value: 'database',
      source: 'docker-compose.yml: CACHE_DRIVER',
    });
  });

  it('an env file the production Dockerfile copies to .env is what the image runs', async () => {
    const dir = app({
      'docker/Dockerfile':
        'FROM php:8.2-fpm\nCOPY --chown=www-data:www-data \\\n  .env.docker /var/www/html/.env\n',
      '.env.docker': 'CACHE_DRIVER=database\n',
    });
    expect((await settings(dir)).cache).toMatchObject({
      value: 'database',
      source: '.env.docker: CACHE_DRIVER',
    });
  });

  it('a value compose fills in when it runs is not guessed, and says so with its line', async () => {
    const dir = app({
      'compose.production.yaml':
        'services:\n  web:\n    build:\n      context: .\n    environment:\n      - CACHE_DRIVER=${CACHE_DRIVER:-redis}\n      - APP_DEBUG=true\n',
    });
    const { cache, project, config } = await settings(dir);
    expect(cache).toMatchObject({ value: 'redis', source: '.env: CACHE_DRIVER' });
    expect(project.problems.map((p) => [p.location, p.message])).toContainEqual([
      { file: 'compose.production.yaml', line: 6 },
      'CACHE_DRIVER is "${CACHE_DRIVER:-redis}" in service web: compose fills it in when it runs, so it is not read here',
    ]);
    // APP_DEBUG=true in a production compose file is PA207's business.
    const ctx = { config, project, schema: project.schema, database: null, http: null };
    expect(pa207.check(ctx).map((d) => d.title)).toEqual(['APP_DEBUG is on in compose.production.yaml']);
  });
});

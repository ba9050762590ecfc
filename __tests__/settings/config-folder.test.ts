/**
 * Config kept outside config/: a folder bootstrap/app.php names with useConfigPath(), Laravel 4's
 * app/config, or one that cannot be known (then every verdict read from config says so).
 */

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { defaultConfig } from '../../src/config/defaults.js';
import { readAppFiles } from '../../src/project/files.js';
import { loadProject } from '../../src/project/load.js';
import { pa201 } from '../../src/rules/pa201-cache-store.js';
import { finalize } from '../../src/rules/finalize.js';
import { pa901 } from '../../src/rules/pa901-not-understood.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pa-config-folder-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const cacheConfig = (driver: string) => `<?php
return [
    'default' => env('CACHE_DRIVER', '${driver}'),
    'stores' => ['${driver}' => ['driver' => '${driver}']],
];
`;

async function load(dir: string) {
  const config = defaultConfig(dir);
  const { project } = loadProject(await readAppFiles(dir), config);
  return { project, config };
}

describe('config outside config/', () => {
  it('follows useConfigPath() in bootstrap/app.php, and the source names the file read', async () => {
    const dir = folder({
      artisan: '',
      'bootstrap/app.php': `<?php
$app = new Illuminate\\Foundation\\Application(dirname(__DIR__));
$app->useConfigPath(__DIR__ . '/../settings');
return $app;
`,
      'settings/cache.php': cacheConfig('database'),
      // Not read: the app loads its config from settings/.
      'config/cache.php': cacheConfig('redis'),
    });
    const { project } = await load(dir);
    expect(project.settings['cache.default']).toMatchObject({
      value: 'database',
      source: 'settings/cache.php default (the app has no env file)',
    });
    expect(project.problems).toEqual([]);
  });

  it('reads Laravel 4 app/config (top level; its environment subfolders are not the base config)', async () => {
    const dir = folder({
      artisan: '',
      'app/config/cache.php': "<?php return ['driver' => 'database', 'table' => 'cache'];",
      'app/config/session.php': "<?php return ['driver' => 'database'];",
      'app/config/local/session.php': "<?php return ['driver' => 'array'];",
    });
    const { project } = await load(dir);
    expect(project.settings['session.driver']).toMatchObject({
      value: 'database',
      source: 'app/config/session.php (literal)',
      location: { file: 'app/config/session.php', line: 1 },
    });
  });

  it('a folder that cannot be known: PA901 at the call, and the cache finding says its value is from config/', async () => {
    const dir = folder({
      artisan: '',
      'bootstrap/app.php': `<?php
$app = new Illuminate\\Foundation\\Application(dirname(__DIR__));
$app->useConfigPath(getenv('APP_CONFIG_DIR'));
return $app;
`,
      'config/cache.php': cacheConfig('database'),
    });
    const { project, config } = await load(dir);
    const ctx = { config, project, schema: project.schema, database: null, http: null };
    const notUnderstood = pa901.check(ctx).map((d) => finalize(pa901, d, config));
    expect(notUnderstood.map((f) => [{ file: f.file, line: f.line }, f.message])).toContainEqual([
      { file: 'bootstrap/app.php', line: 3 },
      expect.stringContaining(
        'useConfigPath(): the config folder (its argument) cannot be known statically or is outside the app, so the settings verdicts read config/',
      ),
    ]);
    const cache = pa201.check(ctx).map((d) => finalize(pa201, d, config));
    expect(cache).toHaveLength(1);
    expect(cache[0].message).toContain(
      'The app may load its config from another folder (bootstrap/app.php:3), which could not be read: this value is from config/.',
    );
  });

  it("follows an Application subclass's configPath() when it can be evaluated", async () => {
    const dir = folder({
      artisan: '',
      'src/Kernel/App.php': `<?php
namespace Acme\\Kernel;
use Illuminate\\Foundation\\Application as Base;
class App extends Base
{
    public function configPath($path = '')
    {
        return $this->basePath . '/src/settings' . ($path !== '' ? '/' . $path : '');
    }
}
`,
      'src/settings/cache.php': cacheConfig('database'),
      'src/settings/cache/extra.php': "<?php return ['on' => true];",
    });
    const { project } = await load(dir);
    expect(project.settings['cache.default']).toMatchObject({
      value: 'database',
      source: 'src/settings/cache.php default (the app has no env file)',
    });
    expect(project.problems).toEqual([]);
  });

  it('an Application subclass overriding configPath() is reported, not guessed', async () => {
    const dir = folder({
      artisan: '',
      'app/Application.php': `<?php
namespace App;
class Application extends \\Illuminate\\Foundation\\Application
{
    public function configPath($path = '') { return $this->basePath('etc') . ($path ? '/' . $path : ''); }
}
`,
      'config/cache.php': cacheConfig('file'),
    });
    const { project } = await load(dir);
    expect(project.problems.map((p) => [p.location, p.message])).toContainEqual([
      { file: 'app/Application.php', line: 3 },
      expect.stringMatching(
        /^Application overrides configPath\(\): the folder it loads config from is not known statically/,
      ),
    ]);
  });
});

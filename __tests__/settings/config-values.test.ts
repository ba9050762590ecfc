import { appHost } from '../../src/project/laravel/app-host.js';
import { child, children, type PhpNode } from '../../src/project/php/ast.js';
import { evaluate } from '../../src/project/php/evaluate.js';
import { parsePhp } from '../../src/project/php/parse.js';
import { Unknown, type PhpValue } from '../../src/project/php/value.js';
import { resolveApp } from './helpers.js';

const app = resolveApp;

/** What a PHP expression in the app's code evaluates to with the app's host. */
function evaluateInApp(result: ReturnType<typeof app>, expression: string): PhpValue {
  const program = parsePhp('app/X.php', `<?php return ${expression};`).parsed!.ast as unknown as PhpNode;
  return evaluate(child(children(program, 'children')[0], 'expr'), { host: appHost(result.app) });
}

const PERMISSION = `<?php
return [
    'table_names' => [
        'roles' => 'roles',
        'permissions' => env('PERMISSION_TABLE', 'perms'),
    ],
    'cache' => ['expiration_time' => 24 * 60],
];
`;

describe('config files on the floor evaluator', () => {
  it('knows a value built by concatenation, a ternary or sprintf', () => {
    const { settings } = app({
      'config/cache.php': `<?php\nreturn ['default' => 'red' . 'is'];\n`,
      'config/session.php': `<?php\nreturn ['driver' => PHP_INT_MAX > 1 ? 'redis' : 'file', 'connection' => sprintf('%s-%d', 'sess', 2)];\n`,
    });
    expect(settings['cache.default']).toMatchObject({
      value: 'redis',
      source: 'config/cache.php (literal)',
      location: { file: 'config/cache.php', line: 2 },
    });
    expect(settings['session.driver'].value).toBe('redis');
    expect(settings['session.connection'].value).toBe('sess-2');
  });

  it('an env() with a computed fallback still says which variable decides, and the default applies', () => {
    const { settings } = app({
      'config/cache.php': `<?php\nreturn [\n    'default' => env('CACHE_DRIVER', 'fi' . 'le'),\n];\n`,
      '.env': 'APP_ENV=production\n',
    });
    expect(settings['cache.default']).toMatchObject({
      value: 'file',
      envKey: 'CACHE_DRIVER',
      location: { file: 'config/cache.php', line: 3 },
      source: 'config/cache.php default (no env file sets CACHE_DRIVER)',
    });
  });

  it("follows the app's own helper functions: an env() wrapper keeps its variable", () => {
    const helpers = `<?php
if (! function_exists('cache_env')) {
    function cache_env($default = 'array') { return env('CACHE_DRIVER', $default); }
}
function env_default_when_empty($key, $default) { $value = env($key); return empty($value) ? $default : $value; }
`;
    const wrapped = app({
      'app/helpers.php': helpers,
      'config/cache.php': `<?php\nreturn ['default' => cache_env('file')];\n`,
      '.env': 'CACHE_DRIVER=redis\n',
    });
    expect(wrapped.settings['cache.default']).toMatchObject({
      value: 'redis',
      envKey: 'CACHE_DRIVER',
      source: '.env: CACHE_DRIVER',
    });
    // Which variable decides is a run-time matter here, but config() knows the value production sees.
    const emptyEnv = app({
      'app/helpers.php': helpers,
      'config/cache.php': `<?php\nreturn ['default' => env_default_when_empty('CACHE_DRIVER', 'file')];\n`,
      '.env': 'CACHE_DRIVER=\n',
    });
    expect(emptyEnv.settings['cache.default'].source).toMatch(/computed when the app runs/);
    expect(emptyEnv.app.config('cache.default')).toBe('file');
  });

  it("answers config('x.y') through the host: a scalar, a prefix as an array, a default when unset", () => {
    const result = app({ 'config/permission.php': PERMISSION, '.env': 'PERMISSION_TABLE=acl\n' });
    expect(evaluateInApp(result, `config('permission.table_names.roles')`)).toBe('roles');
    expect(evaluateInApp(result, `config('permission.table_names')`)).toEqual({
      roles: 'roles',
      permissions: 'acl',
    });
    expect(evaluateInApp(result, `config('permission.cache.expiration_time')`)).toBe(1440);
    expect(evaluateInApp(result, `config('permission.teams', false)`)).toBe(false);
    expect(evaluateInApp(result, `'app_' . env('PERMISSION_TABLE')`)).toBe('app_acl');
    expect(result.app.config('missing.key')).toBeUndefined();
  });

  it('merges a nested config file under its prefix, and a file that did not parse is unknown', () => {
    const result = app({
      'config/services.php': `<?php\nreturn ['stripe' => ['key' => 'pk']];\n`,
      'config/services/mail.php': `<?php\nreturn ['host' => 'smtp.example.com'];\n`,
      'config/broken.php': `<?php\nreturn [;\n`,
    });
    expect(result.app.config('services')).toEqual({
      stripe: { key: 'pk' },
      mail: { host: 'smtp.example.com' },
    });
    expect(result.app.config('broken.anything')).toBeInstanceOf(Unknown);
  });

  it('a config file with a function the evaluator cannot know keeps the rest of its entries', () => {
    const result = app({
      'config/cache.php': `<?php
return [
    'default' => env('CACHE_DRIVER', 'redis'),
    'stores' => [
        'file' => ['driver' => 'file', 'path' => some_runtime_path('cache')],
        'redis' => ['driver' => 'redis', \\Memcached::OPT_CONNECT_TIMEOUT => 2000, 'connection' => 'cache'],
    ],
];
`,
    });
    expect(result.settings['cache.default']).toMatchObject({ value: 'redis', envKey: 'CACHE_DRIVER' });
    expect(result.settings['cache.stores.redis.driver'].value).toBe('redis');
    expect(result.settings['cache.stores.redis.connection']).toMatchObject({
      value: 'cache',
      location: { file: 'config/cache.php', line: 6 },
    });
    expect(result.app.config('cache.stores.file.driver')).toBe('file');
    expect(result.app.config('cache.stores.file.path')).toBeInstanceOf(Unknown);
  });

  it('reads a file that returns a variable, with keys changed by unfollowed code unknown', () => {
    const result = app({
      'config/cache.php': `<?php
use Illuminate\\Support\\Arr;

$config = [
    'default' => env('CACHE_STORE', env('CACHE_DRIVER', 'database')),
    'stores' => ['memcached' => ['driver' => 'memcached', 'servers' => []]],
];
$config['stores']['redis'] = ['driver' => 'redis', 'connection' => 'cache'];
if (extension_loaded('memcached')) {
    Arr::set($config, 'stores.memcached.servers', [['host' => 'mc']]);
}
function limiter_store() { $config = null; return 'redis'; }
$config['limiter'] = limiter_store();

return $config;
`,
      '.env': 'CACHE_DRIVER=redis\n',
    });
    expect(result.settings['cache.default']).toMatchObject({
      value: 'redis',
      envKey: 'CACHE_STORE',
      source: '.env: CACHE_DRIVER',
    });
    expect(result.settings['cache.stores.redis.driver']).toMatchObject({
      value: 'redis',
      location: { file: 'config/cache.php', line: 8 },
    });
    expect(result.app.config('cache.stores.memcached.driver')).toBe('memcached');
    expect(result.app.config('cache.stores.memcached.servers')).toBeInstanceOf(Unknown);
    // A function declared in the file runs only when called: its own $config changes nothing.
    expect(result.app.config('cache.limiter')).toBe('redis');
    expect(result.app.config('cache.default')).toBe('redis');
  });
});

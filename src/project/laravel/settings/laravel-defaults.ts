/**
 * What Laravel itself uses when an app ships no config file for a key. Laravel 11 moved the config files
 * into the framework (apps often have no config/cache.php) and changed the defaults to `database`; before
 * 11 the skeleton's files were always copied into the app, with `file` / `sync` defaults.
 */

import type { ConfigExpr } from './config-php.js';

/** The settings perf-audit resolves and reports (plus the driver of the chosen cache store / queue). */
export const WATCHED_KEYS = [
  'app.env',
  'app.debug',
  'cache.default',
  'cache.stores.redis.connection',
  'session.driver',
  'session.connection',
  'queue.default',
  'telescope.enabled',
] as const;

/** Env variables renamed across versions: setting the old name on a new app (or the reverse) does nothing. */
export const ENV_ALIASES: Record<string, string> = {
  CACHE_STORE: 'CACHE_DRIVER',
  CACHE_DRIVER: 'CACHE_STORE',
  QUEUE_CONNECTION: 'QUEUE_DRIVER',
  QUEUE_DRIVER: 'QUEUE_CONNECTION',
};

const env = (key: string, fallback: string | null): ConfigExpr => ({
  kind: 'env',
  key,
  fallback: { kind: 'literal', value: fallback, line: 0 },
  line: 0,
});
const literal = (value: string | null): ConfigExpr => ({ kind: 'literal', value, line: 0 });

/** The value Laravel `version` uses for `key` when config/<file>.php is absent; null when it has none. */
export function frameworkDefault(key: string, version: number): ConfigExpr | null {
  const v11 = version >= 11;
  switch (key) {
    case 'app.env':
      return env('APP_ENV', 'production');
    case 'app.debug':
      return env('APP_DEBUG', 'false');
    case 'cache.default':
      return v11 ? env('CACHE_STORE', 'database') : env('CACHE_DRIVER', 'file');
    case 'cache.stores.redis.connection':
      return v11 ? env('REDIS_CACHE_CONNECTION', 'cache') : literal(version >= 6 ? 'cache' : 'default');
    case 'session.driver':
      return env('SESSION_DRIVER', v11 ? 'database' : 'file');
    case 'session.connection':
      return env('SESSION_CONNECTION', null);
    case 'queue.default':
      // QUEUE_DRIVER was renamed QUEUE_CONNECTION in 5.7; with only the major version known, 5 keeps the old name.
      return v11
        ? env('QUEUE_CONNECTION', 'database')
        : env(version >= 6 ? 'QUEUE_CONNECTION' : 'QUEUE_DRIVER', 'sync');
    case 'telescope.enabled':
      // laravel/telescope's own config/telescope.php.
      return env('TELESCOPE_ENABLED', 'true');
  }
  return null;
}

/** How the report names a framework default. */
export function frameworkDefaultSource(key: string, version: number): string {
  const file = `config/${key.split('.')[0]}.php`;
  if (key.startsWith('telescope.')) return `laravel/telescope default (${file} absent)`;
  return version >= 11
    ? `Laravel ${version} default (${file} absent)`
    : `Laravel ${version} skeleton default (${file} absent)`;
}

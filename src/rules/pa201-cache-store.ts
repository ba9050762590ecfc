import type { FindingDraft } from '../findings.js';
import {
  decidedBy,
  fromTemplate,
  driverOf,
  fixTarget,
  serverCount,
} from '../project/laravel/settings/verdicts.js';
import type { Rule } from './rule.js';

/** PA201: the cache store is `database` (or `file` when the config says the app runs on several servers). */
export const pa201: Rule = {
  id: 'PA201',
  name: 'cache-store-database',
  title: 'Cache store is the database',
  defaultSeverity: 'warning',
  needs: 'project',
  check(ctx) {
    const { settings, laravelVersion } = ctx.project;
    const store = settings['cache.default'];
    if (!store?.value) return [];
    const driver = driverOf(settings, 'cache.stores', store.value);
    const servers = serverCount(ctx.config, 'PA201');
    if (driver !== 'database' && !(driver === 'file' && servers > 1)) return [];

    const envKey = store.envKey ?? ((laravelVersion ?? 0) >= 11 ? 'CACHE_STORE' : 'CACHE_DRIVER');
    const why =
      driver === 'database'
        ? 'every Cache::get/remember, lock and rate-limiter hit is a SQL query on the `cache` table, competing with the queries the cache was meant to save'
        : `the config says the app runs on ${servers} servers, and a \`file\` cache is local to each one: entries, locks and rate limits are not shared`;
    const named = store.value === driver ? `\`${driver}\`` : `\`${store.value}\` (driver \`${driver}\`)`;
    const redisConn = settings['cache.stores.redis.connection'];
    const draft: FindingDraft = {
      title: `Cache store is ${driver === 'database' ? 'the database' : 'local files on several servers'}`,
      message:
        `The cache store is ${named}, ${decidedBy(store)}: ${why}. Move the cache to Redis, on its own Redis connection.` +
        (store.note ? ` ${store.note}` : ''),
      location: store.location ?? undefined,
      evidence: {
        setting: 'cache.default',
        value: store.value,
        driver,
        source: store.source,
        envKey,
        servers,
        redisCacheConnection: redisConn?.value ?? null,
      },
      // Only a template ships the value: what production runs is unknown, so it is worth a note, not a warning.
      ...(fromTemplate(store) ? { severity: 'info' as const } : {}),
      fix: { text: `In ${fixTarget(store)}:\n${envKey}=redis\nREDIS_CACHE_CONNECTION=cache` },
      fingerprintKey: 'cache.default',
    };
    return [draft];
  },
};

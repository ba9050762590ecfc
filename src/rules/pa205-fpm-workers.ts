import type { FindingDraft } from '../findings.js';
import { where } from '../project/laravel/settings/verdicts.js';
import { POSITIVE, ruleOption } from './options.js';
import type { Rule } from './rule.js';

/** The seed audit's ratio: 20 workers carry about 50 simultaneous users, so 100 users need 40. */
export const DEFAULT_USERS_PER_WORKER = 2.5;
/** A typical Laravel PHP-FPM worker's resident memory; memory_limit is only its ceiling. */
export const DEFAULT_WORKER_MEMORY_MB = 64;

/** Workers for a target concurrency, and the spare-server settings scaled like the seed's (40 → 8/4/12). */
export function workersFor(concurrency: number, usersPerWorker: number) {
  const maxChildren = Math.ceil(concurrency / usersPerWorker);
  return {
    maxChildren,
    startServers: Math.max(1, Math.ceil(maxChildren * 0.2)),
    minSpare: Math.max(1, Math.ceil(maxChildren * 0.1)),
    maxSpare: Math.max(1, Math.ceil(maxChildren * 0.3)),
  };
}

/** PA205: PHP-FPM's pm.max_children cannot serve the target concurrency. */
export const pa205: Rule = {
  id: 'PA205',
  name: 'fpm-max-children',
  title: 'PHP-FPM workers too few for the target concurrency',
  defaultSeverity: 'warning',
  needs: 'project',
  check(ctx) {
    const s = ctx.project.settings;
    const max = s['fpm.pm.max_children'];
    const current = max ? Number(max.value) : NaN;
    if (!max || !Number.isFinite(current)) return [];
    const target = ctx.config.targetConcurrency;
    const usersPerWorker = ruleOption(
      ctx.config,
      'PA205',
      'users-per-worker',
      DEFAULT_USERS_PER_WORKER,
      POSITIVE,
    );
    const workerMb = ruleOption(ctx.config, 'PA205', 'worker-memory-mb', DEFAULT_WORKER_MEMORY_MB, POSITIVE);
    const need = workersFor(target, usersPerWorker);
    if (current >= need.maxChildren) return [];

    const memoryMb = need.maxChildren * workerMb;
    const serverMb = ruleOption(ctx.config, 'PA205', 'server-memory-mb', 0, POSITIVE);
    const memoryNote =
      serverMb > 0 && memoryMb > serverMb
        ? ` That is more than the ${serverMb} MB the config gives the server: add memory or a second server.`
        : '';
    const pm = s['fpm.pm']?.value ?? 'dynamic';
    const lines = [`pm.max_children = ${need.maxChildren}`];
    if (pm === 'dynamic') {
      lines.push(
        `pm.start_servers = ${need.startServers}`,
        `pm.min_spare_servers = ${need.minSpare}`,
        `pm.max_spare_servers = ${need.maxSpare}`,
      );
    }
    const draft: FindingDraft = {
      title: `PHP-FPM pm.max_children=${current} is below ${need.maxChildren} for ${target} users`,
      message:
        `pm.max_children = ${current} (${where(max)}): at most ${current} requests run at once, about ` +
        `${Math.floor(current * usersPerWorker)} simultaneous users at ${usersPerWorker} users per worker; beyond that requests queue and TTFB grows. ` +
        `${target} users need ${need.maxChildren} workers (${target} ÷ ${usersPerWorker}), about ${memoryMb} MB at ${workerMb} MB per worker.${memoryNote}`,
      location: max.location ?? undefined,
      evidence: {
        setting: 'fpm.pm.max_children',
        value: current,
        pm,
        targetConcurrency: target,
        usersPerWorker,
        requiredWorkers: need.maxChildren,
        workerMemoryMb: workerMb,
        requiredMemoryMb: memoryMb,
      },
      fix: { text: `In ${max.location?.file ?? 'the PHP-FPM pool file'}:\n${lines.join('\n')}` },
      fingerprintKey: 'fpm.pm.max_children',
    };
    return [draft];
  },
};

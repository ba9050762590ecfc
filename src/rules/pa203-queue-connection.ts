import type { FindingDraft } from '../findings.js';
import { decidedBy, fromTemplate, driverOf, fixTarget } from '../project/laravel/settings/verdicts.js';
import type { Rule } from './rule.js';

const WHY: Record<string, string> = {
  sync: 'every dispatched job runs inside the web request that dispatched it: the user waits for it, and a failing job fails the request',
  database:
    'workers poll the `jobs` table with locking SELECT … FOR UPDATE queries, and every dispatch is an INSERT on the same database the requests use',
};

/** PA203: the queue runs jobs inline (`sync`) or polls the database (`database`). */
export const pa203: Rule = {
  id: 'PA203',
  name: 'queue-connection',
  title: 'Queue connection is sync or database',
  defaultSeverity: 'warning',
  needs: 'project',
  check(ctx) {
    const { settings, laravelVersion } = ctx.project;
    const queue = settings['queue.default'];
    if (!queue?.value) return [];
    const driver = driverOf(settings, 'queue.connections', queue.value);
    if (!(driver in WHY)) return [];
    const envKey = queue.envKey ?? ((laravelVersion ?? 11) >= 6 ? 'QUEUE_CONNECTION' : 'QUEUE_DRIVER');
    const named = queue.value === driver ? `\`${driver}\`` : `\`${queue.value}\` (driver \`${driver}\`)`;
    const draft: FindingDraft = {
      title: `Queue connection is ${driver}`,
      message:
        `The queue connection is ${named}, ${decidedBy(queue)}: ${WHY[driver]}. Use Redis and run a worker.` +
        (queue.note ? ` ${queue.note}` : ''),
      location: queue.location ?? undefined,
      evidence: { setting: 'queue.default', value: queue.value, driver, source: queue.source, envKey },
      // Only a template ships the value: what production runs is unknown, so it is worth a note, not a warning.
      ...(fromTemplate(queue) ? { severity: 'info' as const } : {}),
      fix: {
        text: `In ${fixTarget(queue)}:\n${envKey}=redis\nand keep a worker running (Supervisor): php artisan queue:work redis --tries=3`,
      },
      fingerprintKey: 'queue.default',
    };
    return [draft];
  },
};

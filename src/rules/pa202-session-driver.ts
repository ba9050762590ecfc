import type { FindingDraft } from '../findings.js';
import { decidedBy, fromTemplate, fixTarget, serverCount } from '../project/laravel/settings/verdicts.js';
import type { Rule } from './rule.js';

/** PA202: sessions live in the database (or in local files behind several servers). */
export const pa202: Rule = {
  id: 'PA202',
  name: 'session-driver-database',
  title: 'Session driver is the database',
  defaultSeverity: 'warning',
  needs: 'project',
  check(ctx) {
    const session = ctx.project.settings['session.driver'];
    if (!session?.value) return [];
    const driver = session.value;
    const servers = serverCount(ctx.config, 'PA202');
    if (driver !== 'database' && !(driver === 'file' && servers > 1)) return [];

    const envKey = session.envKey ?? 'SESSION_DRIVER';
    const why =
      driver === 'database'
        ? 'every request reads its session row from the `sessions` table and writes it back, so the busiest table in the database is one that holds no business data'
        : `the config says the app runs on ${servers} servers, and \`file\` sessions live on one of them: a user sent to another server is logged out`;
    const draft: FindingDraft = {
      title: `Session driver is ${driver === 'database' ? 'the database' : 'local files on several servers'}`,
      message:
        `The session driver is \`${driver}\`, ${decidedBy(session)}: ${why}. Move sessions to Redis.` +
        (session.note ? ` ${session.note}` : ''),
      location: session.location ?? undefined,
      evidence: { setting: 'session.driver', value: driver, source: session.source, envKey, servers },
      // Only a template ships the value: what production runs is unknown, so it is worth a note, not a warning.
      ...(fromTemplate(session) ? { severity: 'info' as const } : {}),
      fix: { text: `In ${fixTarget(session)}:\n${envKey}=redis` },
      fingerprintKey: 'session.driver',
    };
    return [draft];
  },
};

/** `perf-audit cleanup --db URL [--dry-run]`: what a killed run left on a server, removed (leftovers.ts). */

import { dbSubcommandArgs } from './db-subcommand.js';

export async function cleanupCommand(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const err = (line: string) => process.stderr.write(`${line}\n`);
  const args = await dbSubcommandArgs(
    'cleanup',
    argv,
    env,
    { db: { type: 'string' }, 'dry-run': { type: 'boolean' } },
    'mysql://user:pass@host:port',
  );
  if (typeof args === 'number') return args;
  const { url, parsed, values } = args;
  const [{ redactDbUrl }, { cleanupLeftovers }] = await Promise.all([
    import('../database/connection.js'),
    import('./leftovers.js'),
  ]);
  const dry = values['dry-run'] === true;
  try {
    const r = await cleanupLeftovers(parsed, dry);
    const verb = dry ? 'would remove' : 'removed';
    const list = (xs: string[]) => (xs.length ? xs.join(', ') : 'none');
    process.stdout.write(
      [
        `perf-audit cleanup on ${redactDbUrl(url)}:`,
        `  databases ${verb}: ${list(r.databases)}`,
        `  statistics rows ${verb} (databases already gone): ${r.statisticsRows}`,
        `  accounts ${verb}: ${list(r.accounts)}`,
        `  general_log ${dry ? 'would be restored to' : 'restored to'}: ${r.generalLog ?? 'nothing saved'}`,
        `  left alone (run still alive): ${list(r.alive)}`,
        ...r.errors.map((e) => `  could not: ${e}`),
        '',
      ].join('\n'),
    );
    return r.errors.length ? 3 : 0;
  } catch (e) {
    err(`perf-audit cleanup: ${e instanceof Error ? e.message : String(e)}`);
    return 3;
  }
}

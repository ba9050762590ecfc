/**
 * The start every `perf-audit <subcommand> --db URL` shares: strict flags, the URL from --db or
 * PERF_AUDIT_DB_URL, and usage errors (exit 2) worded the same way for each subcommand.
 */

import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import type { DbUrl } from '../database/connection.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface DbSubcommandArgs {
  values: Record<string, string | boolean | undefined>;
  url: string;
  parsed: DbUrl;
}

/** The parsed flags and URL, or the exit code after the usage error was printed. */
export async function dbSubcommandArgs(
  name: string,
  argv: string[],
  env: NodeJS.ProcessEnv,
  options: Options,
  urlHint: string,
): Promise<DbSubcommandArgs | number> {
  const err = (line: string) => process.stderr.write(`perf-audit ${name}: ${line}\n`);
  let values: DbSubcommandArgs['values'];
  try {
    ({ values } = parseArgs({ args: argv, strict: true, allowPositionals: false, options }) as {
      values: DbSubcommandArgs['values'];
    });
  } catch (e) {
    err(e instanceof Error ? e.message : String(e));
    return 2;
  }
  const url = (values.db as string | undefined) ?? env['PERF_AUDIT_DB_URL'];
  if (!url || url === 'none') {
    err(`--db URL is required (${urlHint})`);
    return 2;
  }
  const { parseDbUrl } = await import('../database/connection.js');
  try {
    return { values, url, parsed: parseDbUrl(url) };
  } catch (e) {
    err(e instanceof Error ? e.message : String(e));
    return 2;
  }
}

/**
 * What Laravel's migrator runs for an app, and with which builder settings: the migration files of every
 * folder (database/migrations and those the service providers register) in its order, the providers'
 * default string length, the app's Laravel version and connection driver. One reading for the static
 * schema and the schema phase, so both fold the same migrations the same way.
 */

import type { Config } from '../../../config/model.js';
import type { AppFiles } from '../../files.js';
import type { Problem } from '../../model.js';
import { indexOfFiles, type ClassIndex } from '../../php/class-index.js';
import type { EvalHost } from '../../php/evaluate.js';
import type { ParsedPhp } from '../../php/parse.js';
import { defaultHost } from './frame.js';
import { orderMigrationFiles, type MigrationOptions } from './index.js';
import { baseMigrationFolders } from './folders.js';
import { providerSchemaSettings } from './providers.js';
import { connectionOptions } from './connection.js';
import { dbConnectionFrom, laravelMajorFrom, laravelMinorFrom } from './version.js';

export interface AppMigrationsInput {
  config: Config;
  app: AppFiles;
  /** Parsed files: at least the migrations and the service providers. */
  parsed: ParsedPhp[];
  /** The app's classes; an index of `parsed` when absent. */
  index?: ClassIndex;
  host?: EvalHost;
  /** VERSION() of the server the schema is built on, when a database is given. */
  serverVersion?: string | null;
}

export interface AppMigrations {
  /** The migrations Laravel runs, in its order. */
  files: ParsedPhp[];
  /** Options for schemaFromMigrations (a dump's fold is the caller's). */
  options: MigrationOptions;
  problems: Problem[];
}

export function appMigrations(input: AppMigrationsInput): AppMigrations {
  const host = input.host ?? defaultHost();
  const index = input.index ?? indexOfFiles(input.parsed, host);
  const base = baseMigrationFolders(
    input.config.database.migrations,
    input.app.php.map((f) => f.path),
  );
  const laravelMajor = laravelMajorFrom(input.app) ?? undefined;
  const laravelMinor = laravelMinorFrom(input.app) ?? undefined;
  const mariadbGrammar =
    (laravelMajor ?? 8) >= 11 && dbConnectionFrom(input.app, input.config.envFile) === 'mariadb';
  const serverVersion = input.serverVersion ?? null;
  const providers = providerSchemaSettings(
    index,
    host,
    {
      driver: mariadbGrammar ? 'mariadb' : 'mysql',
      version: serverVersion,
    },
    base,
  );
  return {
    files: orderMigrationFiles(input.parsed, providers.folders),
    options: {
      folders: providers.folders,
      defaultStringLength: providers.defaultStringLength ?? undefined,
      defaultMorphKeyType: providers.defaultMorphKeyType ?? undefined,
      laravelMajor,
      laravelMinor,
      mariadbGrammar,
      connection: connectionOptions(host),
      serverVersion,
      index,
      host,
    },
    problems: providers.problems,
  };
}

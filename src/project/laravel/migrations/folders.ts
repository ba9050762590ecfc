/**
 * The migrator's own folders, before service providers add theirs: `database.migrations` from the config
 * when given, else database/migrations, else app/database/migrations when only the Laravel 4 layout has
 * migrations (Laravel 4's migrator read that folder).
 */

import { MIGRATIONS_DIR, isMigrationPath } from './index.js';

export const LARAVEL4_MIGRATIONS_DIR = 'app/database/migrations';

export function baseMigrationFolders(
  configured: readonly string[] | undefined,
  phpPaths: Iterable<string>,
): string[] {
  if (configured && configured.length) return [...new Set(configured)];
  const paths = [...phpPaths];
  const has = (folder: string) => paths.some((p) => isMigrationPath(p, [folder]));
  if (!has(MIGRATIONS_DIR) && has(LARAVEL4_MIGRATIONS_DIR)) return [LARAVEL4_MIGRATIONS_DIR];
  return [MIGRATIONS_DIR];
}

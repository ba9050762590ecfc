/** Which Laravel the app runs and which connection driver it uses: both change the DDL Laravel emits. */

import type { AppFiles } from '../../files.js';
import { envFileOrder } from '../settings/index.js';
import { detectLaravelVersion } from '../settings/version.js';

/** The major version of laravel/framework (composer.lock, then composer.json), or null. */
export function laravelMajorFrom(files: AppFiles): number | null {
  return detectLaravelVersion(files);
}

/** DB_CONNECTION as the app's env files set it, read in Laravel's precedence with the settings' dotenv parser. */
export function dbConnectionFrom(files: AppFiles, envFile: string | null = null): string | null {
  for (const env of envFileOrder(files, envFile)) {
    const entry = env.entries.get('DB_CONNECTION');
    if (entry) return entry.value;
  }
  return null;
}

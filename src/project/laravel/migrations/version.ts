/** Which Laravel the app runs and which connection driver it uses: both change the DDL Laravel emits. */

import type { AppFiles } from '../../files.js';
import { envFileOrder } from '../settings/index.js';
import { detectLaravelVersion, readAppJson } from '../settings/version.js';

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

/**
 * The minor version of laravel/framework within its major (composer.lock's `v5.7.29` → 7, else the
 * composer.json constraint of that major: `5.7.*` → 7), or null. Laravel 5 changed morphs() in 5.8.
 */
export function laravelMinorFrom(files: AppFiles): number | null {
  const major = laravelMajorFrom(files);
  if (major === null) return null;
  const lock = readAppJson(files, 'composer.lock');
  const packages = [
    ...((lock?.packages as unknown[]) ?? []),
    ...((lock?.['packages-dev'] as unknown[]) ?? []),
  ];
  const framework = (packages as { name?: string; version?: string }[]).find(
    (p) => p.name === 'laravel/framework',
  );
  // The newest minor of that major the text names (Composer installs the newest that fits).
  const pick = (text: string): number | null => {
    let best: number | null = null;
    for (const part of text.split(/\|\|?|,|\s+/)) {
      const m = /^(\d+)\.(\d+)/.exec(part.replace(/^[~^<>=!v\s]+/, ''));
      if (m && Number(m[1]) === major) best = Math.max(best ?? 0, Number(m[2]));
    }
    return best;
  };
  if (framework?.version) return pick(framework.version);
  const constraint = (readAppJson(files, 'composer.json')?.require as Record<string, string> | undefined)?.[
    'laravel/framework'
  ];
  return constraint ? pick(constraint) : null;
}

/** Which Laravel the app runs and which connection driver it uses: both change the DDL Laravel emits. */

import type { AppFile } from '../../files.js';

/** The major version of laravel/framework locked in composer.lock, or null. */
export function laravelMajorFrom(files: AppFile[]): number | null {
  const lock = files.find((f) => f.path === 'composer.lock');
  if (!lock) return null;
  try {
    const json = JSON.parse(lock.text) as { packages?: { name?: string; version?: string }[] };
    const pkg = json.packages?.find((p) => p.name === 'laravel/framework');
    const major = pkg?.version ? Number.parseInt(pkg.version.replace(/^v/, ''), 10) : NaN;
    return Number.isFinite(major) ? major : null;
  } catch {
    return null;
  }
}

/** DB_CONNECTION from the app's .env (dotenv syntax: KEY=value, optional quotes, # comments). */
export function dbConnectionFrom(files: AppFile[], envFile: string | null = null): string | null {
  const env = files.find((f) => f.path === (envFile ?? '.env')) ?? files.find((f) => f.path === '.env');
  if (!env) return null;
  let value: string | null = null;
  for (const raw of env.text.split('\n')) {
    const line = raw.trim();
    if (!line.startsWith('DB_CONNECTION')) continue;
    const eq = line.indexOf('=');
    if (eq < 0 || line.slice(0, eq).trim() !== 'DB_CONNECTION') continue;
    value = line
      .slice(eq + 1)
      .trim()
      .replace(/^["']|["']$/g, '');
  }
  return value;
}

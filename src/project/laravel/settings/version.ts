/** The Laravel major version, from composer.lock (what is installed) or composer.json (what is allowed). */

import type { AppFiles } from '../../files.js';

function majorOf(version: string): number | null {
  const m = /^v?(\d+)/.exec(version.trim());
  return m ? Number(m[1]) : null;
}

/** `^10.10|^11.0` → 11: with alternatives, Composer installs the newest one that fits. */
function majorOfConstraint(constraint: string): number | null {
  const majors = constraint
    .split(/\|\|?|,|\s+/)
    .map((part) => /(\d+)/.exec(part.replace(/^[~^<>=!v\s]+/, ''))?.[1])
    .filter((m): m is string => m !== undefined)
    .map(Number);
  return majors.length ? Math.max(...majors) : null;
}

/** An app's JSON file (composer.json, composer.lock) as an object; null when absent or not JSON. */
export function readAppJson(files: AppFiles, path: string): Record<string, unknown> | null {
  const file = files.other.find((f) => f.path === path);
  if (!file) return null;
  try {
    return JSON.parse(file.text) as Record<string, unknown>;
  } catch {
    return null;
  }
}

export function detectLaravelVersion(files: AppFiles): number | null {
  const read = (path: string) => readAppJson(files, path);
  const lock = read('composer.lock');
  if (lock) {
    const packages = [
      ...((lock.packages as unknown[]) ?? []),
      ...((lock['packages-dev'] as unknown[]) ?? []),
    ] as {
      name?: string;
      version?: string;
    }[];
    const framework = packages.find((p) => p.name === 'laravel/framework');
    const major = framework?.version ? majorOf(framework.version) : null;
    if (major !== null) return major;
  }
  const json = read('composer.json');
  const constraint = (json?.require as Record<string, string> | undefined)?.['laravel/framework'];
  return constraint ? majorOfConstraint(constraint) : null;
}

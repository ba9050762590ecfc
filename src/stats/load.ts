/**
 * Finds and reads the production statistics file for a run: the flag or input, else the config file's
 * database.stats-file (relative to the app), else .perf-audit-stats.json at the app root when present.
 * A file that cannot be used is named in a message and the run goes on with the assumed sizes.
 */

import { existsSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Config } from '../config/model.js';
import { readRegularFileSync } from '../config/regular-file.js';
import { DEFAULT_STATS_FILE, parseStats } from './model.js';
import type { ProductionStats } from './model.js';

/** Larger than any real schema's figures (about 1 KB per table): a bigger file is refused unread. */
const MAX_BYTES = 32 * 1024 * 1024;

export interface LoadedStats {
  stats: ProductionStats | null;
  /** The file as the report names it (relative to the app when inside it); null when none was looked for or found. */
  file: string | null;
  problems: string[];
}

const NONE: LoadedStats = { stats: null, file: null, problems: [] };

function inside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function load(config: Config): LoadedStats {
  const given = config.database.statsFile;
  if (given === null) return NONE;
  // A flag or input is resolved already (absolute); the config file's value and the default come from the repository.
  const fromRepository = given === undefined || !isAbsolute(given);
  const path = resolve(config.app, given ?? DEFAULT_STATS_FILE);
  const shown = inside(path, config.app) ? relative(config.app, path) : path;
  if (!existsSync(path)) {
    return given === undefined ? NONE : { stats: null, file: shown, problems: [`${shown}: file not found`] };
  }
  const refuse = (why: string): LoadedStats => ({
    stats: null,
    file: shown,
    problems: [`${shown}: ${why}; the assumed sizes are used`],
  });
  try {
    // What the repository names must stay in the repository (a link to a file elsewhere is not read).
    if (fromRepository && !inside(realpathSync(path), realpathSync(config.app)))
      return refuse('it points outside the app');
    if (statSync(path).size > MAX_BYTES) return refuse(`larger than ${MAX_BYTES / 1024 / 1024} MB`);
    const text = readRegularFileSync(path, 'statistics file');
    const parsed = parseStats(text, shown);
    if (!parsed.stats)
      return {
        stats: null,
        file: shown,
        problems: [...parsed.problems, `${shown}: not used; the assumed sizes are used`],
      };
    return { stats: parsed.stats, file: shown, problems: parsed.problems };
  } catch (err) {
    return refuse(`cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

const loaded = new WeakMap<Config, LoadedStats>();

/** The run's statistics, read once per Config (the planner and the captured-query plans share them). */
export function loadStatistics(config: Config): LoadedStats {
  let hit = loaded.get(config);
  if (!hit) loaded.set(config, (hit = load(config)));
  return hit;
}

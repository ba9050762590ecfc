/**
 * PHP ini and PHP-FPM pool files carried by the repository (docker/, deploy/, .docker/, ops/ at any depth,
 * or the paths given in the config), resolved into `php.*` and `fpm.*` settings with file and line.
 */

import type { AppFile } from '../../files.js';
import type { Problem, ResolvedSetting } from '../../model.js';
import { parseIni, type IniEntry } from './ini.js';

const INFRA_DIRS = new Set(['docker', 'deploy', '.docker', 'ops']);

/** A path segment naming a non-production environment: those files configure a developer's machine. */
const NON_PRODUCTION = /(^|[/._-])(dev|develop|development|local|test|testing|ci)([/._-]|$)/i;

/** PHP directives worth reporting (OPcache and the few that size a worker). */
function isWatchedPhpDirective(key: string): boolean {
  return (
    key.startsWith('opcache.') ||
    ['memory_limit', 'realpath_cache_size', 'realpath_cache_ttl', 'max_execution_time'].includes(key)
  );
}

/** PHP 8's built-in OPcache defaults, used when a file configures OPcache without setting these. */
export const OPCACHE_DEFAULTS: Record<string, string> = {
  'opcache.enable': '1',
  'opcache.validate_timestamps': '1',
  'opcache.revalidate_freq': '2',
  'opcache.memory_consumption': '128',
  'opcache.max_accelerated_files': '10000',
};

const FPM_KEYS = [
  'pm',
  'pm.max_children',
  'pm.start_servers',
  'pm.min_spare_servers',
  'pm.max_spare_servers',
  'pm.max_requests',
];

export function inInfraDir(path: string): boolean {
  return path
    .split('/')
    .slice(0, -1)
    .some((segment) => INFRA_DIRS.has(segment));
}

export function looksNonProduction(path: string): boolean {
  return NON_PRODUCTION.test(path);
}

/** Normalizes a configured path (`./docker/php.ini`, absolute under the root) to an AppFile path. */
function normalize(root: string, path: string): string {
  let p = path.replace(/\\/g, '/');
  const r = root.replace(/\\/g, '/').replace(/\/$/, '');
  if (r && p.startsWith(r + '/')) p = p.slice(r.length + 1);
  return p.replace(/^\.\//, '');
}

interface Selected {
  file: AppFile;
  entries: IniEntry[];
}

/** `pool.d/www.conf` style: a section other than [global] with pm settings. */
function poolEntries(entries: IniEntry[]): IniEntry[] {
  const pools = [
    ...new Set(
      entries
        .filter((e) => e.section && e.section !== 'global' && FPM_KEYS.includes(e.key))
        .map((e) => e.section),
    ),
  ];
  return pools.length ? entries.filter((e) => e.section === pools[0]) : [];
}

export function resolveServerSettings(input: {
  root: string;
  other: AppFile[];
  phpIni: string[];
  fpmPool: string[];
}): { settings: Record<string, ResolvedSetting>; problems: Problem[] } {
  const problems: Problem[] = [];
  const byPath = new Map(input.other.map((f) => [f.path, f]));
  const explicit = (paths: string[], what: string): AppFile[] =>
    paths.flatMap((raw) => {
      const path = normalize(input.root, raw);
      const file = byPath.get(path);
      if (!file) {
        problems.push({
          location: { file: path, line: 1 },
          message: `${what} ${path} (from the config) was not found in the app`,
          construct: 'missing file',
        });
        return [];
      }
      return [file];
    });

  // Discovered files: production ones only; a dev/local file does not describe the audited servers.
  const discovered = input.other.filter((f) => inInfraDir(f.path) && !looksNonProduction(f.path));
  const byName = (a: AppFile, b: AppFile) => {
    const an = a.path.split('/').pop() ?? a.path;
    const bn = b.path.split('/').pop() ?? b.path;
    return an < bn ? -1 : an > bn ? 1 : a.path < b.path ? -1 : 1;
  };
  // PHP reads conf.d in file-name order and the last value wins; explicitly given files win over discovered ones.
  const iniFiles: Selected[] = [
    ...discovered.filter((f) => f.path.endsWith('.ini')).sort(byName),
    ...explicit(input.phpIni, 'PHP ini file'),
  ].map((file) => ({ file, entries: parseIni(file.text) }));

  const explicitPools = explicit(input.fpmPool, 'PHP-FPM pool file');
  const pools: Selected[] = [
    ...explicitPools,
    ...discovered.filter((f) => f.path.endsWith('.conf')).sort(byName),
  ]
    .map((file) => ({ file, entries: poolEntries(parseIni(file.text)) }))
    .filter((p) => p.entries.length > 0);

  const settings: Record<string, ResolvedSetting> = {};
  const put = (key: string, value: string, file: string, line: number, source: string) => {
    settings[key] = { key, value, location: { file, line }, source };
  };

  for (const { file, entries } of iniFiles) {
    for (const e of entries) {
      if (isWatchedPhpDirective(e.key))
        put(`php.${e.key}`, e.value, file.path, e.line, `${file.path}: ${e.key}`);
    }
  }

  const pool = pools[0];
  if (pool) {
    const name = pool.entries[0].section ?? 'www';
    for (const e of pool.entries) {
      if (FPM_KEYS.includes(e.key)) {
        put(`fpm.${e.key}`, e.value, pool.file.path, e.line, `${pool.file.path} [${name}]: ${e.key}`);
        continue;
      }
      // php_admin_value[opcache.validate_timestamps] = 0 in the pool overrides the ini files.
      const m = /^php(?:_admin)?_(?:value|flag)\[([^\]]+)\]$/.exec(e.key);
      if (m && isWatchedPhpDirective(m[1]))
        put(`php.${m[1]}`, e.value, pool.file.path, e.line, `${pool.file.path} [${name}]: ${e.key}`);
    }
    const first = pool.entries[0];
    settings['fpm.pool'] = {
      key: 'fpm.pool',
      value: name,
      location: { file: pool.file.path, line: first.line },
      source: pool.file.path,
    };
    if (pools.length > 1) {
      settings['fpm.pool'].note =
        `${pools.length} pool files found; ${pool.file.path} is audited (name it in fpm-pool to choose another).`;
    }
  }

  // The repo configures OPcache: what it leaves unset takes PHP's defaults, which are part of the verdict.
  const opcacheFile = Object.values(settings).find((s) => s.key.startsWith('php.opcache.'))?.location;
  if (opcacheFile) {
    for (const [directive, value] of Object.entries(OPCACHE_DEFAULTS)) {
      const key = `php.${directive}`;
      if (settings[key]) continue;
      settings[key] = {
        key,
        value,
        location: opcacheFile,
        source: `PHP default (${directive} not set in ${opcacheFile.file})`,
      };
    }
  }
  return { settings, problems };
}

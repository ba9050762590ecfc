/** Small pure helpers the settings rules (PA201–PA207) share: wording of sources, options, truthiness. */

import { POSITIVE, ruleOption } from '../../../rules/options.js';
import type { Config } from '../../../config/model.js';
import type { ResolvedSetting } from '../../model.js';

/** `.env.example:12 (CACHE_DRIVER=database)` or `config/cache.php default (no env file sets CACHE_DRIVER)`. */
export function describeSource(s: ResolvedSetting): string {
  const at = s.location ? `${s.location.file}:${s.location.line}` : null;
  const fromEnv = s.location && s.envKey && s.source.startsWith(`${s.location.file}: `);
  if (fromEnv) return `${at} (${s.source.slice(s.location!.file.length + 2)}=${s.value ?? ''})`;
  return at && !s.source.includes(at) ? `${s.source}, ${at}` : s.source;
}

/** True when the value came from an env file line (rather than a config default or framework default). */
export function setByEnvFile(s: ResolvedSetting): boolean {
  return !!(s.location && s.envKey && s.source.startsWith(`${s.location.file}: `));
}

/** How many app servers: the rule's `servers` option, else the config's `servers`, else one. */
export function serverCount(config: Config, rule: string): number {
  return ruleOption(
    config,
    rule,
    'servers',
    config.servers && config.servers > 0 ? config.servers : 1,
    POSITIVE,
  );
}

/** PHP's (bool) cast of what env() returned: null, '', '0' and 'false' are false. */
export function truthy(value: string | null | undefined): boolean {
  if (value === null || value === undefined) return false;
  const v = value.trim().toLowerCase();
  return v !== '' && v !== '0' && v !== 'false';
}

/** The driver behind a cache store / queue connection name (a store called `db` may use `database`). */
export function driverOf(settings: Record<string, ResolvedSetting>, group: string, name: string): string {
  return settings[`${group}.${name}.driver`]?.value ?? name;
}

/** Env files that document variables for developers (.env.example, .env.dist…): not production's. */
export function isEnvTemplate(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return /^\.env\.(example|dist|sample|template)$/.test(name);
}

/** The value comes from a template only: no production env file sets it. */
export function fromTemplate(s: ResolvedSetting): boolean {
  return setByEnvFile(s) && isEnvTemplate(s.location!.file);
}

/**
 * The env file a fix should go to: the production file that set the value, else the production
 * environment. A template is never the place to fix production.
 */
export function fixTarget(s: ResolvedSetting): string {
  if (fromTemplate(s)) return "production (.env.production or the server's environment)";
  return setByEnvFile(s)
    ? `${s.location!.file} (line ${s.location!.line})`
    : '.env (and the production environment)';
}

/** The sentence that tells the reader who decided the value, including the no-env-file case. */
export function decidedBy(s: ResolvedSetting): string {
  if (fromTemplate(s))
    return `as the template ${describeSource(s)} ships it (a template, not production's settings: no production env file sets ${s.envKey})`;
  if (setByEnvFile(s)) return `set by ${describeSource(s)}`;
  if (!s.envKey) return `set by ${describeSource(s)} (no env variable controls it)`;
  if (s.source.includes('the app has no env file'))
    return `the app has no env file, so the default decides: ${describeSource(s)}`;
  return `no env file sets it, so the default decides: ${describeSource(s)}`;
}

/** `docker/php/opcache.ini:10` for a value set on a line, else the source as written (e.g. a PHP default). */
export function where(s: ResolvedSetting): string {
  if (s.location && s.source.startsWith(`${s.location.file}`) && !s.source.startsWith('PHP default')) {
    return `${s.location.file}:${s.location.line}`;
  }
  return s.source;
}

/**
 * `config('a.b')` for the other readers: the app's config files evaluated with env() as production sees
 * it (the env the settings verdicts resolve), merged the way Laravel loads them (config/services/mail.php
 * under `services.mail`, after config/services.php). A key the app does not set is undefined, so
 * config()'s own default applies; a config file that did not parse makes its keys unknown.
 */

import type { FunctionIndex } from '../../php/functions.js';
import { Unknown, valueAt, withValueAt, type PhpValue } from '../../php/value.js';
import { appHost } from '../app-host.js';
import type { LaravelKnowledge } from '../host.js';
import { configInConfigFile, evaluateConfigFile } from './config-file.js';
import type { ConfigTree } from './config-php.js';

export interface ConfigLookup {
  (key: string): PhpValue | undefined;
  /** Whether the config file holding `key` was read (so a key it does not set is null). */
  fileRead(key: string): boolean;
}

export interface ConfigLookupOptions {
  functions?: FunctionIndex;
  /** Prefixes of config files that did not parse. */
  unreadable?: Iterable<string>;
}

export function configLookup(
  tree: ConfigTree,
  env: NonNullable<LaravelKnowledge['env']>,
  options: ConfigLookupOptions = {},
): ConfigLookup {
  let all: PhpValue | null = null;
  const load = (): PhpValue => {
    const host = appHost({ env, config: configInConfigFile, functions: options.functions });
    let out: PhpValue = {};
    const files = [...tree.sources].sort((a, b) => (a.prefix < b.prefix ? -1 : a.prefix > b.prefix ? 1 : 0));
    for (const file of files)
      out = withValueAt(out, file.prefix.split('.'), evaluateConfigFile(file, host).value);
    for (const prefix of options.unreadable ?? [])
      out = withValueAt(out, prefix.split('.'), new Unknown(`config/${prefix}.php did not parse`, null));
    return out;
  };
  const lookup = (key: string): PhpValue | undefined => {
    if (!key) return undefined;
    all ??= load();
    return valueAt(all, key.split('.'));
  };
  const fileRead = (key: string): boolean => {
    const file = lookup(key.split('.')[0]);
    return file !== undefined && !(file instanceof Unknown);
  };
  return Object.assign(lookup, { fileRead });
}

/** App-wide schema builder settings declared outside migrations (usually in AppServiceProvider::boot). */

import type { ParsedPhp } from '../../php/parse.js';
import type { ClassIndex } from '../../php/class-index.js';
import type { EvalHost } from '../../php/evaluate.js';
import { defaultHost } from './frame.js';
import { indexOfFiles } from '../../php/class-index.js';
import { providerSchemaSettings } from './providers.js';

export interface SettingsOptions {
  /** The app's classes (constants the call may use); an index of the given files alone when absent. */
  index?: ClassIndex;
  /** What the evaluator knows of the app's Laravel (config(), env()); both stay unknown when absent. */
  host?: EvalHost;
}

/**
 * `Schema::defaultStringLength(191)` in the app's service providers (wherever they sit): the length
 * `string()` columns get by default. The argument is evaluated (a constant or an expression is fine); the
 * last call found wins; null when no provider sets a known length.
 */
export function findDefaultStringLength(files: ParsedPhp[], options: SettingsOptions = {}): number | null {
  const host = options.host ?? defaultHost();
  return providerSchemaSettings(options.index ?? indexOfFiles(files, host), host).defaultStringLength;
}

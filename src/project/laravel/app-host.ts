/**
 * The evaluator host for the app's own code: Laravel's helpers, the app's config() and env() as production
 * sees them (the settings reader resolves both), and the app's global helper functions followed.
 */

import type { EvalHost } from '../php/evaluate.js';
import { withAppFunctions, type FunctionIndex } from '../php/functions.js';
import { laravelHost, type LaravelKnowledge } from './host.js';

export interface AppKnowledge extends Required<Pick<LaravelKnowledge, 'config' | 'env'>> {
  configFileRead?: LaravelKnowledge['configFileRead'];
  /** The app's global functions (helpers.php and the like). */
  functions?: FunctionIndex;
}

export function appHost(app: AppKnowledge): EvalHost {
  return withAppFunctions(laravelHost(app), app.functions);
}

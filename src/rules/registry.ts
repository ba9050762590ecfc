/** Every rule perf-audit knows, by group. Ids are stable: never reuse or renumber one. */

import type { Rule } from './rule.js';
import { indexesRules } from './groups/indexes.js';
import { settingsRules } from './groups/settings.js';
import { httpRules } from './groups/http.js';
import { projectRules } from './groups/project.js';

export const RULES: Rule[] = [...indexesRules, ...settingsRules, ...httpRules, ...projectRules].sort((a, b) =>
  a.id.localeCompare(b.id),
);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id.toUpperCase());
}

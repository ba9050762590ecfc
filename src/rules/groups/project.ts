import type { Rule } from '../rule.js';

/** The project rules, one file each in src/rules/. */
export const projectRules: Rule[] = [];

import type { Rule } from '../rule.js';

/** The settings rules, one file each in src/rules/. */
export const settingsRules: Rule[] = [];

import type { Rule } from '../rule.js';

/** The http rules, one file each in src/rules/. */
export const httpRules: Rule[] = [];

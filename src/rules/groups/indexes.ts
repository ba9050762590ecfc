import type { Rule } from '../rule.js';

/** The indexes rules, one file each in src/rules/. */
export const indexesRules: Rule[] = [];

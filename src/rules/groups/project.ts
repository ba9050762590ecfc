import type { Rule } from '../rule.js';
import { pa901 } from '../pa901-not-understood.js';

/** Rules about the project itself (what could not be read). */
export const projectRules: Rule[] = [pa901];

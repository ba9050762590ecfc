import type { Rule } from '../rule.js';
import { pa201 } from '../pa201-cache-store.js';
import { pa202 } from '../pa202-session-driver.js';
import { pa203 } from '../pa203-queue-connection.js';
import { pa204 } from '../pa204-opcache.js';
import { pa205 } from '../pa205-fpm-workers.js';
import { pa206 } from '../pa206-telescope-prune.js';
import { pa207 } from '../pa207-app-debug.js';

/** The settings rules, one file each in src/rules/. */
export const settingsRules: Rule[] = [pa201, pa202, pa203, pa204, pa205, pa206, pa207];

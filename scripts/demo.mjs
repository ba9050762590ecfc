// `npm run demo`: audits the bundled example app (the app of the seed audit) with the bundled command.
// Uses the MariaDB at PERF_AUDIT_DB_URL (default mysql://root@127.0.0.1:3306) when one answers, and
// static verdicts when none does; the report says which. Extra arguments go to the command.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env };
if (env.PERF_AUDIT_DB_URL === undefined) env.PERF_AUDIT_DB_URL = 'mysql://root@127.0.0.1:3306';

const args = [join(root, 'dist/cli/index.js'), '--app', join(root, 'examples/laravel-app'), '--db-wait-ms', '3000', '--database-optional', ...process.argv.slice(2)];
const run = spawnSync(process.execPath, args, { stdio: 'inherit', env });
process.exit(run.status ?? 3);

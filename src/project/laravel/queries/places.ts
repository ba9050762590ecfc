/**
 * Where a query runs: in a web request, a queued job, a console command, a seeder or factory, a migration, or
 * a test. Read from the file and class that send it (the class's parents and interfaces as the code states
 * them), so later severity calibration can tell a page's query from a nightly command's.
 */

import type { ClassIndex } from '../../php/class-index.js';
import type { QueryPlace } from '../../model.js';
import { CONSOLE_COMMAND as COMMAND } from '../framework-class.js';

const QUEUED = 'illuminate\\contracts\\queue\\shouldqueue';
const SEEDER = 'illuminate\\database\\seeder';
const FACTORY = 'illuminate\\database\\eloquent\\factories\\factory';
const MIGRATION = 'illuminate\\database\\migrations\\migration';
const TESTS = ['phpunit\\framework\\testcase', 'illuminate\\foundation\\testing\\testcase'];

export function placeOf(file: string, cls: string | null, index: ClassIndex): QueryPlace {
  const path = file.replace(/\\/g, '/').toLowerCase();
  const isA = (ancestor: string) => cls !== null && index.isA(cls, ancestor);
  if (/(^|\/)tests?\//.test(path) || TESTS.some(isA)) return 'test';
  if (/(^|\/)database\/migrations\//.test(path) || isA(MIGRATION)) return 'migration';
  if (/(^|\/)database\/(seeders|seeds|factories)\//.test(path) || isA(SEEDER) || isA(FACTORY))
    return 'seeder';
  if (isA(QUEUED)) return 'job';
  if (isA(COMMAND) || path.startsWith('app/console/') || path === 'routes/console.php') return 'console';
  if (path.startsWith('app/jobs/')) return 'job';
  if (path.endsWith('.blade.php') && isMailView(path)) return 'job';
  return 'request';
}

/**
 * A mail or notification template (`views/emails/…`, `views/mail/…`, `views/vendor/mail/…`): rendered when
 * the mail is built, on a queue when the app queues its mail. Read from the folder alone; every other
 * template renders on a request.
 */
const MAIL_VIEWS = ['email/', 'emails/', 'mail/', 'mails/', 'vendor/mail/', 'vendor/notifications/'];

function isMailView(path: string): boolean {
  const at = path.lastIndexOf('/views/');
  if (at < 0 && !path.startsWith('views/')) return false;
  const below = path.slice(at + '/views/'.length);
  return MAIL_VIEWS.some((folder) => below.startsWith(folder));
}

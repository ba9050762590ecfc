/**
 * Code that runs rarely or never, read from a fixture app with the real PHP parser: scheduled tasks and
 * their frequency, jobs nothing dispatches, what only a rare task or a console command reaches, and model
 * delete/restore events. Beside each construct, the one that must not be bounded.
 */

import { join } from 'node:path';
import { defaultConfig } from '../../src/config/defaults.js';
import { readAppFiles } from '../../src/project/files.js';
import { loadProject } from '../../src/project/load.js';
import type { PhpNode } from '../../src/project/php/ast.js';
import { indexOfFiles } from '../../src/project/php/class-index.js';
import { summarizeFile } from '../../src/project/php/summary.js';
import { extractModels } from '../../src/project/laravel/models.js';
import { extractQueries } from '../../src/project/laravel/queries/index.js';
import { rarePaths, scheduleOf } from '../../src/project/laravel/rare-paths/index.js';
import { placeScheduledQueries, scheduledWork } from '../../src/project/laravel/rare-paths/scheduled-work.js';
import { cronRunsPerDay, runsPerDay } from '../../src/project/laravel/rare-paths/frequency.js';
import { scheduledTasks } from '../../src/project/laravel/rare-paths/schedule.js';
import type { ProjectModel } from '../../src/project/model.js';
import { rarePathOf } from '../../src/rules/calibrate/rare-path-severity.js';
import { FIXTURES, parseDir } from '../queries/helpers.js';

const files = parseDir(join(FIXTURES, 'rare-paths/app'));
const index = indexOfFiles(files);
const models = extractModels(files);
const registrations = files.filter((f) => /^(app\/Console|app\/Providers|routes|bootstrap)\//.test(f.path));
const paths = rarePaths({
  index,
  summaries: files.map((f) => summarizeFile(f.path, f.ast as unknown as PhpNode)),
  registrations,
  tasks: scheduleOf(registrations),
  models,
});
const { queries } = extractQueries(files, models, index);
const project = { rarePaths: paths } as ProjectModel;

/** The bound on the query filtering on `column`: `warning`, `info` or `none`, and why. */
function bound(column: string): { cap: string; reason: string } {
  const shape = queries.find((q) => q.where.some((p) => p.column === column));
  if (!shape) throw new Error(`no query on ${column}`);
  const p = rarePathOf(project, shape);
  return p ? { cap: p.cap, reason: p.reason } : { cap: 'none', reason: '' };
}

describe('the schedule', () => {
  const tasks = registrations.flatMap((f) => scheduledTasks(f.path, f.ast as unknown as PhpNode));
  const task = (cls: string) => tasks.find((t) => t.classes.some((c) => c.endsWith(`\\${cls}`)));

  it('reads jobs, commands and callbacks from the console kernel, routes/console.php and withSchedule', () => {
    expect(task('PruneArchivedOrders')).toMatchObject({
      file: 'app/Console/Kernel.php',
      kind: 'job',
      frequency: "->sundays()->at('02:30')",
    });
    expect(task('UsageReport')).toMatchObject({ kind: 'call', runsPerDay: 1 });
    expect(task('PurgeSessions')).toMatchObject({ kind: 'command', runsPerDay: 1 });
    expect(task('CloseStaleCarts')).toMatchObject({ file: 'routes/console.php', runsPerDay: 2 });
    expect(task('RecountStock')).toMatchObject({ file: 'bootstrap/app.php', runsPerDay: 4 });
    expect(task('RebuildTotals')).toMatchObject({ runsPerDay: 1 });
  });

  it('counts runs per day from the frequency methods', () => {
    expect(task('PruneArchivedOrders')!.runsPerDay).toBeCloseTo(1 / 7);
    expect(task('RefreshFeeds')!.runsPerDay).toBe(1440);
    expect(task('SendDigests')!.runsPerDay).toBe(24);
    expect(
      runsPerDay([
        { name: 'weekdays', args: [] },
        { name: 'hourly', args: [] },
      ]),
    ).toBeCloseTo(24 * (5 / 7));
    expect(runsPerDay([{ name: 'withoutOverlapping', args: [] }])).toBe(1440);
    expect(runsPerDay([{ name: 'cron', args: [{ unknown: true } as never] }])).toBeNull();
    expect(cronRunsPerDay('*/15 * * * *')).toBe(96);
    expect(cronRunsPerDay('0 */6 * * *')).toBe(4);
    expect(cronRunsPerDay('30 2 * * 0')).toBeCloseTo(1 / 7);
  });

  it('a job scheduled rarer than hourly is info at most, and the message says where it is scheduled', () => {
    expect(bound('created_at')).toEqual({
      cap: 'info',
      reason: expect.stringMatching(
        /^PruneArchivedOrders runs only from the schedule `->sundays\(\)->at\('02:30'\)` \(about once a week, app\/Console\/Kernel\.php:20\)$/,
      ),
    });
    expect(bound('cart_touched_at').cap).toBe('info');
    expect(bound('stock_checked_at').cap).toBe('info');
    expect(bound('status_RebuildTotals').cap).toBe('info');
  });

  it('what only a rare task calls is bounded too: a service it injects, an invokable scheduled by call()', () => {
    expect(bound('archived_at')).toEqual({
      cap: 'info',
      reason: expect.stringMatching(
        /^ArchiveCleaner runs only from PruneArchivedOrders, which runs only from the schedule/,
      ),
    });
    // Named by the daily task and by a command: the schedule is the better reason.
    expect(bound('channel')).toEqual({
      cap: 'info',
      reason:
        "UsageReport runs only from the schedule `->dailyAt('03:15')` (once a day, app/Console/Kernel.php:33)",
    });
  });

  it('an every-minute or hourly job, and a daily one a controller also dispatches, are not bounded', () => {
    expect(bound('status_RefreshFeeds').cap).toBe('none');
    expect(bound('status_SendDigests').cap).toBe('none');
    expect(bound('status_ImportOrders').cap).toBe('none');
    expect(bound('next_fetch_at').cap).toBe('none');
  });

  it('a service only a rarely scheduled command calls is info at most', () => {
    expect(bound('session_expires_at')).toEqual({
      cap: 'info',
      reason: expect.stringMatching(
        /^SessionPurger runs only from PurgeSessions, which runs only from the schedule `->daily\(\)` \(once a day, app\/Console\/Kernel\.php:\d+\)$/,
      ),
    });
  });
});

describe('console commands', () => {
  it('a command no schedule runs is run by hand: info at most', () => {
    expect(bound('import_ref')).toEqual({
      cap: 'info',
      reason: 'ImportCustomers is a console command no schedule runs: it runs when someone types it',
    });
  });

  it('a command scheduled by its Artisan name ($signature or $name) is bounded by that schedule', () => {
    expect(bound('closed_period')).toEqual({
      cap: 'info',
      reason: expect.stringMatching(/^CloseBooks runs only from the schedule `->monthly\(\)`/),
    });
    // Every fifteen minutes: not bounded beyond the console place itself (a warning at most).
    expect(bound('partner_synced_at').cap).toBe('none');
  });

  it('a service a frequent command calls is not bounded; one a command at a rate that cannot be read calls warns', () => {
    expect(bound('partner_ref').cap).toBe('none');
    expect(bound('supplier_synced_at').cap).toBe('none');
    expect(bound('supplier_ref')).toEqual({
      cap: 'warning',
      reason: 'SupplierSync runs only from console commands (SyncSuppliers)',
    });
  });
});

describe('console code the schedule runs hourly or more often', () => {
  const scheduled = scheduledWork(index, scheduleOf(registrations));
  const placed = placeScheduledQueries(queries, scheduled);
  const on = (column: string) => placed.find((q) => q.where.some((p) => p.column === column))!;

  it("is a job's: a command by its Artisan name, a callback", () => {
    expect(on('partner_synced_at')).toMatchObject({
      place: 'job',
      scheduled: expect.stringMatching(
        /^SyncPartners runs from the schedule `->everyFifteenMinutes\(\)` \(96 times a day, app\/Console\/Kernel\.php:\d+\)$/,
      ),
    });
    expect(on('reminder_due_at')).toMatchObject({
      place: 'job',
      scheduled: expect.stringMatching(
        /^a callback run by the schedule `->everyTenMinutes\(\)` \(144 times a day/,
      ),
    });
  });

  it('a task with no frequency method runs every minute, on $schedule or the Schedule facade', () => {
    expect(on('webhook_due_at')).toMatchObject({
      place: 'job',
      scheduled: expect.stringMatching(
        /^DispatchWebhooks runs from the schedule with no frequency method \(Laravel's default\) \(every minute or more often, app\/Console\/Kernel\.php:\d+\)$/,
      ),
    });
    expect(on('partner_pinged_at')).toMatchObject({
      place: 'job',
      scheduled: expect.stringMatching(
        /^PingPartners runs from the schedule with no frequency method .*routes\/console\.php:\d+\)$/,
      ),
    });
  });

  it("Artisan::command() and another object's command() are not tasks: the command is run by hand", () => {
    expect(on('archived_cart_at').place).toBe('console');
    expect(bound('archived_cart_at')).toEqual({
      cap: 'info',
      reason: 'ArchiveCarts is a console command no schedule runs: it runs when someone types it',
    });
  });

  it('a monthly command, one at a rate that cannot be read and one typed by hand stay console', () => {
    for (const column of ['closed_period', 'supplier_synced_at', 'import_ref']) {
      expect(on(column).place).toBe('console');
      expect(on(column).scheduled).toBeUndefined();
    }
  });

  it('loadProject places them so: the project the rules read has the job place and the reason', async () => {
    const root = join(FIXTURES, 'rare-paths/app');
    const { project } = loadProject(await readAppFiles(root), defaultConfig(root));
    const loaded = (column: string) => project.queries.find((q) => q.where.some((p) => p.column === column))!;
    expect(loaded('partner_synced_at')).toMatchObject({
      place: 'job',
      scheduled: on('partner_synced_at').scheduled,
    });
    expect(loaded('reminder_due_at').place).toBe('job');
    expect(loaded('closed_period').place).toBe('console');
  });

  it('what a frequent command calls keeps its own place', () => {
    expect(on('partner_ref').place).toBe('request');
    expect(on('partner_ref').scheduled).toBeUndefined();
  });
});

describe('jobs nothing dispatches', () => {
  it('a job only tests dispatch is info at most, and says why', () => {
    expect(bound('status_AuditLedger')).toEqual({
      cap: 'info',
      reason: 'AuditLedger is never dispatched (nothing outside tests names it)',
    });
  });
});

describe('model delete and restore events', () => {
  it("an observer's deleted/restored methods and a static::deleting callback are info at most", () => {
    const observer = queries.filter((q) => q.location.file === 'app/Observers/CustomerObserver.php');
    const caps = observer.map((q) => `${q.location.line}:${rarePathOf(project, q)?.cap ?? 'none'}`);
    expect(caps).toEqual(['12:none', '17:info', '22:info']);
    expect(bound('order_id')).toEqual({
      cap: 'info',
      reason: expect.stringMatching(
        /^the `deleting` callback in Order runs only when a model is deleted or restored/,
      ),
    });
  });

  it('a created observer and a saved callback are not bounded', () => {
    expect(bound('customer_email').cap).toBe('none');
    expect(bound('order_ref').cap).toBe('none');
  });
});

describe('import code', () => {
  const IMPORT =
    'is import code: it runs when someone imports a file, an occasional action rather than a page view';

  it('a class in an Imports or Importer namespace, or built on laravel-excel concerns, is info at most', () => {
    expect(bound('import_email')).toEqual({ cap: 'info', reason: `CustomersImport ${IMPORT}` });
    expect(bound('import_sku')).toEqual({ cap: 'info', reason: `OrderLineImporter ${IMPORT}` });
    expect(bound('ledger_ref')).toEqual({ cap: 'info', reason: `LedgerSheet ${IMPORT}` });
  });

  it('a trait only import code uses runs when it does', () => {
    expect(bound('import_name')).toEqual({
      cap: 'info',
      reason: `MatchesRows runs only from CustomersImport, which ${IMPORT}`,
    });
  });

  it('a controller in an Imports namespace, and import code the schedule runs every few minutes, are not', () => {
    expect(bound('imported_by').cap).toBe('none');
    expect(bound('import_feed_url').cap).toBe('none');
  });
});

describe('export code', () => {
  const EXPORT =
    'is export code: it runs when someone exports a file, an occasional action rather than a page view';
  const DOWNLOAD = 'streams a file download (an export), an occasional action rather than a page view';

  it('a class in an Exports namespace, or built on a laravel-excel From… concern, warns at most', () => {
    expect(bound('export_status')).toEqual({ cap: 'warning', reason: `OrdersExport ${EXPORT}` });
    expect(bound('ledger_period')).toEqual({ cap: 'warning', reason: `LedgerReport ${EXPORT}` });
  });

  it('the callback of a streamed download warns at most: StreamedResponse with Content-Disposition, streamDownload()', () => {
    expect(bound('report_from')).toEqual({ cap: 'warning', reason: `ReportController::csv ${DOWNLOAD}` });
    expect(bound('stream_ref')).toEqual({ cap: 'warning', reason: `ReportController::lines ${DOWNLOAD}` });
  });

  it('a lookup before the stream, and a stream of server-sent events, are not bounded', () => {
    expect(bound('report_owner').cap).toBe('none');
    expect(bound('event_since').cap).toBe('none');
  });
});

describe('reads the cache answers', () => {
  const miss = (at: string, how: string) =>
    `PriceController::${at} runs it only when the cache misses (${how})`;
  const FILE = 'app/Http/Controllers/PriceController.php';

  it('the callback of Cache::remember, cache()->rememberForever and a tagged flexible() warns at most', () => {
    expect(bound('cached_price_list')).toEqual({
      cap: 'warning',
      reason: miss('index', `remember() at ${FILE}:13`),
    });
    expect(bound('cached_forever')).toEqual({
      cap: 'warning',
      reason: miss('index', `rememberForever() at ${FILE}:14`),
    });
    expect(bound('cached_open')).toEqual({
      cap: 'warning',
      reason: miss('index', `flexible() at ${FILE}:17`),
    });
  });

  it('what follows a guard that returns the cached value warns at most', () => {
    expect(bound('cached_status')).toEqual({
      cap: 'warning',
      reason: miss('status', `it returns the cached value at ${FILE}:25`),
    });
  });

  it('a guard that assigns what Cache::get() returns, in a file with no remember()', () => {
    expect(bound('guard_only')).toEqual({
      cap: 'warning',
      reason:
        'StatusController::show runs it only when the cache misses (it returns the cached value at ' +
        'app/Http/Controllers/StatusController.php:13)',
    });
  });

  it('a query before the guard, a value computed for the cache, a negated guard and another remember() are not', () => {
    expect(bound('before_guard').cap).toBe('none');
    expect(bound('computed_before').cap).toBe('none');
    expect(bound('after_negated_guard').cap).toBe('none');
    expect(bound('other_remember').cap).toBe('none');
  });
});

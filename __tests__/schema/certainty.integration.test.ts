/**
 * Certainty end to end, without a database and with real MariaDB: a migration construct perf-audit does not
 * understand makes the table it touched uncertain, so a missing-index finding there is a warning that names
 * the construct and its file:line, the header says how many tables are uncertain, and PA901 reports each
 * construct once with its count (a database run folds the migrations again: no second copy).
 */

import type { AuditReport } from '../../src/report/audit-report.js';
import { writeApp, type WrittenApp } from '../helpers/written-app.js';
import { parseReport } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderTable } from '../../src/report/text.js';

const HEAD = `<?php
use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;

return new class extends Migration {
    public function up(): void
    {
`;
const TAIL = `    }
};
`;

const INDEX_ORDERS = 'database/migrations/2024_01_01_000003_index_orders.php';

const FILES: Record<string, string> = {
  'database/migrations/2024_01_01_000000_create_customers.php': `${HEAD}        Schema::create('customers', function (Blueprint $table) {
            $table->id();
            $table->string('email');
            $table->timestamps();
        });
${TAIL}`,
  'database/migrations/2024_01_01_000001_create_orders.php': `${HEAD}        Schema::create('orders', function (Blueprint $table) {
            $table->id();
            $table->unsignedBigInteger('customer_id');
            $table->string('reference');
            $table->timestamps();
        });
${TAIL}`,
  'database/migrations/2024_01_01_000002_create_catalog.php': `${HEAD}        foreach (['products', 'invoices', 'payments'] as $name) {
            Schema::create($name, function (Blueprint $table) {
                $table->id();
                $table->string('name');
            });
        }
${TAIL}`,
  // A Blueprint macro the app registers elsewhere: perf-audit cannot know what it builds.
  [INDEX_ORDERS]: `${HEAD}        Schema::table('orders', function (Blueprint $table) {
            $table->auditedIndex('reference');
            $table->auditedIndex('customer_id');
        });
${TAIL}`,
  // A table whose name is not known statically: which table it builds cannot be said.
  'database/migrations/2024_01_01_000004_dynamic.php': `${HEAD}        Schema::create(tableNameFromSomewhere(), function (Blueprint $table) {
            $table->id();
        });
${TAIL}`,
  'app/Http/Controllers/OrderController.php': `<?php
namespace App\\Http\\Controllers;

use Illuminate\\Support\\Facades\\DB;

class OrderController
{
    public function index(string $reference)
    {
        return DB::table('orders')->where('reference', $reference)->get();
    }

    public function customer(string $email)
    {
        return DB::table('customers')->where('email', $email)->first();
    }
}
`,
};

let app: WrittenApp;

beforeAll(() => {
  app = writeApp('certainty', FILES);
});

afterAll(() => app.remove());

const audit = (database: boolean): Promise<AuditReport> => app.audit(database);

const missingIndex = (r: AuditReport, table: string) =>
  r.findings.find((f) => f.rule === 'PA101' && f.table === table);

function expectCertainty(report: AuditReport) {
  const orders = missingIndex(report, 'orders');
  expect(orders).toMatchObject({ severity: 'warning', columns: ['reference'] });
  expect(orders!.message).toContain(`Blueprint at ${INDEX_ORDERS}:10, Blueprint at ${INDEX_ORDERS}:11`);
  expect(orders!.evidence['uncertain']).toMatchObject({
    table: 'orders',
    severityWithoutUncertainty: 'critical',
  });
  // A table nothing uncertain touched keeps its verdict.
  expect(missingIndex(report, 'customers')).toMatchObject({ severity: 'critical', columns: ['email'] });

  expect(report.certainty).toMatchObject({ tables: 5, uncertain: 1, low: false });
  expect(report.certainty!.uncertainTables).toEqual([
    {
      name: 'orders',
      inSchema: true,
      columns: ['reference', 'customer_id'],
      constructs: [
        expect.objectContaining({ construct: 'Blueprint', file: INDEX_ORDERS, line: 10 }),
        expect.objectContaining({ construct: 'Blueprint', file: INDEX_ORDERS, line: 11 }),
      ],
    },
  ]);
  expect(report.certainty!.unknownTouches).toEqual([
    expect.objectContaining({ file: 'database/migrations/2024_01_01_000004_dynamic.php', line: 9 }),
  ]);

  // Each construct once, with every place it was met.
  const pa901 = report.findings.filter((f) => f.rule === 'PA901');
  expect(pa901.map((f) => [f.evidence['construct'], f.evidence['count']]).sort()).toEqual([
    ['Blueprint', 2],
    ['dynamic value', 1],
  ]);
  const blueprint = pa901.find((f) => f.evidence['construct'] === 'Blueprint')!;
  expect(blueprint.title).toBe('Construct not understood: Blueprint (2 places)');
  expect(blueprint.locations).toEqual([
    { file: INDEX_ORDERS, line: 10 },
    { file: INDEX_ORDERS, line: 11 },
  ]);
  expect(blueprint.message).toContain('1 table touched here is uncertain');
}

describe('certainty without a database', () => {
  let report: AuditReport;
  beforeAll(async () => {
    report = await audit(false);
  });

  it('warns instead of blocking on the uncertain table, names the construct, counts PA901 once', () => {
    expectCertainty(report);
  });

  it('says how many tables are uncertain in the header of the comment and of the table output', () => {
    const header = renderMarkdown(report).split('###')[0];
    expect(header).toContain(
      'static verdicts only: no database; 1 of 5 tables uncertain (built by code not understood: their findings are warnings, never critical); 1 construct not understood may have changed tables that cannot be named',
    );
    expect(header).not.toContain('Schema uncertain');
    expect(renderTable(report).split('\n').slice(0, 4).join('\n')).toContain('1 of 5 tables uncertain');
  });

  it('a saved report keeps its certainty, so a comment posted from it says the same', () => {
    const saved = parseReport(JSON.stringify(report));
    expect(saved.certainty).toEqual(report.certainty);
    expect(renderMarkdown(saved).split('###')[0]).toContain('1 of 5 tables uncertain');
  });
});

describe('when more than a quarter of the tables are uncertain', () => {
  let low: WrittenApp;
  beforeAll(() => {
    const paths = ['database/migrations/2024_01_01_000001_create_orders.php', INDEX_ORDERS];
    low = writeApp('certainty-low', Object.fromEntries(paths.map((path) => [path, FILES[path]!])));
  });
  afterAll(() => low.remove());

  it('the run says so at the top: in the log, the comment and the table output', async () => {
    const log: string[] = [];
    const report = await low.audit(false, { log: (l) => log.push(l) });
    const text =
      'Schema uncertain: 1 of 1 table (100%) was built by migration code perf-audit does not understand';
    expect(report.certainty).toMatchObject({ tables: 1, uncertain: 1, low: true });
    expect(log.filter((l) => l.includes(text))).toHaveLength(1);
    expect(renderMarkdown(report).split('###')[0]).toContain(`> ⚠️ **${text}`);
    expect(renderTable(report).split('\n').slice(0, 4).join('\n')).toContain(`WARNING: ${text}`);
  });
});

describe('certainty with MariaDB', () => {
  let report: AuditReport;
  beforeAll(async () => {
    report = await audit(true);
  }, 120_000);

  it('the planner runs, and the uncertain table still only warns; PA901 is not repeated by the schema phase', () => {
    expect(report.phases.find((p) => p.name === 'schema')?.status).toBe('ran');
    expect(report.summary.verdicts).toBe('planner');
    expect(missingIndex(report, 'orders')!.evidence['decidedBy']).toBe('planner');
    expectCertainty(report);
  });

  it('claims planner confirmation only for the certain tables', () => {
    const header = renderMarkdown(report).split('###')[0];
    expect(header).toContain(
      "verdicts confirmed by MariaDB's planner at production scale for 4 of 5 tables; 1 of 5 tables uncertain",
    );
  });
});

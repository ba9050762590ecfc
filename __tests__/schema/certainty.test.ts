/** Certainty: what a migration construct not understood touched, the uncertain tables, and their findings. */

import { withCertainty } from '../../src/audit/certainty.js';
import type { Finding } from '../../src/findings.js';
import { schemaFromMigrations } from '../../src/project/laravel/migrations/index.js';
import { parsePhp, type ParsedPhp } from '../../src/project/php/parse.js';
import { certaintyOf } from '../../src/schema/certainty.js';
import { certaintyVerdicts, lowCertaintyText } from '../../src/report/certainty-text.js';
import type { Schema } from '../../src/schema/model.js';

const HEAD = `<?php
use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;
`;

function file(i: number, body: string, helpers = ''): ParsedPhp {
  const text = `${HEAD}return new class extends Migration {\n    public function up(): void\n    {\n${body}\n    }\n${helpers}};\n`;
  const r = parsePhp(`database/migrations/2024_01_01_00000${i}_m${i}.php`, text);
  if (!r.parsed) throw new Error(r.problem?.message);
  return r.parsed;
}

const CREATE = (table: string) => `
        Schema::create('${table}', function (Blueprint $table) {
            $table->id();
            $table->string('status');
        });`;

describe('what a construct not understood touched', () => {
  it('inside a Blueprint closure: that table, and the column the statement names', () => {
    const { problems } = schemaFromMigrations([
      file(0, CREATE('orders')),
      file(
        1,
        `
        Schema::table('orders', function (Blueprint $table) {
            $table->auditedIndex('status');
        });`,
      ),
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      construct: 'Blueprint',
      location: { file: 'database/migrations/2024_01_01_000001_m1.php', line: 10 },
      touches: { tables: ['orders'], column: 'status', unknown: false },
    });
  });

  it("a Blueprint closure's statement that never names the Blueprint: only what its own calls touch", () => {
    const { problems } = schemaFromMigrations([
      file(0, CREATE('orders')),
      file(
        1,
        `
        Schema::table('orders', function (Blueprint $table) {
            $first = DB::table('users')->oldest()->first();
            if (! $first) {
                return;
            }
            DB::table('orders')->update(['owner_id' => $first->id]);
            if (config('app.audited')) {
                $table->index('status');
            }
        });`,
      ),
    ]);
    // Lines 10 and 11 read and write rows; line 15 may add an index to orders.
    expect(problems.map((p) => [p.location.line, p.touches])).toEqual([
      [10, { tables: [], unknown: false }],
      [11, { tables: [], unknown: false }],
      [15, { tables: ['orders'], unknown: false }],
    ]);
  });

  it('a statement the interpreter does not run: the tables its Schema calls name', () => {
    const { problems } = schemaFromMigrations([
      file(0, CREATE('orders')),
      file(
        1,
        `
        while (true) {
            Schema::table('orders', function (Blueprint $table) {
                $table->index('status');
            });
            break;
        }`,
      ),
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0].touches).toEqual({ tables: ['orders'], unknown: false });
  });

  it('a statement that only reads or writes rows changes no table; an unknown static call may change any', () => {
    const { problems } = schemaFromMigrations([
      file(0, CREATE('orders')),
      file(
        1,
        `
        do {
            DB::table('orders')->where('status', 'old')->update(['status' => Str::lower('NEW'), 'at' => Carbon::now()]);
            Order::all()->each(function ($order) { $order->touch(); });
            array_map(fn ($id) => DB::table('orders')->where('id', $id)->delete(), [1, 2]);
        } while (false);
        do {
            collect(['a'])->each(function ($name) { AppHelper::relaxPrimaryKeys($name); });
        } while (false);`,
      ),
    ]);
    expect(problems.map((p) => [p.construct, p.touches])).toEqual([
      ['do', { tables: [], unknown: false }],
      ['do', { tables: [], unknown: true }],
    ]);
  });

  it('writing to the log and Eloquent unguard() are no construct; Artisan::call() may change any table', () => {
    const { problems } = schemaFromMigrations([
      file(
        0,
        `
        \\Log::info('moving locations');
        Log::debug('still moving');
        Model::unguard();
        Artisan::call('snipeit:sync-asset-locations');
        Model::reguard();`,
      ),
    ]);
    expect(problems.map((p) => [p.location.line, p.construct, p.touches])).toEqual([
      [12, 'call', { tables: [], unknown: true }],
    ]);
  });

  it('a table name that cannot be evaluated: the touch is unknown, no table is named', () => {
    const { problems } = schemaFromMigrations([
      file(
        0,
        `
        Schema::create(tableNameFromSomewhere(), function (Blueprint $table) {
            $table->id();
        });`,
      ),
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0].touches).toEqual({ tables: [], unknown: true });
  });

  it('a file that stops as a whole (no migration class) may have touched any table', () => {
    const r = parsePhp('database/migrations/2024_01_01_000000_odd.php', '<?php\nfunction up() {}\n');
    const { problems } = schemaFromMigrations([r.parsed!]);
    expect(problems[0]).toMatchObject({
      construct: 'migration class',
      touches: { tables: [], unknown: true },
    });
  });
});

const table = (name: string) => ({ name, columns: [], indexes: [], foreignKeys: [] });
const schemaOf = (...names: string[]): Schema => ({ source: 'static', tables: names.map(table) });
const problem = (file: string, line: number, tables: string[], unknown = false) => ({
  location: { file, line },
  message: 'Blueprint::auditedIndex() is not understood',
  construct: 'Blueprint::auditedIndex',
  touches: { tables, unknown },
});

describe('certaintyOf', () => {
  it('counts the uncertain tables of the schema, keeps the ones it lacks apart, counts unknown touches', () => {
    const c = certaintyOf(schemaOf('orders', 'customers', 'products', 'invoices', 'payments'), [
      problem('database/migrations/a.php', 9, ['Orders']),
      problem('database/migrations/b.php', 4, ['orders']),
      problem('database/migrations/c.php', 7, ['ghosts']),
      problem('database/migrations/d.php', 3, [], true),
      { location: { file: 'app/X.php', line: 1 }, message: 'not schema', construct: 'call' },
    ]);
    expect(c).toMatchObject({ tables: 5, uncertain: 1, low: false });
    expect(c.uncertainTables.map((t) => [t.name, t.inSchema, t.constructs.length])).toEqual([
      ['ghosts', false, 1],
      ['orders', true, 2],
    ]);
    expect(c.unknownTouches.map((u) => `${u.file}:${u.line}`)).toEqual(['database/migrations/d.php:3']);
    expect(certaintyVerdicts(true, c)).toBe(
      "verdicts confirmed by MariaDB's planner at production scale for 4 of 5 tables; 1 of 5 tables uncertain " +
        '(built by code not understood: their findings are warnings, never critical); 1 construct not understood ' +
        'may have changed tables that cannot be named',
    );
    expect(lowCertaintyText(c)).toBeNull();
  });

  it('is low past a quarter of the tables, and when no table was built', () => {
    const quarter = certaintyOf(schemaOf('a', 'b', 'c', 'd'), [problem('m.php', 1, ['a'])]);
    expect(quarter.low).toBe(false);
    const more = certaintyOf(schemaOf('a', 'b', 'c', 'd'), [problem('m.php', 1, ['a', 'b'])]);
    expect(more.low).toBe(true);
    expect(lowCertaintyText(more)).toMatch(/^Schema uncertain: 2 of 4 tables \(50%\)/);
    const none = certaintyOf(schemaOf(), []);
    expect(none.low).toBe(true);
    expect(lowCertaintyText(none)).toMatch(/no table was built/);
    expect(certaintyVerdicts(false, none)).toBe('static verdicts only: no database; no table was built');
  });
});

function finding(rule: string, severity: Finding['severity'], tableName: string | null): Finding {
  return {
    rule,
    severity,
    title: 't',
    message: 'No index serves a query.',
    file: 'app/X.php',
    line: 3,
    locations: [],
    table: tableName,
    columns: ['status'],
    query: null,
    evidence: {},
    fix: { sql: null, migration: null, text: null },
    fingerprint: `${rule}${tableName}`,
    status: 'new',
    docs: '',
  };
}

describe('withCertainty', () => {
  const c = certaintyOf(schemaOf('orders', 'customers'), [
    problem('database/migrations/2024_01_01_000001_m1.php', 9, ['orders']),
  ]);

  it('turns a critical finding on an uncertain table into a warning naming the construct and file:line', () => {
    const [orders, customers, warning] = withCertainty(
      [
        finding('PA101', 'critical', 'ORDERS'),
        finding('PA101', 'critical', 'customers'),
        finding('PA105', 'warning', 'orders'),
      ],
      c,
    );
    expect(orders.severity).toBe('warning');
    expect(orders.fingerprint).toBe('PA101ORDERS');
    expect(orders.message).toContain(
      'Blueprint::auditedIndex at database/migrations/2024_01_01_000001_m1.php:9',
    );
    expect(orders.evidence['uncertain']).toMatchObject({
      table: 'orders',
      severityWithoutUncertainty: 'critical',
      constructCount: 1,
    });
    expect(customers.severity).toBe('critical');
    expect(customers.evidence['uncertain']).toBeUndefined();
    expect(warning.severity).toBe('warning');
    expect(warning.message).toContain('Uncertain: orders');
  });
});

/**
 * PA101 on a list endpoint's optional filters (calibrate/optional-filter-severity.ts): the shapes come from a
 * controller read with the real PHP parser, the plans from MariaDB. A filter the list always applies stays
 * critical; one sent only when the request asks for it is info, and says why (one of a search form's four
 * says so too); a table measured large keeps them critical.
 */

import type { Config } from '../../src/config/model.js';
import type { Schema } from '../../src/schema/model.js';
import { extract, parseSource } from '../queries/helpers.js';
import { pa101OnSchema, seedConfig } from './seed.js';

const MODEL = parseSource(
  'app/Models/Parcel.php',
  `<?php
namespace App\\Models;
use Illuminate\\Database\\Eloquent\\Model;
class Parcel extends Model {}
`,
);

const CONTROLLER = parseSource(
  'app/Http/Controllers/ParcelController.php',
  `<?php
namespace App\\Http\\Controllers;
use App\\Models\\Parcel;
use Illuminate\\Http\\Request;
use Illuminate\\Support\\Facades\\Auth;
class ParcelController
{
    public function index(Request $request)
    {
        $q = Parcel::query();
        if ($request->filled('city')) {
            $q->where('city', $request->input('city'));
        }
        if (! Auth::user()->isAdmin()) {
            $q->where('owner_id', Auth::id());
        }
        return $q->paginate();
    }

    public function search(Request $request)
    {
        $q = Parcel::query();
        if ($request->filled('zip')) {
            $q->where('zip', $request->input('zip'));
        }
        if ($request->filled('country')) {
            $q->where('country', $request->input('country'));
        }
        if ($request->filled('sender')) {
            $q->where('sender_name', $request->input('sender'));
        }
        if ($request->filled('lane')) {
            $q->where('lane', $request->input('lane'));
        }
        return $q->paginate();
    }

    public function byWarehouse(Request $request)
    {
        return Parcel::where('warehouse_id', $request->input('warehouse'))->paginate();
    }
}
`,
);

const col = (name: string, type: string) => ({ name, type, nullable: false, default: null });
const schema: Schema = {
  source: 'static',
  tables: [
    {
      name: 'parcels',
      columns: [
        col('id', 'bigint(20) unsigned'),
        col('warehouse_id', 'bigint(20) unsigned'),
        col('owner_id', 'bigint(20) unsigned'),
        col('city', 'varchar(120)'),
        col('zip', 'varchar(12)'),
        col('country', 'varchar(60)'),
        col('sender_name', 'varchar(120)'),
        col('lane', 'varchar(20)'),
      ],
      indexes: [{ name: 'PRIMARY', columns: ['id'], unique: true, primary: true }],
      foreignKeys: [],
    },
  ],
};

const findings = (config: Config) =>
  pa101OnSchema(
    schema,
    extract([MODEL, CONTROLLER]).queries.filter((q) => q.table === 'parcels'),
    config,
  );

/** The finding whose index leads with `column`. */
const leading = (fs: Awaited<ReturnType<typeof findings>>, column: string) =>
  fs.find((f) => f.columns?.[0] === column);

describe('PA101 on optional list filters', () => {
  const config = { ...seedConfig(), queries: [] };

  it('the filter a list always applies is critical; the optional city filter is info and says why', async () => {
    const fs = await findings(config);
    const warehouse = leading(fs, 'warehouse_id')!;
    expect(warehouse.severity).toBe('critical');
    expect(warehouse.evidence).not.toHaveProperty('optionalFilter');
    const city = leading(fs, 'city')!;
    expect(city.severity).toBe('info');
    expect(city.message).toContain(
      "Info only: the query runs only when the request sends the optional filter `city` (app/Http/Controllers/ParcelController.php:10), not on the list's common path",
    );
    expect(city.evidence).toMatchObject({
      optionalFilter: [expect.stringContaining('`city`')],
      queries: [{ optionalBranch: { columns: ['city'], requestInput: true } }],
    });
  }, 60_000);

  it('a filter among a search form of four is info, and says it is one of four', async () => {
    const fs = await findings(config);
    for (const column of ['zip', 'country', 'sender_name', 'lane']) {
      const f = leading(fs, column)!;
      expect(f.severity).toBe('info');
      expect(f.evidence).toMatchObject({ queries: [{ optionalBranch: { menu: 4 } }] });
    }
    expect(leading(fs, 'zip')!.message).toContain(
      'Info only: the query runs only when the request sends the optional filter `zip`, one of the 4 optional filters it accepts (app/Http/Controllers/ParcelController.php:',
    );
  }, 60_000);

  it('a branch on the user, not on the input, keeps its finding critical', async () => {
    const owner = leading(await findings(config), 'owner_id')!;
    expect(owner.severity).toBe('critical');
    expect(owner.evidence).toMatchObject({ queries: [{ optionalBranch: { requestInput: false } }] });
  }, 60_000);

  it('on a table the config measures large, the optional filter stays critical', async () => {
    const large = { ...config, database: { ...config.database, tables: { parcels: 500_000 } } };
    const fs = await findings(large);
    for (const column of ['city', 'zip']) {
      const f = leading(fs, column)!;
      expect(f.severity).toBe('critical');
      expect(f.evidence).not.toHaveProperty('optionalFilter');
    }
  }, 60_000);
});

/** Reads of MariaDB's own schemas are server metadata: the planner and the rules leave them out. */

import { judgedQueries, readsServerSchema } from '../../src/audit/judged-queries.js';
import type { Schema } from '../../src/schema/model.js';
import { extract, parseSource } from '../queries/helpers.js';

const job = parseSource(
  'app/Jobs/Inspect.php',
  `<?php
namespace App\\Jobs;
use Illuminate\\Support\\Facades\\DB;
class Inspect
{
    public function handle()
    {
        DB::table('information_schema.KEY_COLUMN_USAGE')->where('TABLE_NAME', 'songs')->get();
        DB::table('INFORMATION_SCHEMA.TABLES')->where('TABLE_SCHEMA', 'app')->get();
        DB::table('mysql.innodb_index_stats')->where('table_name', 'songs')->get();
        DB::table('mysql_logs')->where('level', 'error')->get();
        DB::table('app.posts')->where('slug', 'x')->get();
    }
}
`,
);

const schema: Schema = { source: 'static', tables: [] };

test('information_schema, mysql, performance_schema and sys tables are left out; the app’s are kept', () => {
  const { queries } = extract([job]);
  expect(queries.map((q) => q.table)).toHaveLength(5);
  expect(judgedQueries(queries, schema).map((q) => q.table)).toEqual(['mysql_logs', 'app.posts']);
});

test('only a schema qualifier counts', () => {
  expect(readsServerSchema({ table: 'sys.config' })).toBe(true);
  expect(readsServerSchema({ table: '`performance_schema`.threads' })).toBe(true);
  expect(readsServerSchema({ table: 'system_settings' })).toBe(false);
  expect(readsServerSchema({ table: 'sysadmins.logs' })).toBe(false);
});

/** A model class that other models extend and that has no table is a base: its `$this` queries run on theirs. */
const base = parseSource(
  'app/Models/BaseModel.php',
  `<?php
namespace App\\Models;
use Illuminate\\Database\\Eloquent\\Model;
class BaseModel extends Model
{
    public function resolveRouteBinding($value, $field = null)
    {
        return $this->where('id', $value)->firstOrFail();
    }
}
`,
);
const invoice = parseSource(
  'app/Models/Invoice.php',
  `<?php
namespace App\\Models;
class Invoice extends BaseModel
{
    public function overdue()
    {
        return $this->where('due_at', '<', now())->get();
    }
}
`,
);
const tables = (names: string[]): Schema => ({
  source: 'static',
  tables: names.map((name) => ({ name, columns: [], indexes: [], foreignKeys: [] })) as Schema['tables'],
});

test('the queries of a base model class on a table the schema lacks are left out; its subclasses’ are kept', () => {
  const { queries, models } = extract([base, invoice]);
  expect(queries.map((q) => q.table).sort()).toEqual(['base_models', 'invoices']);
  expect(judgedQueries(queries, tables(['invoices']), models).map((q) => q.table)).toEqual(['invoices']);
  // A parent class with a table of its own (single-table inheritance) keeps its queries.
  expect(
    judgedQueries(queries, tables(['invoices', 'base_models']), models)
      .map((q) => q.table)
      .sort(),
  ).toEqual(['base_models', 'invoices']);
});

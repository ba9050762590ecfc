/** Reads of MariaDB's own schemas are server metadata: the planner and the rules leave them out. */

import { judgedQueries, readsServerSchema } from '../../src/audit/judged-queries.js';
import type { Schema } from '../../src/schema/model.js';
import { extract, parseSource, preds } from '../queries/helpers.js';

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

/** A column a whereHas subquery's table lacks is the outer row's, as SQL resolves it: no filter of the subquery. */
const song = parseSource(
  'app/Models/Song.php',
  `<?php
namespace App\\Models;
use Illuminate\\Database\\Eloquent\\Model;
class Song extends Model
{
    public function owner()
    {
        return $this->belongsTo(User::class, 'owner_id');
    }

    public function sharedBy($user)
    {
        return $this->whereHas('owner', fn ($q) => $q->where('organization_id', $user->organization_id)
            ->where('owner_id', '<>', $user->id)->where('songs.is_public', true)->where('name', '<>', 'x'))->get();
    }
}
`,
);
const userModel = parseSource(
  'app/Models/User.php',
  `<?php
namespace App\\Models;
use Illuminate\\Database\\Eloquent\\Model;
class User extends Model {}
`,
);
const column = (name: string) => ({ name, type: 'int', nullable: false, default: null });
const withColumns: Schema = {
  source: 'static',
  tables: [
    { name: 'songs', columns: ['id', 'owner_id', 'is_public'].map(column), indexes: [], foreignKeys: [] },
    { name: 'users', columns: ['id', 'organization_id', 'name'].map(column), indexes: [], foreignKeys: [] },
  ] as Schema['tables'],
};

test("a whereHas subquery's column its table lacks is the outer row's: it filters nothing of the subquery", () => {
  const { queries, models } = extract([song, userModel]);
  const users = queries.find((q) => q.table === 'users')!;
  expect(users.outer).toEqual(['songs']);
  expect(preds(users).sort()).toEqual([
    'id =',
    'name !=',
    'organization_id =',
    'owner_id !=',
    'songs.is_public =',
  ]);
  const judged = judgedQueries(queries, withColumns, models).find((q) => q.table === 'users')!;
  // `owner_id` (users have none) and `songs.is_public` are the outer row's; the users' own columns stay.
  expect(preds(judged).sort()).toEqual(['id =', 'name !=', 'organization_id =']);
});

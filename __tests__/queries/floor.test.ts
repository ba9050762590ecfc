/** What the query reader knows from the PHP floor: documented property types, constants across classes, enums. */

import { extractModels } from '../../src/project/laravel/models.js';
import { extractQueries } from '../../src/project/laravel/queries/index.js';
import { laravelHost } from '../../src/project/laravel/host.js';
import { indexOfFiles } from '../../src/project/php/class-index.js';
import type { QueryShape } from '../../src/project/model.js';
import { extract, parseSource, preds } from './helpers.js';

const MODELS = parseSource(
  'app/Models/models.php',
  `<?php
namespace App\\Models;

use Illuminate\\Database\\Eloquent\\Model;

class User extends Model
{
    public function orders() { return $this->hasMany(Order::class); }
}

class Order extends Model
{
}
`,
);

function shapesOf(path: string, code: string): QueryShape[] {
  return extract([MODELS, parseSource(path, code)]).queries.filter((q) => q.location.file === path);
}

describe('property types', () => {
  test('a property documented only by @var is followed into its relation', () => {
    const [q, ...rest] = shapesOf(
      'app/Jobs/SendStatement.php',
      `<?php
namespace App\\Jobs;

use App\\Models\\User;

class SendStatement
{
    /** @var User */
    protected $user;

    public function handle()
    {
        return $this->user->orders()->where('status', 'open')->get();
    }
}
`,
    );
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ table: 'orders', origin: 'relation' });
    expect(preds(q)).toEqual(['user_id =', 'status =']);
    expect(q.code).toBe("$this->user->orders()->where('status', 'open')->get()");
  });

  test("a class's @property tag is followed too; a union of classes is not", () => {
    const shapes = shapesOf(
      'app/Livewire/Statement.php',
      `<?php
namespace App\\Livewire;

use App\\Models\\Order;
use App\\Models\\User;

/**
 * @property User $owner
 * @property User|Order $either
 */
class Statement
{
    public function render()
    {
        $this->owner->orders()->where('total', '>', 10)->get();
        $this->either->orders()->where('total', '>', 10)->get();
    }
}
`,
    );
    expect(shapes.map((q) => [q.location.line, preds(q)])).toEqual([[15, ['user_id =', 'total >']]]);
  });
});

describe('constants and enums', () => {
  const TABLES = parseSource(
    'app/Support/Tables.php',
    `<?php
namespace App\\Support;

interface Tables
{
    const ORDERS = 'orders';
    const PREFIX = 'order_';
}

final class Columns
{
    const STATUS = Tables::PREFIX . 'status';
}
`,
  );

  test("a class constant that refers to another class's constant names the table and the column", () => {
    const repo = parseSource(
      'app/Repositories/OrderRepository.php',
      `<?php
namespace App\\Repositories;

use App\\Support\\Columns;
use App\\Support\\Tables;
use Illuminate\\Support\\Facades\\DB;

class OrderRepository implements Tables
{
    const TABLE = self::ORDERS;
    const STATUS = Columns::STATUS;

    public function open()
    {
        return DB::table(static::TABLE)->where(self::STATUS, 'open')->get();
    }
}
`,
    );
    const { queries } = extract([TABLES, repo]);
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatchObject({ table: 'orders', origin: 'builder' });
    expect(queries[0].where).toEqual([{ column: 'order_status', op: '=', value: 'open' }]);
  });

  test('an enum case ->value is the value compared; a backed case alone binds its value', () => {
    const enums = parseSource(
      'app/Enums/Status.php',
      `<?php
namespace App\\Enums;

enum Status: string
{
    case Open = 'open';
}

enum Flag
{
    case On;
}
`,
    );
    const controller = parseSource(
      'app/Http/OrderController.php',
      `<?php
namespace App\\Http;

use App\\Enums\\Flag;
use App\\Enums\\Status;
use App\\Models\\Order;

class OrderController
{
    public function index()
    {
        Order::where('status', Status::Open->value)->get();
        Order::where('status', '!=', Status::Open)->get();
        Order::where('flag', Flag::On)->get();
    }
}
`,
    );
    const { queries } = extract([MODELS, enums, controller]);
    const where = (line: number) => queries.find((q) => q.location.line === line)?.where;
    expect(where(12)).toEqual([{ column: 'status', op: '=', value: 'open' }]);
    expect(where(13)).toEqual([{ column: 'status', op: '!=', value: 'open' }]);
    // A pure enum case has no value a query could bind: the comparison stays `=`, not `is null`.
    expect(where(14)).toEqual([{ column: 'flag', op: '=' }]);
  });
});

test("one class index built by the caller serves both readers, with the host's config()", () => {
  const files = [
    MODELS,
    parseSource(
      'app/Reports.php',
      `<?php
namespace App;

use Illuminate\\Support\\Facades\\DB;

class Reports
{
    public function run()
    {
        return DB::table(config('reports.table'))->where('year', 2024)->get();
    }
}
`,
    ),
  ];
  const host = laravelHost({ config: (key) => (key === 'reports.table' ? 'report_rows' : undefined) });
  const index = indexOfFiles(files, host);
  const models = extractModels(files, index, host);
  expect(models.map((m) => m.table)).toEqual(['users', 'orders']);
  const { queries } = extractQueries(files, models, index, host);
  expect(queries.map((q) => [q.table, preds(q)])).toEqual([['report_rows', ['year =']]]);
  // Without the host, config() is not known and the chain is skipped, not guessed.
  expect(extractQueries(files, models).queries).toEqual([]);
});

test("where()'s operators read through the shared mapping, and a null value as Laravel's where() reads it", () => {
  const shapes = shapesOf(
    'app/Http/SearchController.php',
    `<?php
namespace App\\Http;

use App\\Models\\Order;

class SearchController
{
    public function index()
    {
        Order::where('status', '<>', 'open')->get();
        Order::where('reference', 'LIKE', 'A-%')->get();
        Order::where('total', '==', 10)->get();
        Order::where('paid_at', '!=', null)->get();
        Order::where('shipped_at', 'is', null)->get();
        Order::where('note', 'not like', '%x%')->get();
    }
}
`,
  );
  expect(shapes.map((q) => preds(q)[0])).toEqual([
    'status !=',
    'reference like-prefix',
    'total =',
    'paid_at is not null',
    // Laravel: a null value with any operator but `=` is whereNotNull.
    'shipped_at is not null',
    'note other',
  ]);
});

test("a config() or env() value the app leaves null is the deployment's value, not NULL; a null literal is", () => {
  const files = [
    MODELS,
    parseSource(
      'app/Console/CheckAccounts.php',
      `<?php
namespace App\\Console;

use App\\Models\\Order;

class CheckAccounts
{
    public function handle($key)
    {
        Order::where('user_id', config('ninja.default_user_id'))->where('code', $key)->first();
        Order::whereUserId(env('DEFAULT_USER_ID'))->first();
        Order::where('user_id', null)->first();
    }
}
`,
    ),
  ];
  // The app's config file reads `env('NINJA_USER_ID', null)` and the environment does not set it.
  const host = laravelHost({
    config: (key) => (key === 'ninja.default_user_id' ? null : undefined),
    env: () => null,
  });
  const index = indexOfFiles(files, host);
  const models = extractModels(files, index, host);
  const { queries } = extractQueries(files, models, index, host);
  expect(queries.map((q) => preds(q))).toEqual([['user_id =', 'code ='], ['user_id ='], ['user_id is null']]);
});

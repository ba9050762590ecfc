/**
 * A shape sent only when an optional branch runs says so (`optionalBranch`), with the columns the branch
 * filters on and whether its condition reads the request's input (request-input.ts).
 */

import type { QueryShape } from '../../src/project/model.js';
import { extract, parseSource, preds } from './helpers.js';

const MODEL = parseSource(
  'app/Models/Parcel.php',
  `<?php
namespace App\\Models;
use Illuminate\\Database\\Eloquent\\Model;
class Parcel extends Model {}
`,
);

/** The parcels shapes of a ParcelController::index with the given body. */
function shapesOf(body: string, params = 'Request $request'): QueryShape[] {
  const controller = parseSource(
    'app/Http/Controllers/ParcelController.php',
    `<?php
namespace App\\Http\\Controllers;
use App\\Models\\Parcel;
use Illuminate\\Http\\Request;
use Illuminate\\Support\\Facades\\Auth;
class ParcelController
{
    public function index(${params})
    {
${body}
    }
}
`,
  );
  return extract([MODEL, controller]).queries.filter((q) => q.table === 'parcels');
}

/** Each parcels shape of the method body, as `predicates → branch`. */
function branchesOf(body: string, params = 'Request $request'): string[] {
  const show = (q: QueryShape) =>
    `${preds(q).join(', ')} → ${
      q.optionalBranch
        ? `${q.optionalBranch.requestInput ? 'input' : 'other'} [${q.optionalBranch.columns.join(',')}]`
        : 'common'
    }`;
  return shapesOf(body, params).map(show);
}

test('a filter the request may send is an optional branch that reads input; the always-applied one is not', () => {
  expect(
    branchesOf(`
        $q = Parcel::where('warehouse_id', 7);
        if ($request->filled('city')) {
            $q->where('city', $request->input('city'));
        }
        if ($request->zip) {
            $q->where('zip', $request->zip);
        }
        return $q->paginate();`),
  ).toEqual([
    'warehouse_id = → common',
    'warehouse_id =, city = → input [city]',
    'warehouse_id =, zip = → input [zip]',
  ]);
});

test('when() with the input, request(), the Request facade and a local read from the input', () => {
  expect(
    branchesOf(`
        $carrier = $request->input('carrier');
        return Parcel::where('warehouse_id', 7)
            ->when($request->query('sender'), fn ($q, $v) => $q->where('sender_id', $v))
            ->when(request('status'), fn ($q, $v) => $q->where('status', $v))
            ->when(\\Illuminate\\Support\\Facades\\Request::has('lane'), fn ($q) => $q->where('lane', 2))
            ->when($carrier, fn ($q) => $q->where('carrier', $carrier))
            ->get();`),
  ).toEqual([
    'warehouse_id = → common',
    'warehouse_id =, sender_id = → input [sender_id]',
    'warehouse_id =, status = → input [status]',
    'warehouse_id =, lane = → input [lane]',
    'warehouse_id =, carrier = → input [carrier]',
  ]);
});

test('a branch on the user, a setting or a local not read from the input is optional but not input', () => {
  expect(
    branchesOf(
      `
        $mine = $flag;
        $q = Parcel::query();
        if (! Auth::user()->isAdmin()) {
            $q->where('owner_id', 3);
        }
        if ($request->user()->isCourier()) {
            $q->where('courier_id', 4);
        }
        if ($mine) {
            $q->where('flagged', 1);
        }
        return $q->get();`,
      'Request $request, $flag',
    ),
  ).toEqual([
    'owner_id = → other [owner_id]',
    'courier_id = → other [courier_id]',
    'flagged = → other [flagged]',
  ]);
});

test('if/else alternatives that always add a clause are no optional branch; an else after an input test reads input', () => {
  expect(
    branchesOf(`
        $q = Parcel::query();
        if ($request->boolean('late')) {
            $q->where('due_at', '<', now());
        } else {
            $q->where('delivered', 0);
        }
        return $q->get();`),
  ).toEqual(['due_at < → common', 'delivered = → common']);
  expect(
    branchesOf(`
        $q = Parcel::where('warehouse_id', 7);
        if ($request->boolean('late')) {
            $q->where('due_at', '<', now());
        } else {
            // nothing added on this arm
        }
        return $q->get();`),
  ).toEqual(['warehouse_id = → common', 'warehouse_id =, due_at < → input [due_at]']);
});

test('switch cases on the input are input branches', () => {
  expect(
    branchesOf(`
        $q = Parcel::where('warehouse_id', 7);
        switch ($request->input('view')) {
            case 'late':
                $q->where('due_at', '<', now());
                break;
        }
        return $q->get();`),
  ).toEqual(['warehouse_id = → common', 'warehouse_id =, due_at < → input [due_at]']);
});

test('a local holds the input as last assigned before the test, through other locals, and only then', () => {
  expect(
    branchesOf(`
        $term = $request->input('term');
        $trimmed = trim($term);
        $term = 'fixed';
        $scope = $term;
        $q = Parcel::where('warehouse_id', 7);
        if ($trimmed) {
            $q->where('city', $trimmed);
        }
        if ($scope) {
            $q->where('zip', $scope);
        }
        return $q->paginate();`),
  ).toEqual([
    'warehouse_id = → common',
    'warehouse_id =, city = → input [city]',
    'warehouse_id =, zip = → other [zip]',
  ]);
});

test('a local read from the request object it held then, not from one assigned later', () => {
  expect(
    branchesOf(
      `
        $mode = $input->get('mode');
        $input = $request;
        $q = Parcel::where('warehouse_id', 7);
        if ($mode) {
            $q->where('lane', $mode);
        }
        return $q->paginate();`,
      'Request $request, $input',
    ),
  ).toEqual(['warehouse_id = → common', 'warehouse_id =, lane = → other [lane]']);
});

test('each input branch knows how many optional filters the query offers: the menu a search form is', () => {
  const menus = (body: string) =>
    shapesOf(body).map((q) => `${preds(q).join(', ')} → ${q.optionalBranch?.menu ?? '-'}`);
  expect(
    menus(`
        $q = Parcel::where('warehouse_id', 7);
        if ($request->filled('city')) { $q->where('city', $request->city); }
        if ($request->filled('zip')) { $q->where('zip', $request->zip); }
        if ($request->filled('sort')) { $q->orderBy('city'); }
        if (Auth::user()->isCourier()) { $q->where('courier_id', 4); }
        return $q->when($request->query('lane'), fn ($q, $v) => $q->where('lane', $v))->paginate();`),
  ).toEqual([
    // Only input branches that filter count: the optional sort and the branch on the user do not.
    'warehouse_id = → -',
    'warehouse_id =, city = → 3',
    'warehouse_id =, zip = → 3',
    'warehouse_id = → 3',
    'warehouse_id =, courier_id = → -',
    'warehouse_id =, lane = → 3',
  ]);
});

test('a branch in the query’s file gives the line of its code: an if arm’s first statement, a when() callback', () => {
  const body = `
        $q = Parcel::where('warehouse_id', 7);
        if ($request->filled('city')) {
            $q->where('city', $request->city);
        }
        if ($request->filled('zip')) $q->where('zip', $request->zip);
        return $q->when($request->query('lane'), fn ($q, $v) => $q->where('lane', $v))->paginate();`;
  // The controller's body starts on line 10 (see shapesOf).
  const lineOf = (text: string) => 10 + body.split('\n').findIndex((l) => l.includes(text));
  const lines = shapesOf(body).map((q) => [preds(q).join(', '), q.optionalBranch?.line ?? null]);
  expect(lines).toEqual([
    ['warehouse_id =', null],
    ['warehouse_id =, city =', lineOf("where('city'")],
    ['warehouse_id =, zip =', lineOf("where('zip'")],
    ['warehouse_id =, lane =', lineOf("where('lane'")],
  ]);
});

test('a branch written in another file (a local scope of the model) gives no line of this file', () => {
  const model = parseSource(
    'app/Models/Parcel.php',
    `<?php
namespace App\\Models;
use Illuminate\\Database\\Eloquent\\Model;
class Parcel extends Model
{
    public function scopeInCity($q, $city)
    {
        if ($city) {
            $q->where('city', $city);
        }
    }
}
`,
  );
  const controller = parseSource(
    'app/Http/Controllers/ParcelController.php',
    `<?php
namespace App\\Http\\Controllers;
use App\\Models\\Parcel;
class ParcelController
{
    public function index($request)
    {
        return Parcel::inCity($request->city)->get();
    }
}
`,
  );
  const shapes = extract([model, controller]).queries.filter((q) => q.table === 'parcels');
  // The scope's branch is optional, its code in the model's file.
  expect(shapes.map((q) => q.optionalBranch?.columns)).toEqual([['city']]);
  for (const q of shapes) expect(q.optionalBranch?.line).toBeUndefined();
});

/** Sorts a request chooses (sort-choice.ts): the shape sorts by the default; the other allowed sorts are listed. */

import { extract, orders, parseSource, preds } from './helpers.js';

const MODEL = parseSource(
  'app/Models/Vendor.php',
  `<?php
namespace App\\Models;
use Illuminate\\Database\\Eloquent\\Model;
class Vendor extends Model {}
`,
);

function shapesOf(body: string) {
  const controller = parseSource(
    'app/Http/Controllers/VendorController.php',
    `<?php
namespace App\\Http\\Controllers;
use App\\Models\\Vendor;
use Illuminate\\Http\\Request;
class VendorController
{
    public function index(Request $request)
    {
${body}
    }
}
`,
  );
  const { queries } = extract([MODEL, controller]);
  return queries
    .filter((q) => q.table === 'vendors')
    .map((q) => ({
      text: [...preds(q), ...orders(q).map((o) => `order ${o}`)].join(', '),
      also: q.alsoSortable,
      partial: q.partial,
    }));
}

test('an allowed-columns sort with a default is one shape, sorted by the default, the others listed', () => {
  expect(
    shapesOf(`
        $allowed = ['id', 'name', 'city', 'created_at'];
        $order = $request->input('order') === 'asc' ? 'asc' : 'desc';
        $sort = in_array($request->input('sort'), $allowed) ? $request->input('sort') : 'created_at';
        return Vendor::where('active', 1)->orderBy($sort, $order)->paginate();`),
  ).toEqual([{ text: 'active =, order created_at asc', also: ['id', 'name', 'city'], partial: undefined }]);
});

test('the negated test and a lookup in a map of sort keys read the same way', () => {
  expect(
    shapesOf(`
        $sort = !in_array($request->sort, ['name', 'city']) ? 'name' : $request->sort;
        return Vendor::orderBy($sort)->get();`),
  ).toEqual([{ text: 'order name asc', also: ['city'], partial: undefined }]);
  expect(
    shapesOf(`
        $columns = ['newest' => 'created_at', 'title' => 'name'];
        return Vendor::orderBy($columns[$request->sort] ?? 'id')->get();`),
  ).toEqual([{ text: 'order id asc', also: ['created_at', 'name'], partial: undefined }]);
});

test('a match() of sort keys sorts by its default arm', () => {
  expect(
    shapesOf(`
        $column = match ($request->input('sort')) {
            'title' => 'name',
            'place' => 'city',
            default => 'created_at',
        };
        return Vendor::where('active', 1)->orderByDesc($column)->get();`),
  ).toEqual([{ text: 'active =, order created_at desc', also: ['name', 'city'], partial: undefined }]);
});

test('a switch on the sort key: the default case is the query, the other cases are listed, not shapes', () => {
  expect(
    shapesOf(`
        $q = Vendor::where('active', 1);
        switch ($request->input('sort')) {
            case 'name':
                $q->orderBy('name')->orderBy('city');
                break;
            case 'city':
                $q->orderBy('city');
                break;
            default:
                $q->orderBy('created_at', 'desc');
        }
        return $q->get();`),
  ).toEqual([{ text: 'active =, order created_at desc', also: ['name, city', 'city'], partial: undefined }]);
});

test('an optional filter with a chosen sort: only the common path keeps the default sort', () => {
  expect(
    shapesOf(`
        $q = Vendor::where('active', 1);
        if ($request->filled('city')) {
            $q->where('city', $request->input('city'));
        }
        $sort = in_array($request->sort, ['name', 'city']) ? $request->sort : 'created_at';
        return $q->orderBy($sort)->orderBy('id')->get();`),
  ).toEqual([
    { text: 'active =, order created_at asc, order id asc', also: ['name', 'city'], partial: undefined },
    { text: 'active =, city =', also: ['name', 'city'], partial: true },
  ]);
});

test('an optional filter with a fixed sort keeps the sort', () => {
  expect(
    shapesOf(`
        $q = Vendor::where('active', 1);
        if ($request->filled('city')) {
            $q->where('city', $request->input('city'));
        }
        return $q->orderBy('name')->get();`),
  ).toEqual([
    { text: 'active =, order name asc', also: undefined, partial: undefined },
    { text: 'active =, city =, order name asc', also: undefined, partial: undefined },
  ]);
});

test('a fixed sort and a sort column the code cannot read are as before', () => {
  expect(shapesOf(`return Vendor::where('active', 1)->orderBy('name')->get();`)).toEqual([
    { text: 'active =, order name asc', also: undefined, partial: undefined },
  ]);
  expect(shapesOf(`return Vendor::where('active', 1)->orderBy($request->sort)->get();`)).toEqual([
    { text: 'active =', also: undefined, partial: true },
  ]);
});

test('one conditional sort is still its own shape (one choice is no list)', () => {
  expect(
    shapesOf(`
        $q = Vendor::where('active', 1);
        if ($request->boolean('newest')) {
            $q->orderBy('created_at', 'desc');
        }
        return $q->get();`).map((s) => s.text),
  ).toEqual(['active =', 'active =, order created_at desc']);
});

test('an in_array test whose branch is another value is not a choice', () => {
  expect(
    shapesOf(`
        $sort = in_array($request->sort, ['name', 'city']) ? $request->other : 'name';
        return Vendor::where('active', 1)->orderBy($sort)->get();`),
  ).toEqual([{ text: 'active =', also: undefined, partial: true }]);
});

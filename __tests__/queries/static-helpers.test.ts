/**
 * A static method a model declares runs itself: `Company::scopeCompanyables(Asset::select(…))` is no query of
 * companies. One that returns the query passed to it hands the caller that query, with what it added.
 */

import { bareModel, extract, parseSource, preds } from './helpers.js';

const COMPANY = parseSource(
  'app/Models/Company.php',
  `<?php
namespace App\\Models;
use Illuminate\\Database\\Eloquent\\Model;
class Company extends Model
{
    public static function scopeCompanyables($query, $column = 'company_id')
    {
        if (! static::enabled()) {
            return $query;
        }
        return $query->where($column, '=', 5);
    }

    public static function enabled()
    {
        return config('app.multi_company');
    }
}
`,
);
const ASSET = bareModel('Asset');
const CONTROLLER = parseSource(
  'app/Http/Controllers/AssetsController.php',
  `<?php
namespace App\\Http\\Controllers;
use App\\Models\\Asset;
use App\\Models\\Company;
class AssetsController
{
    public function index($request)
    {
        $assets = Company::scopeCompanyables(Asset::select('assets.*'), 'company_id')->with('company');
        if ($request->filled('status_id')) {
            $assets->where('assets.status_id', '=', $request->input('status_id'));
        }
        return $assets->take(10)->get();
    }
}
`,
);

test('the query passed through a static helper of another model stays its own, with the helper’s clauses', () => {
  const shapes = extract([COMPANY, ASSET, CONTROLLER]).queries.filter((q) => q.location.line >= 9);
  expect(shapes.map((q) => [q.table, preds(q).join(', ')])).toEqual([
    ['assets', 'company_id ='],
    ['assets', 'company_id =, status_id ='],
  ]);
});

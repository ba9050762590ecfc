/**
 * A conditional arm that leaves the function (`return`, `throw`, `exit`) keeps its assignments to itself:
 * the code after the conditional sees the variables as they were before it. A bulk action's
 * `case 'restore': $assets = Asset::find($ids); return view(…);` does not turn the `$assets` collection the
 * code sorts afterwards into a model whose scopes start new whole-table queries.
 */

import { extract, parseSource } from './helpers.js';

const MODEL = parseSource(
  'app/Models/Asset.php',
  `<?php
namespace App\\Models;
use Illuminate\\Database\\Eloquent\\Model;
class Asset extends Model {
  public function scopeOrderModels($query, $order) {
    return $query->join('models', 'assets.model_id', '=', 'models.id')->orderBy('models.name', $order);
  }
}
`,
);

const controller = (arm: string, after = "$assets->OrderModels('asc');") =>
  parseSource(
    'app/Http/Controllers/BulkController.php',
    `<?php
namespace App\\Http\\Controllers;
use App\\Models\\Asset;
use Illuminate\\Http\\Request;
class BulkController {
  public function edit(Request $request) {
    $ids = $request->input('ids');
    $assets = Asset::whereIn('assets.id', $ids)->get();
    ${arm}
    ${after}
    return redirect()->back();
  }
}
`,
  );

/** The code of every query the controller sends, in the order of its lines. */
const lines = (arm: string, after?: string) =>
  extract([MODEL, controller(arm, after)])
    .queries.sort((a, b) => a.location.line - b.location.line)
    .map((q) => q.code);

describe('assignments in an arm that leaves the function', () => {
  it('do not reach the code after a switch case that returns', () => {
    const arm = `switch ($request->input('action')) {
      case 'restore':
        $assets = Asset::withTrashed()->find($ids);
        return view('restore')->with('assets', $assets);
    }`;
    expect(lines(arm)).toEqual([
      "Asset::whereIn('assets.id', $ids)->get()",
      'Asset::withTrashed()->find($ids)',
    ]);
  });

  it('nor after an if that throws or exits', () => {
    for (const leave of ["throw new \\RuntimeException('gone');", 'exit(1);']) {
      const arm = `if ($request->filled('restore')) {
      $assets = Asset::withTrashed()->find($ids);
      ${leave}
    }`;
      expect(lines(arm)).toEqual([
        "Asset::whereIn('assets.id', $ids)->get()",
        'Asset::withTrashed()->find($ids)',
      ]);
    }
  });

  it('an arm that falls through still hands its value on', () => {
    const arm = `if ($request->filled('one')) {
      $assets = Asset::withTrashed()->find($ids);
    }`;
    // The model the arm found starts a new query for its scope, as Eloquent does.
    expect(lines(arm)).toEqual([
      "Asset::whereIn('assets.id', $ids)->get()",
      'Asset::withTrashed()->find($ids)',
      "$assets->OrderModels('asc')",
    ]);
  });
});

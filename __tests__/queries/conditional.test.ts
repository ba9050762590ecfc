/** Conditional clauses (optional.ts): what a branch adds is one more shape, not AND-ed with the other branches. */

import type { QueryShape } from '../../src/project/model.js';
import { extract, orders, parseSource, preds } from './helpers.js';

const MODEL = parseSource(
  'app/Models/Ticket.php',
  `<?php
namespace App\\Models;
use Illuminate\\Database\\Eloquent\\Model;
class Ticket extends Model {}
`,
);

function shapesOf(body: string): string[] {
  const controller = parseSource(
    'app/Http/Controllers/TicketController.php',
    `<?php
namespace App\\Http\\Controllers;
use App\\Models\\Ticket;
class TicketController
{
    public function index($request, $kind)
    {
${body}
    }
}
`,
  );
  const { queries } = extract([MODEL, controller]);
  return queries
    .filter((q) => q.table === 'tickets')
    .map((q) => [...preds(q), ...orders(q).map((o) => `order ${o}`)].join(', '));
}

test('each switch case is its own shape; with a default, the query is never sent without one (the default first)', () => {
  expect(
    shapesOf(`
        $q = Ticket::query();
        switch ($kind) {
            case 'mine':
                $q->where('user_id', 1);
                break;
            default:
                $q->where('status', 'open');
        }
        return $q->latest()->get();`),
  ).toEqual(['status =, order created_at desc', 'user_id =, order created_at desc']);
});

test('without a default, the common path (no case) is a shape too', () => {
  expect(
    shapesOf(`
        $q = Ticket::query();
        switch ($kind) {
            case 'mine':
                $q->where('user_id', 1);
                break;
        }
        return $q->latest()->get();`),
  ).toEqual(['order created_at desc', 'user_id =, order created_at desc']);
});

test('a branch that opens a top-level OR is optional: the common path does not OR', () => {
  expect(
    shapesOf(`
        $q = Ticket::where('status', 'open');
        if ($request->mine) {
            $q->orWhere('user_id', 1);
        }
        return $q->get();`),
  ).toEqual(['status =', 'status =, user_id =']);
});

test('with the OR branch in, the clauses chained after it join its OR branch, as Laravel sends them', () => {
  const shapes = extract([
    MODEL,
    parseSource(
      'app/Http/Controllers/OrController.php',
      `<?php
namespace App\\Http\\Controllers;
use App\\Models\\Ticket;
class OrController {
    public function index($request) {
        $q = Ticket::where('status', 'open');
        if ($request->mine) {
            $q->orWhere('user_id', 1);
        }
        return $q->where('team_id', 2)->get();
    }
}
`,
    ),
  ]).queries.filter((q) => q.table === 'tickets');
  const tagged = (q: QueryShape) => q.where.map((p) => `${p.column}${p.branch ? ` (or ${p.branch})` : ''}`);
  expect(shapes.map(tagged)).toEqual([
    ['status', 'team_id'],
    ['status', 'user_id (or 1)', 'team_id (or 1)'],
  ]);
  expect(shapes.map((q) => q.hasOr ?? false)).toEqual([false, true]);
});

test('when() inside a nested group is read as always present (the group is one clause)', () => {
  expect(
    shapesOf(`
        return Ticket::where('status', 'open')
            ->where(fn ($q) => $q->when($kind, fn ($q) => $q->where('user_id', 1))->orWhere('team_id', 2))
            ->get();`),
  ).toEqual(['status =, user_id =, team_id =']);
});

test('clauses of two branches keep the places Laravel gives them, around the unconditional ones', () => {
  expect(
    shapesOf(`
        $q = Ticket::where('status', 'open');
        if ($request->user) {
            $q->where('user_id', 1)->orderBy('priority');
        }
        $q->where('team_id', 2);
        if ($request->since) {
            $q->where('created_at', '>', '2020-01-01');
        }
        return $q->orderBy('id')->get();`),
  ).toEqual([
    'status =, team_id =, order id asc',
    'status =, user_id =, team_id =, order priority asc, order id asc',
    'status =, team_id =, created_at >, order id asc',
  ]);
});

test('when() with a condition the code fixes is decided: true runs the callback, false the default', () => {
  expect(
    shapesOf(`        return Ticket::query()->when(true, fn ($q) => $q->where('user_id', 1))->get();`),
  ).toEqual(['user_id =']);
  expect(
    shapesOf(
      `        return Ticket::query()->when(0, fn ($q) => $q->where('user_id', 1), fn ($q) => $q->where('status', 2))->get();`,
    ),
  ).toEqual(['status =']);
  expect(
    shapesOf(`        return Ticket::query()->unless(false, fn ($q) => $q->where('user_id', 1))->get();`),
  ).toEqual(['user_id =']);
});

test("a scope's flag left at its default decides its when(); one the caller passes at run time does not", () => {
  const model = parseSource(
    'app/Models/Ticket.php',
    `<?php
namespace App\\Models;
use Illuminate\\Database\\Eloquent\\Model;
class Ticket extends Model
{
    public function scopeWithOwner($query, bool $mine = true)
    {
        return $query->when($mine, fn ($q) => $q->where('user_id', 1));
    }
}
`,
  );
  const controller = parseSource(
    'app/Http/Controllers/TicketController.php',
    `<?php
namespace App\\Http\\Controllers;
use App\\Models\\Ticket;
class TicketController
{
    public function index($request)
    {
        Ticket::withOwner()->get();
        Ticket::withOwner($request->boolean('mine'))->get();
    }
}
`,
  );
  const at = (line: number) => extract([model, controller]).queries.filter((q) => q.location.line === line);
  // Decided: the filter is part of the query, not a branch sent on some requests only.
  expect(at(8).map((q) => [preds(q), q.optionalBranch])).toEqual([[['user_id ='], undefined]]);
  expect(at(9).map((q) => [preds(q), !!q.optionalBranch])).toEqual([[['user_id ='], true]]);
});

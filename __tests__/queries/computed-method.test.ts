/** A builder method whose name the code computes (`->$method()`): read when known, never a query lost. */

import type { QueryShape } from '../../src/project/model.js';
import { extract, orders, parseSource, preds } from './helpers.js';

const MODEL = parseSource(
  'app/Models/Ticket.php',
  `<?php
namespace App\\Models;
use Illuminate\\Database\\Eloquent\\Model;
class Ticket extends Model
{
    public function scopeSorted($query, $how)
    {
        return $query->$how('created_at')->where('open', 1);
    }
    public function scopeJoined($query, bool $only)
    {
        $method = $only ? 'join' : 'leftJoin';
        return $query->$method('users', 'users.id', '=', 'tickets.user_id')->where('state', 2);
    }
}
`,
);

function ticketQueries(body: string): QueryShape[] {
  const controller = parseSource(
    'app/Http/Controllers/TicketController.php',
    `<?php
namespace App\\Http\\Controllers;
use App\\Models\\Ticket;
class TicketController
{
    public function index($request)
    {
${body}
    }
}
`,
  );
  return extract([MODEL, controller]).queries.filter((q) => q.table === 'tickets');
}

test('a name the code leaves to run time: the rest of the chain is read, the call is an unread piece', () => {
  const [q, ...more] = ticketQueries(
    `        return Ticket::query()->where('kind', 3)->{$request->input('m')}('x')->where('user_id', 4)->get();`,
  );
  expect(more).toEqual([]);
  expect(preds(q!)).toEqual(['kind =', 'user_id =']);
  expect(q!.partial).toBe(true);
  expect(q!.partialReasons).toContain('a method whose name the code computes (`->$method()`) is not read');
});

test('a scope whose argument names the method: read as that method', () => {
  const [q] = ticketQueries(`        return Ticket::sorted('latest')->get();`);
  expect(orders(q!)).toEqual(['created_at desc']);
  expect(preds(q!)).toEqual(['open =']);
  expect(q!.partial).toBeFalsy();
});

test('in a scope body, a name only run time decides leaves the rest of the body read', () => {
  const [q] = ticketQueries(`        return Ticket::joined($request->boolean('only'))->get();`);
  expect(preds(q!)).toEqual(['state =']);
  expect(q!.partial).toBe(true);
});

test('a computed method on something other than a query reads no query', () => {
  expect(ticketQueries(`        $name = 'index'; return $this->$name($request);`)).toEqual([]);
});

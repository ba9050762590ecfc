/** A LIMIT whose count the code does not spell is still a LIMIT: the read is bounded, the shape partial. */

import { extract, parseSource } from './helpers.js';

const MODEL = parseSource(
  'app/Models/Event.php',
  `<?php
namespace App\\Models;
use Illuminate\\Database\\Eloquent\\Model;
class Event extends Model {}
`,
);

function shapeOf(chain: string) {
  const service = parseSource(
    'app/Services/EventFeed.php',
    `<?php
namespace App\\Services;
use App\\Models\\Event;
class EventFeed
{
    public function latest(int $count = 20, int $page = 0)
    {
        return ${chain};
    }
}
`,
  );
  const [shape] = extract([MODEL, service]).queries;
  return shape;
}

test('take($count) from a parameter: bounded, with the count marked as not known', () => {
  const s = shapeOf(`Event::orderBy('created_at', 'desc')->skip($count * $page)->take($count)->get()`);
  expect(s.limit).toBe(15);
  expect(s.partial).toBe(true);
  expect(s.partialReasons).toEqual(['the take() count is not known: 15 assumed']);
});

test('take(10): the count as written, nothing partial', () => {
  const s = shapeOf(`Event::orderBy('created_at', 'desc')->take(10)->get()`);
  expect(s.limit).toBe(10);
  expect(s.partial).toBeUndefined();
});

test('no take(): unbounded', () => {
  expect(shapeOf(`Event::orderBy('created_at', 'desc')->get()`).limit).toBeUndefined();
});

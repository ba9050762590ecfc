/**
 * A table the code prunes to a day or less stays small however fast rows come: it holds one window of them.
 * A longer window, a prune of one kind of row, or a window the code computes leaves it growing.
 */

import { defaultConfig } from '../../src/config/defaults.js';
import { extractModels } from '../../src/project/laravel/models.js';
import { extractQueries } from '../../src/project/laravel/queries/index.js';
import type { ProjectModel } from '../../src/project/model.js';
import { tableSizes } from '../../src/rules/calibrate/size-class.js';
import { bareModel, parseSource } from '../queries/helpers.js';

const job = (name: string, body: string, dir = 'app/Jobs') =>
  parseSource(
    `${dir}/${name}.php`,
    `<?php
namespace App\\Jobs;
use App\\Models\\Log;
use App\\Models\\Event;
use App\\Models\\Token;
use Illuminate\\Support\\Facades\\DB;
class ${name}
{
    public function handle($ttl)
    {
        ${body}
    }
}
`,
  );

function sizesOf(...files: ReturnType<typeof parseSource>[]) {
  const all = [bareModel('Log'), bareModel('Event'), bareModel('Token'), ...files];
  const models = extractModels(all);
  const { queries, writes } = extractQueries(all, models);
  const project: ProjectModel = {
    root: '/tmp/app',
    laravelVersion: 11,
    migrationFiles: [],
    schema: { source: 'static', tables: [] },
    models,
    queries,
    writes,
    settings: {},
    problems: [],
    phpFiles: all.length,
  };
  return tableSizes(project, defaultConfig('/tmp/app'));
}

// Every table gets rows on requests: without a prune, each grows.
const writes = job(
  'Record',
  `DB::table('password_resets')->insert(['email' => 'a']);
        Log::create(['message' => 'x']);
        Event::create(['type' => 'debug']);
        Token::create(['token' => 'x']);`,
);

describe('a table the code prunes', () => {
  it('to 12 hours is small, and says which delete keeps it so', () => {
    const size = sizesOf(
      writes,
      job('Purge', "DB::table('password_resets')->where('created_at', '<', now()->subHours(12))->delete();"),
    )('password_resets');
    expect(size).toMatchObject({ class: 'small', source: 'code' });
    expect(size.reason).toBe(
      'the code deletes its rows older than 12 hours (app/Jobs/Purge.php:11), so it holds at most that window of rows',
    );
  });

  it('to 15 days grows: a fortnight of rows can be many', () => {
    const sizes = sizesOf(
      writes,
      job('Clean', "Log::where('created_at', '<', now()->subDays(15))->delete();"),
    );
    expect(sizes('logs').class).toBe('growing');
  });

  it('of one kind of row, to a window the code computes, or from a test, grows', () => {
    const sizes = sizesOf(
      writes,
      job('Debug', "Event::where('type', 'debug')->where('created_at', '<', now()->subHour())->delete();"),
      job('Expire', "Token::where('created_at', '<', now()->subMinutes($ttl))->delete();"),
      job('PurgeTest', "Log::where('created_at', '<', now()->subHour())->delete();", 'tests/Feature'),
    );
    expect([sizes('events').class, sizes('tokens').class, sizes('logs').class]).toEqual([
      'growing',
      'growing',
      'growing',
    ]);
  });
});

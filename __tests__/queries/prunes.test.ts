/**
 * A delete of the rows older than a moving cutoff (`now()->subDays(15)`), or a model's prunable() query, is
 * a pruning query: each scheduled run finds only the rows that aged past the cutoff since the last one.
 */

import { bareModel, extract, jobRunning, parseSource } from './helpers.js';
import type { QueryShape } from '../../src/project/model.js';

const logs = (statement: string): QueryShape => {
  const { queries } = extract([bareModel('Log'), jobRunning(statement, 'Log')]);
  expect(queries).toHaveLength(1);
  return queries[0];
};
const cutoffs = (s: QueryShape) => s.where.filter((p) => p.pastCutoff).map((p) => `${p.column} ${p.op}`);

describe('pruning queries', () => {
  it('a delete of the rows older than now minus an interval prunes', () => {
    const s = logs("Log::where('created_at', '<', now()->subDays(15))->delete()");
    expect(s.prunes).toBe(true);
    expect(cutoffs(s)).toEqual(['created_at <']);
  });

  it("reads Carbon's spellings of the cutoff, formatted or not", () => {
    for (const cutoff of [
      '\\Carbon\\Carbon::now()->subMinutes($since)->toDateTimeString()',
      'today()->subWeek()',
      'now()->subMonthsNoOverflow(3)->startOfDay()',
    ])
      expect(logs(`Log::where('created_at', '<=', ${cutoff})->forceDelete()`).prunes).toBe(true);
  });

  it('keeps the interval when the code spells it', () => {
    const seconds = (cutoff: string) =>
      logs(`Log::where('created_at', '<', ${cutoff})->delete()`).where[0].cutoffSeconds;
    expect(seconds('now()->subHours(12)')).toBe(43_200);
    expect(seconds('today()->subWeek()')).toBe(604_800);
    expect(seconds('now()->subDay()->subMinutes(30)')).toBe(88_200);
    expect(seconds('now()->subMinutes($since)')).toBeUndefined();
    expect(seconds("now()->sub('1 day')")).toBeUndefined();
  });

  it("a model's prunable() query prunes: model:prune deletes what it matches", () => {
    const model = parseSource(
      'app/Models/ActivityLog.php',
      `<?php
namespace App\\Models;
use Carbon\\Carbon;
use Illuminate\\Database\\Eloquent\\Model;
use Illuminate\\Database\\Eloquent\\MassPrunable;
class ActivityLog extends Model
{
    use MassPrunable;
    public function prunable()
    {
        return static::where('timestamp', '<=', Carbon::now()->subDays(config('activity.prune_days')));
    }
}
`,
    );
    const { queries } = extract([model]);
    const s = queries.find((q) => q.table === 'activity_logs')!;
    expect(s.prunes).toBe(true);
    expect(cutoffs(s)).toEqual(['timestamp <=']);
  });

  it("prunes when the code deletes each row it fetched, as Laravel's Prunable does", () => {
    for (const statement of [
      "Log::where('created_at', '<', now()->subDays(15))->get()->each->delete()",
      "Log::where('created_at', '<', now()->subDays(15))->cursor()->each(fn ($log) => $log->forceDelete())",
      "Log::where('created_at', '<', now()->subDays(15))->lazy()->each(function ($log) use ($repo) { $log->archived = true; $repo->delete($log); })",
      "foreach (Log::where('created_at', '<', now()->subDays(15))->cursor() as $log) { $this->destroyLog($log); }",
    ])
      expect(logs(statement).prunes).toBe(true);
  });

  it('does not prune when the loop deletes something else, or only reads the rows', () => {
    for (const statement of [
      "Log::where('created_at', '<', now()->subDays(15))->get()->each->touch()",
      "Log::where('created_at', '<', now()->subDays(15))->cursor()->each(fn ($log) => $log->attachments()->delete())",
      "foreach (Log::where('created_at', '<', now()->subDays(15))->cursor() as $log) { $other->delete(); report($log); }",
    ])
      expect(logs(statement).prunes).toBeUndefined();
  });

  it('a read of the same rows does not prune: old rows stay and it reads them all', () => {
    const s = logs("Log::where('created_at', '<', now()->subDays(15))->get()");
    expect(s.prunes).toBeUndefined();
    expect(cutoffs(s)).toEqual(['created_at <']);
  });

  it('neither does a delete of recent rows, of rows before a future time, or before a value not known', () => {
    for (const statement of [
      "Log::where('created_at', '>', now()->subDays(15))->delete()",
      "Log::where('created_at', '<', now()->addDays(15))->delete()",
      "Log::where('created_at', '<', now())->delete()",
      "Log::where('created_at', '<', $cutoff)->delete()",
      "Log::where('created_at', '<', $this->subDays(3))->delete()",
    ]) {
      const s = logs(statement);
      expect(s.prunes).toBeUndefined();
      expect(cutoffs(s)).toEqual([]);
    }
  });

  it('a pruning delete is a shape of its own, apart from a read with the same filters', () => {
    const del = logs("Log::where('created_at', '<', now()->subDays(15))->delete()");
    const read = logs("Log::where('created_at', '<', now()->subDays(15))->count()");
    expect(del.id).not.toBe(read.id);
  });
});

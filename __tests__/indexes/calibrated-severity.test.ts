/**
 * PA101 and PA102 severities from the evidence, on hand-written facts: the plans before and after the proposed
 * index (as the planner phase records them), where each query runs, and what the code writes.
 */

import type { ExplainSummary, Plan, ShapePlan } from '../../src/database/types.js';
import type { QueryPlace, QueryShape } from '../../src/project/model.js';
import { explainRows } from '../../src/audit/explain-rows.js';
import { finalize } from '../../src/rules/finalize.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import type { RuleContext } from '../../src/rules/rule.js';
import { analyzeShape } from '../../src/schema/index-match.js';
import { contextWith, scanOf, seedSchema, shape, upcomingPractices } from './seed.js';
import { STATS_FORMAT, STATS_VERSION, statsModel, type StatsData } from '../../src/stats/model.js';

const schema = seedSchema();
const proposal = analyzeShape(upcomingPractices, schema).tables[0]!.proposal!;

const access = (over: Partial<ExplainSummary>): ExplainSummary =>
  scanOf('discord_practices', { filesort: true, ...over });
const plan = (a: ExplainSummary): Plan => ({ sql: 'SELECT * FROM discord_practices …', accesses: [a] });

/** The practices query, from `place`, with the index cutting the rows to `rowsAfter`. */
function context(rowsAfter: number, places: QueryPlace[], over: Partial<RuleContext['project']> = {}) {
  const shapes: QueryShape[] = places.map((place, i) =>
    shape({
      ...upcomingPractices,
      id: `${upcomingPractices.id}#${i}`,
      place,
      location: { file: `app/F${i}.php`, line: 3 },
    }),
  );
  const before = plan(access({}));
  const after = plan(
    access({ access: 'range', key: proposal.name, rows: rowsAfter, filesort: false, tableRows: 1_000_000 }),
  );
  const plans: ShapePlan[] = shapes.map((s) => ({
    shapeId: s.id,
    before,
    after,
    proposedIndex: proposal.name,
  }));
  const proofs = [
    { table: proposal.table, columns: proposal.columns, indexName: proposal.name, before, after },
  ];
  const ctx = contextWith({ shapes, schema, planner: { plans, criticalPlans: [], proofs } });
  Object.assign(ctx.project, over);
  return ctx;
}

function findings(rule: string, ctx: RuleContext) {
  const r = indexesRules.find((x) => x.id === rule)!;
  return r.check(ctx).map((d) => finalize(r, d, ctx.config));
}

describe('PA101: critical needs a proof', () => {
  it('is critical when the index cuts the rows examined tenfold or more, and says by how much', () => {
    const [f] = findings('PA101', context(50, ['request']));
    expect(f).toMatchObject({ severity: 'critical', table: 'discord_practices' });
    expect(f.message).toMatch(/rows examined 1,000,000 → 50 \(20,000× fewer\)/);
    expect(f.evidence).toMatchObject({ place: 'request', proofGain: { ratio: 20_000 } });
  });

  it('is a warning when the gain is smaller, with the before/after figures', () => {
    const [f] = findings('PA101', context(400_000, ['request']));
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/rows examined 1,000,000 → 400,000 \(2\.5× fewer\)/);
  });
});

describe('PA101: where the queries run', () => {
  it('a console command warns at most; a job can be critical', () => {
    expect(findings('PA101', context(50, ['console']))[0]).toMatchObject({
      severity: 'warning',
      message: expect.stringMatching(/console commands/),
    });
    expect(findings('PA101', context(50, ['job']))[0]!.severity).toBe('critical');
  });

  it('seeders, migrations and tests are no finding, unless a request also runs the query', () => {
    expect(findings('PA101', context(50, ['seeder', 'migration', 'test']))).toEqual([]);
    const [f] = findings('PA101', context(50, ['seeder', 'request']));
    expect(f).toMatchObject({ severity: 'critical', evidence: { place: 'request' } });
  });
});

/** One query (one shape id) sent from several places, in the order the reader met them. */
function sameQueryFrom(sites: { place: QueryPlace; file: string; line: number }[]) {
  const shapes = sites.map(({ place, file, line }) =>
    shape({ ...upcomingPractices, place, location: { file, line } }),
  );
  const before = plan(access({}));
  const after = plan(
    access({ access: 'range', key: proposal.name, rows: 50, filesort: false, tableRows: 1_000_000 }),
  );
  const plans: ShapePlan[] = [{ shapeId: upcomingPractices.id, before, after, proposedIndex: proposal.name }];
  const proofs = [
    { table: proposal.table, columns: proposal.columns, indexName: proposal.name, before, after },
  ];
  return contextWith({ shapes, schema, planner: { plans, criticalPlans: [], proofs } });
}

describe('PA101: the same query sent from several places', () => {
  it('is judged where it runs on a request, even when a seeder sent it first', () => {
    const ctx = sameQueryFrom([
      { place: 'seeder', file: 'database/seeders/PracticeSeeder.php', line: 12 },
      { place: 'request', file: 'app/Http/Controllers/PracticeController.php', line: 40 },
    ]);
    const [f] = findings('PA101', ctx);
    expect(f).toMatchObject({
      severity: 'critical',
      file: 'app/Http/Controllers/PracticeController.php',
      line: 40,
      evidence: { place: 'request' },
    });
    expect(f.locations).toHaveLength(2);
  });

  it('is located at the query that gave the severity, not the first in file order', () => {
    const ctx = sameQueryFrom([
      { place: 'console', file: 'app/Console/Commands/Report.php', line: 5 },
      { place: 'request', file: 'app/Http/Controllers/PracticeController.php', line: 40 },
    ]);
    const [f] = findings('PA101', ctx);
    expect(f).toMatchObject({ severity: 'critical', file: 'app/Http/Controllers/PracticeController.php' });
    expect(f.message).toContain('at app/Http/Controllers/PracticeController.php:40');
    expect(f.locations[0]!.file).toBe('app/Console/Commands/Report.php');
  });
});

describe('PA101: table size classes', () => {
  const model = {
    className: 'DiscordPractice',
    fqcn: 'App\\Models\\DiscordPractice',
    table: 'discord_practices',
    softDeletes: false,
    location: { file: 'app/Models/DiscordPractice.php', line: 1 },
    scopes: {},
    relations: {},
  };
  const write = (table: string, place: QueryPlace) => ({
    table,
    method: 'create',
    place,
    location: { file: 'app/W.php', line: 1 },
  });

  it('a reference table (a model only seeders add rows to) is info at most', () => {
    const ctx = context(50, ['request'], {
      models: [model],
      writes: [write('discord_practices', 'seeder'), write('certificates', 'request')],
    });
    const [f] = findings('PA101', ctx);
    expect(f).toMatchObject({ severity: 'info', evidence: { sizeClass: 'small', sizeSource: 'code' } });
    expect(f.message).toMatch(/small table/);
  });

  it('a table a request adds rows to keeps its severity', () => {
    const ctx = context(50, ['request'], {
      models: [model],
      writes: [write('discord_practices', 'request')],
    });
    expect(findings('PA101', ctx)[0]).toMatchObject({
      severity: 'critical',
      evidence: { sizeClass: 'growing' },
    });
  });

  it('database.tables overrides the code', () => {
    const ctx = context(50, ['request'], {
      models: [model],
      writes: [write('discord_practices', 'request')],
    });
    ctx.config.database.tables = { discord_practices: 200 };
    expect(findings('PA101', ctx)[0]).toMatchObject({ severity: 'info', evidence: { sizeSource: 'config' } });
  });
});

describe('PA102 follows the same bounds', () => {
  // A scan no index fixes: LIKE with a leading wildcard.
  const search = (place: QueryPlace) =>
    shape({
      table: 'users',
      where: [{ column: 'name', op: 'like' }],
      limit: 20,
      place,
      code: "User::where('name', 'like', \"%$q%\")",
    });
  const scan: Plan = {
    sql: 'SELECT * FROM users …',
    accesses: [access({ table: 'users', filesort: false })],
  };
  const ctxOf = (place: QueryPlace) => {
    const s = search(place);
    return contextWith({
      shapes: [s],
      schema,
      planner: { plans: [{ shapeId: s.id, before: scan }], criticalPlans: [], proofs: [] },
    });
  };

  /** The table measured at production size (database.tables), so the scan is not only an assumption. */
  const measured = (place: QueryPlace) => {
    const ctx = ctxOf(place);
    ctx.config.database.tables = { users: 500_000 };
    return ctx;
  };

  it('PA102 warns on a measured table (no index proves a fix) and drops a test-only query', () => {
    expect(findIn(measured('request'))).toEqual(['warning']);
    expect(findIn(measured('test'))).toEqual([]);
  });

  it('PA102 on a table whose size is only assumed is info, and says what would make it a warning', () => {
    const [f] = findings('PA102', ctxOf('request'));
    expect(f.severity).toBe('info');
    expect(f.message).toMatch(/1,000,000 rows is an assumption: a statistics file \(perf-audit stats\)/);
  });

  it('PA102 warns on a table a statistics file measures large, not on one it measures small', () => {
    const measuredAt = (rows: number) => {
      const ctx = ctxOf('request');
      const data: StatsData = {
        format: STATS_FORMAT,
        version: STATS_VERSION,
        generatedAt: '2026-12-01T00:00:00Z',
        database: 'app',
        server: { version: '10.11.6-MariaDB' },
        skipped: [],
        tables: { users: { rows, dataBytes: null, indexBytes: null, indexes: {}, columns: {} } },
      };
      ctx.stats = statsModel(data, '.perf-audit-stats.json');
      return ctx;
    };
    expect(findIn(measuredAt(800_000))).toEqual(['warning']);
    expect(findIn(measuredAt(3_000))).toEqual(['info']);
  });

  it('PA102 on a query read only in part is info, and says which piece was not read', () => {
    const s = {
      ...search('request'),
      partial: true as const,
      partialReasons: ['whereBelongsTo(): the relation it filters on is not known'],
    };
    const ctx = contextWith({
      shapes: [s],
      schema,
      planner: { plans: [{ shapeId: s.id, before: scan }], criticalPlans: [], proofs: [] },
    });
    const [f] = findings('PA102', ctx);
    expect(f.severity).toBe('info');
    expect(f.message).toContain(
      'Info only: part of the query could not be read (whereBelongsTo(): the relation it filters on is not known)',
    );
  });

  const findIn = (ctx: RuleContext) => findings('PA102', ctx).map((f) => f.severity);
});

describe('the report keeps what is no finding visible', () => {
  it("a seeder's scan is in the EXPLAIN rows with its place, though PA101 drops it", () => {
    const ctx = context(50, ['seeder']);
    expect(findings('PA101', ctx)).toEqual([]);
    const rows = explainRows(ctx.project.queries, ctx.database!);
    expect(rows.find((r) => r.table === 'discord_practices')).toMatchObject({
      place: 'seeder',
      verdict: 'full scan + filesort',
    });
  });
});

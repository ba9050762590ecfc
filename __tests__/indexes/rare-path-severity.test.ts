/**
 * PA101's severity and message when the query sits in code that runs rarely or never (project.rarePaths):
 * bounded to the path's cap, with the reason in the message; a query elsewhere keeps its severity.
 */

import type { ExplainSummary, Plan, ShapePlan } from '../../src/database/types.js';
import type { RarePath } from '../../src/project/model.js';
import { finalize } from '../../src/rules/finalize.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import { analyzeShape } from '../../src/schema/index-match.js';
import { contextWith, seedSchema, shape, upcomingPractices } from './seed.js';

const schema = seedSchema();
const proposal = analyzeShape(upcomingPractices, schema).tables[0]!.proposal!;

const access = (over: Partial<ExplainSummary>): ExplainSummary => ({
  table: 'discord_practices',
  access: 'ALL',
  key: null,
  possibleKeys: [],
  usedKeyParts: [],
  rows: 1_000_000,
  filesort: true,
  temporary: false,
  tableRows: 1_000_000,
  ...over,
});
const plan = (a: ExplainSummary): Plan => ({ sql: 'SELECT * FROM discord_practices …', accesses: [a] });

const weekly: RarePath = {
  file: 'app/Jobs/PrunePractices.php',
  line: 5,
  endLine: 30,
  cap: 'warning',
  kind: 'schedule',
  reason:
    'PrunePractices runs only from the schedule `->weekly()` (about once a week, app/Console/Kernel.php:20)',
};
const unused: RarePath = {
  ...weekly,
  cap: 'info',
  kind: 'unused-job',
  reason: 'OldSync is never dispatched',
};

/** PA101 on the practices query at each `file:line`, with a proof of a 20,000× gain. */
function pa101(at: { file: string; line: number } | { file: string; line: number }[], rarePaths: RarePath[]) {
  const shapes = [at]
    .flat()
    .map((location) =>
      shape({ ...upcomingPractices, id: `${upcomingPractices.id}@${location.file}`, place: 'job', location }),
    );
  const before = plan(access({}));
  const after = plan(access({ access: 'range', key: proposal.name, rows: 50, filesort: false }));
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
  ctx.project.rarePaths = rarePaths;
  const rule = indexesRules.find((r) => r.id === 'PA101')!;
  return rule.check(ctx).map((d) => finalize(rule, d, ctx.config));
}

describe('PA101 in code that runs rarely or never', () => {
  it('a query in a weekly job warns, and the message says where it is scheduled', () => {
    const [f] = pa101({ file: weekly.file, line: 12 }, [weekly]);
    expect(f).toMatchObject({ severity: 'warning', evidence: { rarePath: [weekly.reason] } });
    expect(f.message).toContain(`Warning at most: ${weekly.reason}.`);
  });

  it('a query in a job nothing dispatches is info', () => {
    const [f] = pa101({ file: weekly.file, line: 12 }, [weekly, unused]);
    expect(f.severity).toBe('info');
    expect(f.message).toContain('Info only: OldSync is never dispatched.');
  });

  it('a query in a method nothing calls is info, and the message names the method', () => {
    const uncalled: RarePath = {
      file: 'app/Repositories/SessionRepository.php',
      line: 22,
      endLine: 25,
      cap: 'info',
      kind: 'uncalled-method',
      reason: 'no code outside tests calls SessionRepository::getUserSessions()',
    };
    const [f] = pa101({ file: uncalled.file, line: 24 }, [uncalled]);
    expect(f).toMatchObject({ severity: 'info', evidence: { rarePath: [uncalled.reason] } });
    expect(f.message).toContain(
      'Info only: no code outside tests calls SessionRepository::getUserSessions().',
    );
    // The next method of the file is another one: its query keeps its severity.
    expect(pa101({ file: uncalled.file, line: 30 }, [uncalled])[0].severity).toBe('critical');
  });

  it('a query outside the rare lines keeps its severity', () => {
    expect(pa101({ file: weekly.file, line: 40 }, [weekly])[0]).toMatchObject({ severity: 'critical' });
    expect(pa101({ file: 'app/Jobs/Other.php', line: 12 }, [weekly])[0].evidence).not.toHaveProperty(
      'rarePath',
    );
  });

  it('one query on the rare path and one elsewhere: critical, and no rare-path reason is given', () => {
    const [f] = pa101(
      [
        { file: weekly.file, line: 12 },
        { file: 'app/Jobs/Other.php', line: 12 },
      ],
      [weekly],
    );
    expect(f.severity).toBe('critical');
    expect(f.evidence).not.toHaveProperty('rarePath');
    expect(f.message).not.toContain(weekly.reason);
  });
});

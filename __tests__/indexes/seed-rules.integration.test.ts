import type { ScratchDatabase } from '../../src/database/connection.js';
import { runPlannerPhase } from '../../src/database/planner.js';
import type { PlannerResult } from '../../src/database/planner.js';
import { finalize } from '../../src/rules/finalize.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import type { Finding } from '../../src/findings.js';
import type { RuleContext } from '../../src/rules/rule.js';
import {
  SEED_SQL,
  contextWith,
  recentCertificates,
  scratchWith,
  seedConfig,
  seedSchema,
  seedShapes,
  shape,
  upcomingPractices,
  usersWithRole,
} from './seed.js';

/** The seed config without its critical queries: these tests look at one shape at a time. */
function plainConfig() {
  const config = seedConfig();
  config.queries = [];
  return config;
}

function run(ctx: RuleContext): Finding[] {
  return indexesRules.flatMap((rule) => rule.check(ctx).map((d) => finalize(rule, d, ctx.config)));
}

describe('the seed audit, with the planner', () => {
  let db: ScratchDatabase;
  let planner: PlannerResult;
  let findings: Finding[];
  // The same practices query at a second place in the code: one finding lists both.
  const practicesElsewhere = { ...upcomingPractices, location: { file: 'app/Console/Remind.php', line: 7 } };

  beforeAll(async () => {
    db = await scratchWith(SEED_SQL);
    const shapes = [...seedShapes(), practicesElsewhere];
    planner = await runPlannerPhase(db, { config: seedConfig(), schema: seedSchema(), shapes });
    findings = run(contextWith({ shapes, schema: seedSchema(), planner }));
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('finds exactly the two missing indexes of the seed audit, critical, decided by the planner', () => {
    const pa101 = findings.filter((f) => f.rule === 'PA101');
    expect(pa101.map((f) => [f.severity, f.table, f.columns.join(',')]).sort()).toEqual([
      ['critical', 'certificates', 'created_at'],
      ['critical', 'discord_practices', 'start_at'],
    ]);
    for (const f of pa101) expect(f.evidence.decidedBy).toBe('planner');
  });

  it('gives the ALTER TABLE, the migration line, the index name and rows before/after', () => {
    const f = findings.find((x) => x.rule === 'PA101' && x.table === 'discord_practices')!;
    expect(f.fix.sql).toBe(
      'ALTER TABLE discord_practices ADD INDEX discord_practices_start_at_index (start_at);',
    );
    expect(f.fix.migration).toBe("$table->index('start_at');");
    expect(f.evidence.indexName).toBe('discord_practices_start_at_index');
    expect(f.evidence.rowsBefore).toBe(1_000_000);
    expect(f.evidence.rowsAfter as number).toBeLessThan(1_000_000);
    expect(f.evidence.explainAfter).toMatchObject({
      key: 'discord_practices_start_at_index',
      filesort: false,
    });
    expect(f.locations.map((l) => `${l.file}:${l.line}`)).toEqual([
      'app/Console/Remind.php:7',
      'app/Http/Controllers/PracticeController.php:19',
    ]);
    const c = findings.find((x) => x.rule === 'PA101' && x.table === 'certificates')!;
    expect(c.fix.migration).toBe("$table->index('created_at');");
    expect(c.message).toMatch(/1,000,000 rows/);
  });

  it('lets users-with-role pass, and says nothing twice', () => {
    expect(findings.filter((f) => f.table === 'users')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'PA102' || f.rule === 'PA103')).toEqual([]);
  });

  it('reports a critical query that scans a table with no PA101 finding as PA102', () => {
    const out = run(contextWith({ shapes: [usersWithRole], schema: seedSchema(), planner }));
    expect(out.map((f) => [f.rule, f.title]).sort()).toEqual([
      ['PA102', 'Critical query "Recent certificates" scans certificates'],
      ['PA102', 'Critical query "Upcoming practices" scans discord_practices'],
    ]);
  });

  it('reports a full scan that no index can fix (LIKE with a leading wildcard) as PA102', () => {
    const search = shape({
      table: 'users',
      where: [{ column: 'name', op: 'like' }],
      limit: 20,
      code: "User::where('name', 'like', \"%$q%\")",
    });
    return (async () => {
      const p = await runPlannerPhase(db, { config: plainConfig(), schema: seedSchema(), shapes: [search] });
      const out = run(
        contextWith({ shapes: [search], schema: seedSchema(), planner: p, config: plainConfig() }),
      );
      expect(out.map((f) => f.rule)).toEqual(['PA102']);
      // No index is proposed, so nothing proves a fix, and the table's size is assumed: info.
      expect(out[0]).toMatchObject({ severity: 'info', table: 'users' });
      expect(out[0].fix.text).toMatch(/LIKE/);
    })();
  });

  it('reports a sort over a whole table that an index cannot avoid as PA103, not PA101', async () => {
    const all = shape({
      table: 'courses',
      orderBy: [{ column: 'title', direction: 'asc' }],
      code: "Course::orderBy('title')->get()",
    });
    const p = await runPlannerPhase(db, { config: plainConfig(), schema: seedSchema(), shapes: [all] });
    const out = run(contextWith({ shapes: [all], schema: seedSchema(), planner: p, config: plainConfig() }));
    // It reads every row anyway (no filter, no LIMIT): the sort is not its cost, so info.
    expect(out.map((f) => [f.rule, f.severity])).toEqual([['PA103', 'info']]);
  });

  it('copies inline ignores into the evidence and leaves silencing to the gate', async () => {
    const ignored = { ...recentCertificates, inlineIgnores: [{ rule: 'PA101', reason: 'admin only' }] };
    const out = run(contextWith({ shapes: [ignored], schema: seedSchema(), planner }));
    const f = out.find((x) => x.rule === 'PA101')!;
    expect(f.evidence.inlineIgnores).toEqual([
      {
        file: 'app/Http/Controllers/CertificateController.php',
        line: 19,
        rule: 'PA101',
        reason: 'admin only',
      },
    ]);
    expect(f.silenced).toBeUndefined();
  });
});

describe('the seed audit, without a database', () => {
  it('finds the same two missing indexes, critical, decided statically', () => {
    const findings = run(contextWith({ shapes: seedShapes(), schema: seedSchema(), planner: null }));
    const pa101 = findings.filter((f) => f.rule === 'PA101');
    expect(pa101.map((f) => [f.severity, f.table, f.fix.sql]).sort()).toEqual([
      [
        'critical',
        'certificates',
        'ALTER TABLE certificates ADD INDEX certificates_created_at_index (created_at);',
      ],
      [
        'critical',
        'discord_practices',
        'ALTER TABLE discord_practices ADD INDEX discord_practices_start_at_index (start_at);',
      ],
    ]);
    for (const f of pa101) expect(f.evidence.decidedBy).toBe('static');
    expect(findings.filter((f) => f.table === 'users')).toEqual([]);
    expect(findings.filter((f) => ['PA102', 'PA103'].includes(f.rule))).toEqual([]);
  });

  it('uses the same fingerprint with and without the planner, so baselines match across runs', async () => {
    const db = await scratchWith(SEED_SQL);
    try {
      const planner = await runPlannerPhase(db, {
        config: seedConfig(),
        schema: seedSchema(),
        shapes: seedShapes(),
      });
      const a = run(contextWith({ shapes: seedShapes(), schema: seedSchema(), planner }));
      const b = run(contextWith({ shapes: seedShapes(), schema: seedSchema(), planner: null }));
      const prints = (fs: Finding[]) =>
        fs
          .filter((f) => f.rule === 'PA101')
          .map((f) => f.fingerprint)
          .sort();
      expect(prints(a)).toEqual(prints(b));
    } finally {
      await db.drop();
    }
  });

  it('does not flag users-with-role', () => {
    const findings = run(contextWith({ shapes: [usersWithRole], schema: seedSchema(), planner: null }));
    expect(findings.filter((f) => f.rule === 'PA101')).toEqual([]);
  });
});

/**
 * The acceptance test of the seed audit on examples/laravel-app, through the real pipeline: PHP files →
 * query shapes and migrations → schema applied in a scratch MariaDB database → planner at scale → rules.
 */

import { join } from 'node:path';
import { defaultConfig } from '../../src/config/defaults.js';
import type { Config } from '../../src/config/model.js';
import { createScratchDatabase, parseDbUrl } from '../../src/database/connection.js';
import { runPlannerPhase } from '../../src/database/planner.js';
import { runSchemaPhase } from '../../src/database/schema-phase.js';
import type { Finding } from '../../src/findings.js';
import { readAppFiles } from '../../src/project/files.js';
import { loadProject } from '../../src/project/load.js';
import type { LoadedProject } from '../../src/project/load.js';
import type { AppFiles } from '../../src/project/files.js';
import { finalize } from '../../src/rules/finalize.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import type { RuleContext } from '../../src/rules/rule.js';
import { DB_URL } from './seed.js';

const APP = join(process.cwd(), 'examples', 'laravel-app');

function run(ctx: RuleContext): Finding[] {
  return indexesRules.flatMap((rule) => rule.check(ctx).map((d) => finalize(rule, d, ctx.config)));
}

const critical101 = (fs: Finding[]) =>
  fs
    .filter((f) => f.rule === 'PA101' && f.severity === 'critical')
    .map((f) => `${f.table}(${f.columns.join(',')})`)
    .sort();

describe('examples/laravel-app (the seed audit)', () => {
  let config: Config;
  let files: AppFiles;
  let loaded: LoadedProject;

  beforeAll(async () => {
    config = defaultConfig(APP);
    files = await readAppFiles(APP);
    loaded = loadProject(files, config);
  });

  it('without a database: exactly the two missing indexes are critical, decided statically', () => {
    const { project } = loaded;
    const findings = run({ config, project, schema: project.schema, database: null, http: null });
    expect(critical101(findings)).toEqual(['certificates(created_at)', 'discord_practices(start_at)']);
    for (const f of findings.filter((x) => x.rule === 'PA101')) expect(f.evidence.decidedBy).toBe('static');
    expect(findings.filter((f) => f.rule === 'PA101' && f.table === 'users')).toEqual([]);
  });

  it('with MariaDB: the planner confirms both, and the proposed indexes make both EXPLAINs use them', async () => {
    const db = await createScratchDatabase(parseDbUrl(DB_URL));
    try {
      const { project, parsed } = loaded;
      const schemaResult = await runSchemaPhase(db, { config, app: files, parsed });
      const planner = await runPlannerPhase(db, {
        config,
        schema: schemaResult.schema,
        shapes: project.queries,
      });
      const ctx: RuleContext = {
        config,
        project,
        schema: schemaResult.schema,
        database: {
          serverVersion: '',
          schema: schemaResult.schema,
          applyProblems: schemaResult.problems,
          plans: planner.plans,
          criticalPlans: planner.criticalPlans,
          proofs: planner.proofs,
          failedJobs: null,
          capture: null,
        },
        http: null,
      };
      const findings = run(ctx);
      expect(critical101(findings)).toEqual(['certificates(created_at)', 'discord_practices(start_at)']);
      for (const f of findings.filter((x) => x.rule === 'PA101' && x.severity === 'critical')) {
        expect(f.evidence.decidedBy).toBe('planner');
        expect(f.evidence.explainBefore).toMatchObject({ access: 'ALL', filesort: true });
        expect(f.evidence.explainAfter).toMatchObject({ key: f.evidence.indexName, filesort: false });
      }
      const users = project.queries.filter(
        (q) => q.table === 'users' && q.where.some((p) => p.column === 'role'),
      );
      expect(users.length).toBeGreaterThan(0);
      for (const q of users) {
        const plan = planner.plans.find((p) => p.shapeId === q.id)!;
        expect(plan.before.accesses[0]).toMatchObject({ access: 'ref', key: 'users_role_index' });
      }
      expect(findings.filter((f) => f.table === 'users' && f.rule === 'PA101')).toEqual([]);
    } finally {
      await db.drop();
    }
  });
});

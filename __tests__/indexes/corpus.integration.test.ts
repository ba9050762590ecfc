/**
 * The labelled index corpus (__tests__/fixtures/index-corpus): real extraction of the query shapes, the
 * schema from its migrations (static) or applied in MariaDB (with a database), then the index rules.
 * A query counts as flagged "needs-index" when a critical PA101, a PA102 or a PA104 finding lists it:
 * a partly served query (PA101 warning, PA103) has an index for its filter, which the labels call served;
 * a query narrowed only by low-cardinality columns needs none (`few-values`).
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig } from '../../src/config/defaults.js';
import { createScratchDatabase, parseDbUrl } from '../../src/database/connection.js';
import { runPlannerPhase } from '../../src/database/planner.js';
import { runSchemaPhase } from '../../src/database/schema-phase.js';
import type { Finding } from '../../src/findings.js';
import { readAppFiles } from '../../src/project/files.js';
import type { AppFiles } from '../../src/project/files.js';
import { loadProject } from '../../src/project/load.js';
import type { LoadedProject } from '../../src/project/load.js';
import { finalize } from '../../src/rules/finalize.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import type { RuleContext } from '../../src/rules/rule.js';
import { DB_URL } from './seed.js';

const CORPUS = join(process.cwd(), '__tests__', 'fixtures', 'index-corpus');

interface Label {
  file: string;
  line: number;
  /** few-values: the filter keeps a large share of the rows (booleans, a status), so no index pays. */
  label: 'needs-index' | 'served' | 'few-values';
  table: string;
}

const labels: Record<string, Label> = JSON.parse(readFileSync(join(CORPUS, 'labels.json'), 'utf8')).queries;

function flagged(findings: Finding[]): Set<string> {
  const out = new Set<string>();
  for (const f of findings) {
    const counts =
      (f.rule === 'PA101' && f.severity === 'critical') || f.rule === 'PA102' || f.rule === 'PA104';
    if (counts) for (const l of f.locations) out.add(`${l.file}:${l.line}`);
  }
  return out;
}

function score(findings: Finding[]) {
  const hits = flagged(findings);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrong: string[] = [];
  for (const [id, l] of Object.entries(labels)) {
    const predicted = hits.has(`${l.file}:${l.line}`);
    const actual = l.label === 'needs-index';
    if (predicted && actual) tp++;
    if (predicted && !actual) fp++;
    if (!predicted && actual) fn++;
    if (predicted !== actual) wrong.push(`${id} (labelled ${l.label})`);
  }
  return { precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1), tp, fp, fn, wrong };
}

const run = (ctx: RuleContext) =>
  indexesRules.flatMap((r) => r.check(ctx).map((d) => finalize(r, d, ctx.config)));

describe('the labelled index corpus', () => {
  const config = defaultConfig(CORPUS);
  let files: AppFiles;
  let loaded: LoadedProject;

  beforeAll(async () => {
    files = await readAppFiles(CORPUS);
    loaded = loadProject(files, config);
  });

  it('has at least 40 labelled queries of both kinds', () => {
    const kinds = Object.values(labels).map((l) => l.label);
    expect(kinds.length).toBeGreaterThanOrEqual(40);
    expect(kinds).toContain('needs-index');
    expect(kinds).toContain('served');
  });

  it('without a database: precision and recall >= 0.85', () => {
    const { project } = loaded;
    const s = score(run({ config, project, schema: project.schema, database: null, http: null }));
    // The misjudged queries are listed so a failure says which.
    expect({ ...s, ok: s.precision >= 0.85 && s.recall >= 0.85 }).toMatchObject({ ok: true });
  });

  it('with MariaDB: precision and recall >= 0.95', async () => {
    const db = await createScratchDatabase(parseDbUrl(DB_URL));
    try {
      const { project, parsed } = loaded;
      const schema = (await runSchemaPhase(db, { config, app: files, parsed })).schema;
      const planner = await runPlannerPhase(db, { config, schema, shapes: project.queries });
      const database = {
        serverVersion: '',
        schema,
        applyProblems: [],
        plans: planner.plans,
        criticalPlans: planner.criticalPlans,
        proofs: planner.proofs,
        failedJobs: null,
        capture: null,
      };
      const s = score(run({ config, project, schema, database, http: null }));
      expect({ ...s, ok: s.precision >= 0.95 && s.recall >= 0.95 }).toMatchObject({ ok: true });
    } finally {
      await db.drop();
    }
  });
});

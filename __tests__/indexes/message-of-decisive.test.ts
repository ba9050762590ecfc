/**
 * A PA101 finding's message speaks for the query that gave its severity. Here one index serves a lookup the
 * planner proves (in code that runs rarely, so it is info) and a sorted page the planner could not judge on
 * a small copy (the static reading warns): the warning's message must not call the index unproven.
 */

import type { ExplainSummary, Plan, ShapePlan } from '../../src/database/types.js';
import { finalize } from '../../src/rules/finalize.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import { NO_GAIN_NOTE } from '../../src/rules/calibrate/proof-gain.js';
import { analyzeShape } from '../../src/schema/index-match.js';
import { contextWith, recentCertificates, scanOf, seedSchema, shape } from './seed.js';

const schema = seedSchema();
const since = shape({
  table: 'certificates',
  place: 'request',
  where: [{ column: 'created_at', op: '>=' }],
  location: { file: 'app/Services/LegacyExport.php', line: 12 },
  code: "Certificate::where('created_at', '>=', $since)->first()",
});
const page = shape({ ...recentCertificates, place: 'request' });
const proposal = analyzeShape(page, schema).tables[0]!.proposal!;

const access = (over: Partial<ExplainSummary>): ExplainSummary => scanOf('certificates', over);
const plan = (a: ExplainSummary): Plan => ({ sql: 'SELECT * FROM certificates …', accesses: [a] });

function finding(rareLookup: boolean, sampledRows?: number) {
  const lookupAfter = plan(
    access({ access: 'range', key: proposal.name, rows: 1, usedKeyParts: ['created_at'] }),
  );
  const plans: ShapePlan[] = [
    { shapeId: since.id, before: plan(access({})), after: lookupAfter, proposedIndex: proposal.name },
    // The planner keeps the scan and the sort even with the index: not conclusive on empty copies.
    {
      shapeId: page.id,
      before: plan(access({ filesort: true, sampledRows })),
      after: plan(access({ filesort: true, sampledRows })),
      proposedIndex: proposal.name,
    },
  ];
  const proofs = [
    {
      table: 'certificates',
      columns: proposal.columns,
      indexName: proposal.name,
      before: plan(access({})),
      after: lookupAfter,
    },
  ];
  const ctx = contextWith({ shapes: [since, page], schema, planner: { plans, criticalPlans: [], proofs } });
  if (rareLookup)
    ctx.project.rarePaths = [
      {
        file: since.location.file,
        line: 1,
        endLine: 40,
        cap: 'info',
        kind: 'uncalled-method',
        reason: 'no code outside tests calls LegacyExport::run()',
      },
    ];
  const rule = indexesRules.find((r) => r.id === 'PA101')!;
  return rule
    .check(ctx)
    .map((d) => finalize(rule, d, ctx.config))
    .find((f) => f.table === 'certificates' && f.columns[0] === 'created_at')!;
}

describe("PA101's message follows the query that decided the severity", () => {
  it('a warning decided by a sort the planner could not judge gives the static reason, not "unproven"', () => {
    const f = finding(true);
    expect(f).toMatchObject({ severity: 'warning', file: page.location.file, line: page.location.line });
    expect(f.message).toContain('not conclusive on empty tables');
    expect(f.message).not.toContain(NO_GAIN_NOTE);
  });

  it('names the generated rows the planner kept the sort on, when the copy had any', () => {
    const f = finding(true, 2564);
    expect(f.severity).toBe('warning');
    expect(f.message).toContain("not conclusive on the copy's 2,564 generated rows");
    expect(f.message).not.toContain('empty tables');
  });

  it('a finding decided by the proved lookup gives the planner figures', () => {
    const f = finding(false);
    expect(f).toMatchObject({ severity: 'critical', file: since.location.file });
    expect(f.message).toMatch(/rows examined 1,000,000 → 1 \(1,000,000× fewer\)/);
  });
});

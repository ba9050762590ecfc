/**
 * Indexes of low-cardinality columns, end to end on the real MariaDB: generated rows, the planner's proof,
 * PA101's severity and PA102's silence. A boolean, an integer flag (`tinyInteger('requestable')->default(0)`)
 * or a status alone is not worth an index; the same columns after a selective one are.
 */

import { defaultConfig } from '../../src/config/defaults.js';
import type { ScratchDatabase } from '../../src/database/connection.js';
import { introspectSchema } from '../../src/database/introspect.js';
import { runPlannerPhase, type PlannerResult } from '../../src/database/planner.js';
import { proofGain } from '../../src/rules/calibrate/proof-gain.js';
import { finalize } from '../../src/rules/finalize.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import type { RuleContext } from '../../src/rules/rule.js';
import type { Schema } from '../../src/schema/model.js';
import { contextWith, scratchWith, shape } from './seed.js';

// Written for this test: devices owned by users, with a boolean, an integer flag and a status.
const SQL = `
CREATE TABLE users (id bigint unsigned auto_increment PRIMARY KEY, email varchar(255) NOT NULL);
CREATE TABLE devices (
  id bigint unsigned auto_increment PRIMARY KEY,
  user_id bigint unsigned NOT NULL,
  is_active tinyint(1) NOT NULL DEFAULT 1,
  requestable tinyint(4) NOT NULL DEFAULT 0,
  status varchar(20) NULL,
  name varchar(255) NOT NULL,
  created_at timestamp NULL
);
`;

const at = (line: number) => ({ file: 'app/Http/Controllers/DeviceController.php', line });
/** A selective owner with a boolean after it: the index (user_id, is_active) is a real fix. */
const ownActive = shape({
  table: 'devices',
  place: 'request',
  where: [
    { column: 'user_id', op: '=' },
    { column: 'is_active', op: '=', value: 1 },
  ],
  location: at(10),
  code: "Device::where('user_id', $id)->where('is_active', 1)->get()",
});
/** A boolean alone. */
const active = shape({
  table: 'devices',
  place: 'request',
  where: [{ column: 'is_active', op: '=', value: true }],
  location: at(11),
  code: "Device::where('is_active', true)->get()",
});
/** An integer flag alone, compared to one literal. */
const requestable = shape({
  table: 'devices',
  place: 'request',
  where: [{ column: 'requestable', op: '=', value: '1' }],
  location: at(12),
  code: "Device::where('requestable', '1')->get()",
});
/** A boolean lead with an unselective status after it. */
const activeSuspended = shape({
  table: 'devices',
  place: 'request',
  where: [
    { column: 'is_active', op: '=', value: 1 },
    { column: 'status', op: '=', value: 'suspended' },
  ],
  location: at(13),
  code: "Device::where('is_active', 1)->where('status', 'suspended')->count()",
});
const shapes = [ownActive, active, requestable, activeSuspended];

function findingsOf(rule: string, ctx: RuleContext) {
  const r = indexesRules.find((x) => x.id === rule)!;
  return r.check(ctx).map((d) => finalize(r, d, ctx.config));
}

describe('low-cardinality columns with the planner (MariaDB)', () => {
  let db: ScratchDatabase;
  let schema: Schema;
  let planner: PlannerResult;
  let ctx: RuleContext;

  beforeAll(async () => {
    db = await scratchWith(SQL);
    schema = await introspectSchema(db.conn, db.name);
    const config = defaultConfig('/tmp/app');
    config.database.generateRows = 10_000;
    planner = await runPlannerPhase(db, { config, schema, shapes });
    ctx = contextWith({ shapes, schema, planner, config });
  });
  afterAll(async () => {
    await db?.drop();
  });

  const pa101 = () => findingsOf('PA101', ctx);
  const on = (columns: string[]) =>
    pa101().filter((f) => f.columns.join(',') === columns.join(',') && f.severity !== 'info');

  it('triggers: a selective column with the boolean after it is a critical, proved finding', () => {
    const [f] = pa101().filter((x) => x.columns[0] === 'user_id');
    expect(f).toMatchObject({ severity: 'critical', table: 'devices' });
    expect(f.columns).toEqual(['user_id', 'is_active']);
    expect(f.message).toMatch(/rows examined 1,000,000 → [\d,]+ \([\d,]+× fewer\)/);
  });

  it('the generated rows give an integer flag two values: its index cannot prove a tenfold gain', () => {
    const proof = planner.proofs.find((p) => p.columns.join(',') === 'requestable')!;
    expect(proofGain(proof.before, proof.after)!.ratio).toBeLessThan(10);
  });

  it('stays quiet (info at most) on a boolean alone, an integer flag alone, a boolean with a status', () => {
    expect(on(['is_active'])).toEqual([]);
    expect(on(['requestable'])).toEqual([]);
    expect(pa101().filter((f) => !f.columns.includes('user_id') && f.severity !== 'info')).toEqual([]);
    for (const f of pa101().filter((x) => x.severity === 'info'))
      expect(f.message).toMatch(/Info only: .* is a (boolean|status)/);
  });

  it('PA102 does not report the scan a low-cardinality filter needs anyway', () => {
    const scans = findingsOf('PA102', ctx).filter((f) => f.severity !== 'info');
    expect(scans).toEqual([]);
  });
});

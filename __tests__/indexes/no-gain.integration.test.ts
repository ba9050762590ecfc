/**
 * A proposed index the planner takes without examining fewer rows (calibrate/proof-gain.ts, noGain), end to
 * end on the real MariaDB: nothing proves it pays, so the finding is info and says so. The same filter on a
 * key that narrows the read is a proved gain.
 */

import { defaultConfig } from '../../src/config/defaults.js';
import type { ScratchDatabase } from '../../src/database/connection.js';
import { introspectSchema } from '../../src/database/introspect.js';
import { runPlannerPhase } from '../../src/database/planner.js';
import { NO_GAIN_NOTE } from '../../src/rules/calibrate/proof-gain.js';
import { finalize } from '../../src/rules/finalize.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import { contextWith, scratchWith, shape } from './seed.js';

// Written for this test: game servers placed in a handful of regions, each owned by one of many users.
const SQL = `
CREATE TABLE regions (id bigint unsigned auto_increment PRIMARY KEY, name varchar(80) NOT NULL);
CREATE TABLE hosts (
  id bigint unsigned auto_increment PRIMARY KEY,
  region_id bigint unsigned NOT NULL,
  owner_id bigint unsigned NOT NULL,
  name varchar(120) NOT NULL
);
`;

const at = (line: number) => ({ file: 'app/Services/HostPicker.php', line });
const firstInRegion = shape({
  table: 'hosts',
  place: 'request',
  where: [{ column: 'region_id', op: '=' }],
  orderBy: [{ column: 'id', direction: 'asc' }],
  limit: 15,
  location: at(10),
  code: "Host::where('region_id', $region)->orderBy('id')->limit(15)->get()",
});
const ofOwner = shape({
  table: 'hosts',
  place: 'request',
  where: [{ column: 'owner_id', op: '=' }],
  location: at(20),
  code: "Host::where('owner_id', $id)->get()",
});
const shapes = [firstInRegion, ofOwner];

describe('an index the planner takes without a gain (MariaDB)', () => {
  let db: ScratchDatabase;
  let findings: ReturnType<typeof finalize>[];

  beforeAll(async () => {
    db = await scratchWith(SQL);
    const schema = await introspectSchema(db.conn, db.name);
    const config = defaultConfig('/tmp/app');
    config.database.generateRows = 10_000;
    // About twenty hosts per region: the first fifteen in id order are found about as fast by a scan.
    config.database.tables = { regions: 50_000 };
    const planner = await runPlannerPhase(db, { config, schema, shapes });
    const ctx = contextWith({ shapes, schema, planner, config });
    const rule = indexesRules.find((r) => r.id === 'PA101')!;
    findings = rule.check(ctx).map((d) => finalize(rule, d, ctx.config));
  }, 60_000);
  afterAll(async () => {
    await db?.drop();
  });

  it('must not warn: the first hosts of a region in id order are read as cheaply without it', () => {
    const f = findings.find((x) => x.columns[0] === 'region_id')!;
    expect((f.evidence.proofGain as { ratio: number }).ratio).toBeLessThanOrEqual(1);
    expect(f.severity).toBe('info');
    expect(f.message).toContain(NO_GAIN_NOTE);
  });

  it('triggers: the hosts of one owner are a proved gain', () => {
    const f = findings.find((x) => x.columns[0] === 'owner_id')!;
    expect(f.severity).toBe('critical');
  });
});

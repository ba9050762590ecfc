/**
 * A proposed index the planner takes without examining fewer rows (calibrate/proof-gain.ts, noGain), end to
 * end on the real MariaDB: nothing proves it pays, so the finding is info and says so. The same filter on a
 * key that narrows the read is a proved gain.
 */

import type { Finding } from '../../src/findings.js';
import { NO_GAIN_NOTE } from '../../src/rules/calibrate/proof-gain.js';
import { plannedFindings, shape } from './seed.js';

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
  let findings: Finding[];

  beforeAll(async () => {
    const of = await plannedFindings(SQL, shapes, (config) => {
      // About twenty hosts per region: the first fifteen in id order are found about as fast by a scan.
      config.database.tables = { regions: 50_000 };
    });
    findings = of('PA101');
  }, 60_000);

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

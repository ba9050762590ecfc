/**
 * A read an index the table has already keeps small (calibrate/proof-gain.ts, CHEAP_READ_ROWS), end to end on
 * the real MariaDB: a wider index may cut the rows tenfold and drop the sort, but from a few hundred rows
 * that saves nothing a merge or a reviewer should wait for. The same query on a table without that index is
 * critical.
 */

import type { Finding } from '../../src/findings.js';
import { CHEAP_READ_ROWS } from '../../src/rules/calibrate/proof-gain.js';
import { plannedFindings, shape } from './seed.js';

// Written for this test: help-desk tickets of agents, one copy with an index on the agent, one without any.
const table = (name: string, keys: string) => `
CREATE TABLE ${name} (
  id bigint unsigned auto_increment PRIMARY KEY,
  agent_id bigint unsigned NOT NULL,
  customer_id bigint unsigned NOT NULL,
  state varchar(20) NOT NULL,
  last_reply_at timestamp NULL${keys}
);`;
const SQL =
  'CREATE TABLE agents (id bigint unsigned auto_increment PRIMARY KEY, name varchar(80) NOT NULL);' +
  table(
    'tickets',
    ',\n  KEY tickets_agent_id_index (agent_id),\n  CONSTRAINT tickets_agent_id_foreign FOREIGN KEY (agent_id) REFERENCES agents (id)',
  ) +
  table('archived_tickets', '');

const list = (on: string, line: number) =>
  shape({
    table: on,
    place: 'request',
    where: [
      { column: 'agent_id', op: '=' },
      { column: 'customer_id', op: '=' },
      { column: 'state', op: '=' },
    ],
    orderBy: [{ column: 'last_reply_at', direction: 'desc' }],
    limit: 50,
    location: { file: 'app/Http/Controllers/TicketController.php', line },
    code: "Ticket::where('agent_id', $a)->where('customer_id', $c)->where('state', $s)->latest('last_reply_at')->paginate(50)",
  });
const shapes = [list('tickets', 10), list('archived_tickets', 20)];

describe('a read an existing index already keeps small (MariaDB)', () => {
  let findings: Finding[];

  beforeAll(async () => {
    const of = await plannedFindings(SQL, shapes, (config) => {
      // A few thousand agents share a million tickets: a few hundred tickets each.
      config.database.tables = { agents: 2_000 };
    });
    findings = of('PA101');
  }, 60_000);

  it('must not block or warn: the existing index reads a few hundred rows, so the wider one is info', () => {
    const f = findings.find((x) => x.table === 'tickets')!;
    const gain = f.evidence.proofGain as { rowsBefore: number; ratio: number };
    expect(gain.rowsBefore).toBeLessThan(CHEAP_READ_ROWS);
    expect(gain.ratio).toBeGreaterThan(1);
    expect(f.severity).toBe('info');
    expect(f.message).toContain(`Info only: the plan without it examines ${gain.rowsBefore} rows already`);
  });

  it('triggers: the same query on the table without that index is critical', () => {
    const f = findings.find((x) => x.table === 'archived_tickets')!;
    expect(f.severity).toBe('critical');
    expect((f.evidence.proofGain as { rowsBefore: number }).rowsBefore).toBeGreaterThanOrEqual(
      CHEAP_READ_ROWS,
    );
  });
});

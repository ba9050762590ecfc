/**
 * A sort with a LIMIT and no filter of its own on the sorted table, end to end on the real MariaDB. Read
 * through a pivot (a contact's events, newest first), MariaDB finds the few rows by primary key and sorts
 * them: no index on the sorted table is needed, so there is no finding. The same sort over the whole table
 * (the newest events of all) is one an index serves.
 */

import { plannedFindings, shape } from './seed.js';

// Written for this test: life events of contacts, linked through a pivot.
const SQL = `
CREATE TABLE contacts (id bigint unsigned auto_increment PRIMARY KEY, name varchar(80) NOT NULL);
CREATE TABLE events (
  id bigint unsigned auto_increment PRIMARY KEY,
  label varchar(120) NOT NULL,
  started_at timestamp NULL
);
CREATE TABLE contact_event (
  contact_id bigint unsigned NOT NULL,
  event_id bigint unsigned NOT NULL,
  PRIMARY KEY (contact_id, event_id),
  KEY contact_event_event_id_index (event_id)
);
`;

const at = (line: number) => ({ file: 'app/Http/Controllers/EventController.php', line });
const ofContact = shape({
  table: 'events',
  place: 'request',
  joins: [
    { table: 'contact_event', on: [{ left: 'contact_event.event_id', right: 'events.id' }], type: 'inner' },
  ],
  where: [{ column: 'contact_event.contact_id', op: '=' }],
  orderBy: [{ column: 'started_at', direction: 'desc' }],
  limit: 15,
  location: at(10),
  code: "$contact->events()->orderBy('started_at', 'desc')->paginate(15)",
});
const newest = shape({
  table: 'events',
  place: 'request',
  orderBy: [{ column: 'started_at', direction: 'desc' }],
  limit: 15,
  location: at(20),
  code: "Event::orderBy('started_at', 'desc')->paginate(15)",
});

const pa101 = async (shapes: ReturnType<typeof shape>[]) => (await plannedFindings(SQL, shapes))('PA101');

describe('a bounded sort read through a pivot (MariaDB)', () => {
  it('must not report: the events of a contact are found by key and sorted in memory', async () => {
    const found = await pa101([ofContact]);
    expect(found.filter((f) => f.table === 'events')).toEqual([]);
  }, 60_000);

  it('triggers: the newest events of the whole table need the index', async () => {
    const [f] = (await pa101([newest])).filter((x) => x.table === 'events');
    expect(f).toMatchObject({ columns: ['started_at'] });
    expect(f.severity).not.toBe('info');
  }, 60_000);
});

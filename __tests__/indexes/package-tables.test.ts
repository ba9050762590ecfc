/**
 * Tables a first-party Laravel package creates and reads itself (Pulse, Telescope): PA106 and PA107 on them
 * are info, since their indexes are the package's design; the same schema on an app's table still warns.
 */

import { finalize } from '../../src/rules/finalize.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import type { Table } from '../../src/schema/model.js';
import { contextWith } from './seed.js';

const run = (id: string, tables: Table[]) => {
  const rule = indexesRules.find((r) => r.id === id)!;
  const ctx = contextWith({ shapes: [], schema: { source: 'static', tables } });
  return rule.check(ctx).map((d) => finalize(rule, d, ctx.config));
};

const column = (name: string) => ({ name, type: 'bigint(20) unsigned', nullable: false, default: null });

/** Pulse's own entries table: the timestamp index it trims by, next to (timestamp, type, key_hash, value). */
const entries = (name: string): Table => ({
  name,
  columns: ['id', 'timestamp', 'type', 'key_hash', 'value'].map(column),
  indexes: [
    { name: 'PRIMARY', columns: ['id'], unique: true, primary: true },
    { name: `${name}_timestamp_index`, columns: ['timestamp'], unique: false },
    {
      name: `${name}_timestamp_type_key_hash_value_index`,
      columns: ['timestamp', 'type', 'key_hash', 'value'],
      unique: false,
    },
  ],
  foreignKeys: [],
});

/** A table with no key of any kind. */
const keyless = (name: string): Table => ({
  name,
  columns: ['tag', 'entry_uuid'].map(column),
  indexes: [],
  foreignKeys: [],
});

describe('schema findings on a table a first-party package owns', () => {
  it('PA106 is info on pulse_entries and names the package, a warning on the same schema of the app', () => {
    expect(run('PA106', [entries('pulse_entries'), entries('readings')])).toMatchObject([
      {
        table: 'pulse_entries',
        severity: 'info',
        evidence: { package: 'Laravel Pulse' },
        message: expect.stringContaining('Laravel Pulse creates this table'),
      },
      { table: 'readings', severity: 'warning' },
    ]);
  });

  it('PA107 is info on telescope_entries_tags, a warning on an app table without a key', () => {
    const [telescope, app] = run('PA107', [keyless('telescope_entries_tags'), keyless('entry_tags')]);
    expect(telescope).toMatchObject({ severity: 'info', evidence: { package: 'Laravel Telescope' } });
    expect(app).toMatchObject({ table: 'entry_tags', severity: 'warning' });
    expect(app!.evidence).not.toHaveProperty('package');
  });
});

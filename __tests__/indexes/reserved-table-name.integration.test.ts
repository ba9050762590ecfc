/**
 * A table named like a MariaDB keyword (`databases`, `keys`, `usage`): the planner's ALTER TABLE that
 * proves an index, and the fix shown to the user, quote it; an ordinary name stays bare.
 */
import { runPlannerPhase } from '../../src/database/planner.js';
import { indexProposal, sqlIdentifier } from '../../src/schema/index-match.js';
import type { Schema } from '../../src/schema/model.js';
import { scratchWith, seedConfig, shape } from './seed.js';

const SQL = `
CREATE TABLE \`databases\` (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  server_id BIGINT UNSIGNED NOT NULL,
  name VARCHAR(255) NOT NULL
);`;

const schema: Schema = {
  source: 'static',
  tables: [
    {
      name: 'databases',
      columns: [
        { name: 'id', type: 'bigint(20) unsigned', nullable: false, default: null },
        { name: 'server_id', type: 'bigint(20) unsigned', nullable: false, default: null },
        { name: 'name', type: 'varchar(255)', nullable: false, default: null },
      ],
      indexes: [{ name: 'PRIMARY', columns: ['id'], unique: true, primary: true }],
      foreignKeys: [],
    },
  ],
};

const byServer = shape({ table: 'databases', where: [{ column: 'server_id', op: '=' }] });

describe('a table named like a reserved word', () => {
  it('quotes it in the proposed fix, and leaves ordinary names bare', () => {
    expect(indexProposal('databases', ['server_id']).sql).toBe(
      'ALTER TABLE `databases` ADD INDEX databases_server_id_index (server_id);',
    );
    expect(sqlIdentifier('keys')).toBe('`keys`');
    expect(sqlIdentifier('usage')).toBe('`usage`');
    expect(indexProposal('servers', ['node_id']).sql).toBe(
      'ALTER TABLE servers ADD INDEX servers_node_id_index (node_id);',
    );
  });

  it('is proved by the planner: the index is added and used', async () => {
    const db = await scratchWith(SQL);
    try {
      const config = seedConfig();
      config.queries = [];
      const r = await runPlannerPhase(db, { config, schema, shapes: [byServer] });
      const proof = r.proofs.find((p) => p.indexName === 'databases_server_id_index');
      expect(proof?.after.error).toBeUndefined();
      expect(proof?.after.accesses[0]).toMatchObject({ key: 'databases_server_id_index', access: 'ref' });
    } finally {
      await db.drop();
    }
  });
});

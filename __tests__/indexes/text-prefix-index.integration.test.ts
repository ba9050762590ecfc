/**
 * PA101 on a TEXT column compared by equality (`where('path', $path)`): MariaDB indexes it only by a prefix,
 * so the proposal gives it a key length, the planner proves it, and a sort on such a column proposes nothing.
 */

import { createScratchDatabase, parseDbUrl } from '../../src/database/connection.js';
import { runPlannerPhase } from '../../src/database/planner.js';
import { renderCreateTable } from '../../src/schema/ddl.js';
import type { Schema } from '../../src/schema/model.js';
import type { QueryShape } from '../../src/project/model.js';
import { finalize } from '../../src/rules/finalize.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import { DB_URL, contextWith, seedConfig, shape } from './seed.js';

const column = (name: string, type: string) => ({ name, type, nullable: false, default: null });

const schema: Schema = {
  source: 'static',
  tables: [
    {
      name: 'tracks',
      columns: [
        column('id', 'bigint(20) unsigned'),
        column('path', 'text'),
        column('title', 'varchar(255)'),
        column('meta', 'json'),
      ],
      indexes: [{ name: 'PRIMARY', columns: ['id'], unique: true, primary: true }],
      foreignKeys: [],
    },
  ],
};

async function pa101(shapes: QueryShape[]) {
  const db = await createScratchDatabase(parseDbUrl(DB_URL));
  try {
    for (const t of schema.tables) await db.conn.query(renderCreateTable(t));
    const config = { ...seedConfig(), queries: [] };
    const planner = await runPlannerPhase(db, { config, schema, shapes });
    const rule = indexesRules.find((r) => r.id === 'PA101')!;
    const ctx = contextWith({ shapes, schema, planner, config });
    return { findings: rule.check(ctx).map((d) => finalize(rule, d, ctx.config)), planner };
  } finally {
    await db.drop();
  }
}

const at = { file: 'app/Repositories/TrackRepository.php', line: 20 };

test('equality on a text column: a prefix index, proved by the planner', async () => {
  const byPath = shape({ table: 'tracks', where: [{ column: 'path', op: '=' }], single: true, location: at });
  const { findings, planner } = await pa101([byPath]);
  expect(findings.map((f) => f.columns)).toEqual([['path']]);
  expect(findings[0].fix?.sql).toBe('ALTER TABLE tracks ADD INDEX tracks_path_index (path(191));');
  const proof = planner.proofs.find((p) => p.indexName === 'tracks_path_index');
  expect(proof?.after.error).toBeUndefined();
  expect(proof?.after.accesses[0]).toMatchObject({ key: 'tracks_path_index' });
});

test('a sort on a text column or equality on a JSON column: no index proposed', async () => {
  const sorted = shape({
    table: 'tracks',
    orderBy: [{ column: 'path', direction: 'asc' }],
    limit: 20,
    location: at,
  });
  const byMeta = shape({
    table: 'tracks',
    where: [{ column: 'meta', op: '=' }],
    location: { ...at, line: 30 },
  });
  const { findings } = await pa101([sorted, byMeta]);
  expect(findings).toEqual([]);
});

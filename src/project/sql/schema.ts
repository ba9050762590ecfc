/**
 * The schema that plain SQL (a schema dump, SQL migration files) declares, read statically with
 * node-sql-parser: for runs without a database, and to know tables and indexes before MariaDB confirms them.
 * CREATE TABLE, DROP TABLE and index statements are folded; other statements do not change the static view.
 * A CREATE/ALTER that cannot be read becomes a Problem at its file:line (MariaDB would still run it as written).
 */

import type { AppFile } from '../files.js';
import type { Problem } from '../model.js';
import { SchemaFold } from '../../schema/fold.js';
import type { Schema } from '../../schema/model.js';
import { createTable, type PendingKey } from './create-table.js';
import { foldSqlStatement } from './fold-sql.js';
import { parseSql } from './parser.js';
import { splitSql } from './split.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ast = Record<string, any>;

/** Folds SQL files (in the order given) into the schema they declare. Pure. */
export function schemaFromSql(
  files: AppFile[],
  source: Schema['source'] = 'static',
): { schema: Schema; problems: Problem[] } {
  const fold = new SchemaFold();
  const problems: Problem[] = [];
  const pendingKeys: PendingKey[] = [];
  for (const file of files) {
    for (const st of splitSql(file.text)) {
      const location = { file: file.path, line: st.line };
      const head = st.sql.slice(0, 40).toLowerCase();
      const ddl = head.startsWith('create') || head.startsWith('alter') || head.startsWith('drop');
      if (!ddl) continue;
      const asts = parseSql(st.sql);
      const ast = asts?.length === 1 ? asts[0] : null;
      let error: string | null = null;
      if (ast?.type === 'create' && ast.keyword === 'table') {
        error = createTable(fold, ast, location, pendingKeys);
      } else if (ast?.type === 'drop' && ast.keyword === 'table') {
        for (const t of (ast.name ?? []) as Ast[])
          error ??= fold.dropTable(String(t.table), Boolean(ast.prefix));
      } else {
        const folded = foldSqlStatement(fold, st.sql, location);
        if (folded.folded) error = folded.error;
        else if (!ast && (head.startsWith('create table') || head.startsWith('alter table'))) {
          error = 'statement not understood statically (MariaDB runs it as written)';
        }
      }
      if (error) problems.push({ location, message: error, construct: 'SQL' });
    }
  }
  for (const key of pendingKeys) {
    const error = key.run();
    if (error) problems.push({ location: key.origin, message: error, construct: 'SQL' });
  }
  return { schema: fold.toSchema(source), problems };
}

/** node-sql-parser (MariaDB dialect), loaded once: parsing statements and printing expressions back as SQL. */

import { SqlParser } from './dialects.js';

let parser: SqlParser | null = null;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ast = Record<string, any>;

/** Parses with the MariaDB grammar, then the MySQL one (which reads more ALTER TABLE forms); null if neither can. */
export function parseSql(sql: string): Ast[] | null {
  parser ??= new SqlParser();
  for (const database of ['MariaDB', 'MySQL']) {
    try {
      const ast = parser.astify(sql, { database });
      return (Array.isArray(ast) ? ast : [ast]) as Ast[];
    } catch {
      // try the next grammar
    }
  }
  return null;
}

/** SQL text of one expression node (generated column expressions, defaults), printed by node-sql-parser. */
export function sqlOfExpression(expr: Ast): string | null {
  parser ??= new SqlParser();
  try {
    const select = parser.astify('SELECT 1', { database: 'MariaDB' });
    const node = (Array.isArray(select) ? select[0] : select) as Ast;
    node.columns = [{ expr, as: null }];
    return parser.sqlify(node as never, { database: 'MariaDB' }).replace(/^SELECT /, '');
  } catch {
    return null;
  }
}

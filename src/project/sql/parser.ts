/** node-sql-parser (MariaDB dialect), loaded once: parsing statements and printing expressions back as SQL. */

import sqlParser from 'node-sql-parser';

// node-sql-parser ships CommonJS: a default import that ncc can bundle (createRequire would leave it out).
const { Parser } = sqlParser;
let parser: InstanceType<typeof Parser> | null = null;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ast = Record<string, any>;

/** Parses with the MariaDB grammar, then the MySQL one (which reads more ALTER TABLE forms); null if neither can. */
export function parseSql(sql: string): Ast[] | null {
  parser ??= new Parser();
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
  parser ??= new Parser();
  try {
    const select = parser.astify('SELECT 1', { database: 'MariaDB' });
    const node = (Array.isArray(select) ? select[0] : select) as Ast;
    node.columns = [{ expr, as: null }];
    return parser.sqlify(node as never, { database: 'MariaDB' }).replace(/^SELECT /, '');
  } catch {
    return null;
  }
}

/** Plain SQL: statement splitting, index DDL folding, schema dumps and SQL migration files read statically. */

export { splitSql, type SqlStatement } from './split.js';
export { foldSqlStatement } from './fold-sql.js';
export { parseSql, sqlOfExpression } from './parser.js';
export { migrationsInDump } from './dump.js';
export { schemaFromSql } from './schema.js';

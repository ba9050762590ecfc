/**
 * node-sql-parser with only the grammars perf-audit reads: MariaDB, and MySQL as its fallback. The
 * package's main entry bundles every dialect (2.5 MB); its per-dialect builds are ~0.3 MB each.
 */

import mariadb from 'node-sql-parser/build/mariadb.js';
import mysql from 'node-sql-parser/build/mysql.js';
import type { AST, Option, Parser } from 'node-sql-parser';

// Each build's Parser reads its own dialect only, and refuses any other as "not supported currently".
const BUILDS: Record<string, { Parser: new () => Parser }> = { mariadb, mysql };

/** The Parser calls perf-audit makes, each sent to the build of `opt.database` (MySQL when unnamed). */
export class SqlParser {
  private readonly parsers = new Map<string, Parser>();

  private for(opt?: Option): Parser {
    const dialect = (opt?.database ?? 'MySQL').toLowerCase();
    let parser = this.parsers.get(dialect);
    if (!parser) {
      const build = BUILDS[dialect];
      if (!build) throw new Error(`${opt?.database} is not supported currently`);
      parser = new build.Parser();
      this.parsers.set(dialect, parser);
    }
    return parser;
  }

  astify(sql: string, opt?: Option): AST[] | AST {
    return this.for(opt).astify(sql, opt);
  }

  sqlify(ast: AST[] | AST, opt?: Option): string {
    return this.for(opt).sqlify(ast, opt);
  }

  tableList(sql: string, opt?: Option): string[] {
    return this.for(opt).tableList(sql, opt);
  }
}

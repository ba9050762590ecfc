/**
 * Splits SQL text (a dump, a migration .sql file, a DB::unprepared string) into statements, keeping the line
 * each one starts on. Quotes, backticks, comments and mysql-client `DELIMITER` lines are honoured; the
 * statements themselves are passed on as written.
 */

export interface SqlStatement {
  sql: string;
  /** 1-based line of the statement's first character within the text. */
  line: number;
}

export function splitSql(text: string): SqlStatement[] {
  const out: SqlStatement[] = [];
  let delimiter = ';';
  let buf = '';
  let startLine = 0;
  let line = 1;
  let i = 0;
  const n = text.length;
  const flush = () => {
    const sql = buf.trim();
    if (sql) out.push({ sql, line: startLine || line });
    buf = '';
    startLine = 0;
  };
  while (i < n) {
    const ch = text[i];
    const atLineStart = buf.trim() === '';
    // mysql client directive: DELIMITER $$
    if (atLineStart && /^delimiter\s/i.test(text.slice(i, i + 10))) {
      const end = text.indexOf('\n', i);
      const directive = text.slice(i, end < 0 ? n : end).trim();
      delimiter = directive.split(/\s+/)[1] || ';';
      buf = '';
      i = end < 0 ? n : end;
      continue;
    }
    if (ch === '\n') line++;
    // Comments: -- , #, /* */ (MariaDB executable comments /*! */ are kept as text).
    if ((ch === '-' && text[i + 1] === '-' && /\s/.test(text[i + 2] ?? ' ')) || ch === '#') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? n : end;
      continue;
    }
    if (ch === '/' && text[i + 1] === '*' && text[i + 2] !== '!') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      for (let k = i; k < stop; k++) if (text[k] === '\n') line++;
      i = stop;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') {
      if (!startLine) startLine = line;
      let k = i + 1;
      while (k < n) {
        if (text[k] === '\\' && ch !== '`') {
          k += 2;
          continue;
        }
        if (text[k] === ch) {
          if (text[k + 1] === ch) {
            k += 2;
            continue;
          }
          break;
        }
        k++;
      }
      const piece = text.slice(i, Math.min(k + 1, n));
      for (const c of piece.slice(1)) if (c === '\n') line++;
      buf += piece;
      i = k + 1;
      continue;
    }
    if (text.startsWith(delimiter, i)) {
      flush();
      i += delimiter.length;
      continue;
    }
    if (!startLine && !/\s/.test(ch)) startLine = line;
    buf += ch;
    i++;
  }
  flush();
  return out;
}

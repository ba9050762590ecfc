/**
 * MariaDB runs the text inside `/*! … *\/` and `/*M! … *\/` comments (optionally versioned, `/*!40101 …`)
 * while a parser skips it as a comment. Unwrapping them lets the guard check, and the server run, the same
 * text. Quotes, backquotes and ordinary comments are honoured.
 */

/** The statement with its executable comments opened; null when one is not closed. */
export function unwrapExecutableComments(sql: string): string | null {
  let out = '';
  let i = 0;
  let open = 0;
  const n = sql.length;
  while (i < n) {
    const ch = sql[i];
    if (ch === "'" || ch === '"' || ch === '`') {
      let k = i + 1;
      while (k < n && sql[k] !== ch) k += sql[k] === '\\' && ch !== '`' ? 2 : 1;
      out += sql.slice(i, k + 1);
      i = k + 1;
      continue;
    }
    if (ch === '/' && sql[i + 1] === '*') {
      const exec = /^\/\*M?!\d{0,6}/.exec(sql.slice(i, i + 10));
      if (exec) {
        out += ' ';
        open++;
        i += exec[0].length;
        continue;
      }
      const end = sql.indexOf('*/', i + 2);
      if (end < 0) return open ? null : out + sql.slice(i);
      out += sql.slice(i, end + 2);
      i = end + 2;
      continue;
    }
    if (ch === '*' && sql[i + 1] === '/' && open > 0) {
      out += ' ';
      open--;
      i += 2;
      continue;
    }
    out += ch;
    i++;
  }
  return open ? null : out;
}

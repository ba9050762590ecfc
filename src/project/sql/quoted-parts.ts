/**
 * SQL text cut into what is quoted and what is not, in one pass: a string (`'…'`, `"…"`, with `''` and
 * backslash escapes), a quoted name (`` `…` ``) or plain text. An unclosed quote runs to the end. The text
 * comes from the repository under audit: one linear scan, never a backtracking pattern over all of it.
 */

export interface SqlPart {
  kind: 'text' | 'string' | 'name';
  text: string;
}

export function quotedParts(sql: string): SqlPart[] {
  const parts: SqlPart[] = [];
  let start = 0;
  let i = 0;
  const push = (kind: SqlPart['kind'], end: number) => {
    if (end > start) parts.push({ kind, text: sql.slice(start, end) });
    start = end;
  };
  while (i < sql.length) {
    const quote = sql[i];
    if (quote !== "'" && quote !== '"' && quote !== '`') {
      i++;
      continue;
    }
    push('text', i);
    i++;
    while (i < sql.length) {
      if (quote !== '`' && sql[i] === '\\') i += 2;
      else if (sql[i] === quote && sql[i + 1] === quote) i += 2;
      else if (sql[i] === quote) break;
      else i++;
    }
    i = Math.min(i + 1, sql.length);
    push(quote === '`' ? 'name' : 'string', i);
  }
  push('text', sql.length);
  return parts;
}

/** The text with `replace` applied to its unquoted parts only. */
export function mapUnquoted(sql: string, replace: (text: string) => string): string {
  return quotedParts(sql)
    .map((p) => (p.kind === 'text' ? replace(p.text) : p.text))
    .join('');
}

/**
 * MariaDB error messages quote values (`XPATH syntax error: '~…'`, `Duplicate entry '…'`): a repository
 * statement can make one quote data it computed. A message reaches a report only when every quoted part of it
 * is text the statement itself contains, or a name perf-audit made; otherwise only its error code does.
 */

const QUOTED = /'((?:[^'\\]|\\.|'')*)'|`((?:[^`]|``)*)`|"((?:[^"\\]|\\.)*)"/g;

/** Error codes whose text is the statement's own (SIGNAL's MESSAGE_TEXT) or values it computed, always withheld. */
const WITHHELD_CODES = new Set(['ER_SIGNAL_EXCEPTION', 'ER_SIGNAL_WARN', 'ER_SIGNAL_NOT_FOUND']);

export interface ScrubContext {
  /** The statement sent (its own text may be quoted back). */
  statement: string;
  /** Names perf-audit made: the scratch databases and the run's account. */
  known: string[];
}

/** The message to report: as MariaDB wrote it when nothing in it comes from elsewhere, else a withheld note. */
export function scrubDbError(message: string, code: string | null, ctx: ScrubContext): string {
  const known = ctx.known.filter(Boolean);
  // 'user'@'host' of our own account: the host is the client address the server saw.
  let text = message;
  for (const name of known) {
    text = text.replace(new RegExp(`'${escapeRegExp(name)}'@'[A-Za-z0-9.:%_-]*'`, 'g'), `'${name}'@'…'`);
  }
  const statement = ctx.statement.toLowerCase();
  const lowerKnown = new Set(known.map((k) => k.toLowerCase()));
  // `db.table` and `table.key` forms: every dotted piece a known name or an identifier of the statement.
  const safePiece = (piece: string) =>
    lowerKnown.has(piece) || (/^[a-z_][a-z0-9_$]*$/.test(piece) && statement.includes(piece));
  const safe = (part: string) => {
    const p = part.toLowerCase();
    return p === '…' || statement.includes(p) || lowerKnown.has(p) || p.split('.').every(safePiece);
  };
  let withheld = code !== null && WITHHELD_CODES.has(code);
  // A syntax error quotes up to 80 characters of the statement, quotes and all: checked as one part.
  let rest = text;
  const near = /near '([\s\S]*)' at line \d+$/.exec(text);
  if (near) {
    if (!statement.includes(near[1].toLowerCase())) withheld = true;
    rest = text.slice(0, near.index);
  }
  // English contractions in MariaDB's own wording (doesn't, Can't) are not quotes.
  rest = rest.replace(/\b([A-Za-z]+n)'t\b/g, '$1_t');
  for (const m of rest.matchAll(QUOTED)) {
    const part = m[1] ?? m[2] ?? m[3] ?? '';
    if (!safe(part)) withheld = true;
  }
  // An odd quote left over means a quoted part could not be delimited: nothing can be vouched for.
  if (rest.replace(QUOTED, '').match(/['`"]/)) withheld = true;
  if (!withheld) return text;
  return 'message withheld: it quoted text that is not in the statement';
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

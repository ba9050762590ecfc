/**
 * The parenthesized argument of a Blade directive (`@foreach ($user->posts()->where('a', ')') as $p)`): the
 * parentheses balance, and those inside PHP strings do not count, as Blade's compiler delimits it. Only the
 * extent is found here; the PHP inside is read by php-parser.
 */

export interface ArgumentScan {
  /** Offset of the closing parenthesis, or -1 when the argument never closes. */
  close: number;
  /** Characters read, for the caller's budget. */
  read: number;
}

/** `open` is the offset of `(`. Reads at most `limit` characters. */
export function closingParenthesis(text: string, open: number, limit: number): ArgumentScan {
  let depth = 0;
  let quote: string | null = null;
  const end = Math.min(text.length, open + limit);
  for (let i = open; i < end; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) return { close: i, read: i - open + 1 };
    }
  }
  return { close: -1, read: end - open };
}

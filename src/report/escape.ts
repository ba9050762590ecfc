/**
 * Escaping for text that comes from the audited repository (file names, column names, SQL, messages).
 * Everything rendered into a PR comment or job summary goes through one of these, so repository text
 * cannot mention people or teams, inject HTML, break a table, or break out of a code span or block.
 */

/** Zero-width joiner: placed after `@` it stops GitHub from turning `@org/team` into a mention. */
const ZWJ = '\u200d';

/** Control characters (except tab/newline) that could confuse renderers or terminals. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

/** Cuts text to `max` characters (before escaping, so no escape sequence is ever split). */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

function clean(value: unknown): string {
  return String(value ?? '').replace(CONTROL, '');
}

/** One line of text: newlines become spaces. */
function oneLine(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ');
}

function defuseMentions(text: string): string {
  return text.replace(/@/g, `@${ZWJ}`);
}

/**
 * Inline markdown text (paragraphs and table cells): HTML special characters become entities, markdown
 * punctuation is backslash-escaped, `@` gets a zero-width joiner, newlines become spaces.
 */
export function mdText(value: unknown, max = 2000): string {
  const text = oneLine(truncate(clean(value), max));
  const escaped = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // `#123` and `org/repo#123` are issue references; an escaped `\#` no longer autolinks.
    .replace(/([\\`*_[\]{}()#+\-!|~])/g, '\\$1');
  return defuseMentions(escaped);
}

/** Like mdText, but keeps line breaks as `<br>` (multi-line fixes such as two .env lines). */
export function mdLines(value: unknown, max = 2000): string {
  return truncate(clean(value), max)
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => mdText(line, max))
    .join('<br>');
}

/**
 * An inline code span. The fence is one backtick longer than the longest run inside, so the content cannot
 * close it early; in a table cell `|` must still be escaped (GFM splits cells before parsing code spans).
 */
export function mdCode(value: unknown, opts: { inTable?: boolean; max?: number } = {}): string {
  let text = oneLine(truncate(clean(value), opts.max ?? 2000));
  if (text.trim() === '') return '` `';
  // A backslash already before a pipe would swallow the escape; a zero-width space keeps them apart.
  if (opts.inTable) text = text.replace(/\\(?=\|)/g, '\\\u200b').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // A space on each side keeps a leading or trailing backtick from merging with the fence.
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A fenced code block whose fence is longer than any backtick run inside the content. */
export function mdCodeBlock(value: unknown, lang = '', max = 20000): string {
  const text = truncate(clean(value), max).replace(/\r\n?/g, '\n');
  const longest = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${text}\n${fence}`;
}

/** Text inside raw HTML (e.g. `<summary>`): entities only, no markdown, mentions defused. */
export function htmlText(value: unknown, max = 500): string {
  const text = oneLine(truncate(clean(value), max))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
  return defuseMentions(text);
}

/** A markdown link whose target is built by perf-audit (docs URLs): the label is escaped like text. */
export function mdLink(label: string, url: string): string {
  return `[${mdText(label)}](${linkTarget(url)})`;
}

/** A link target built by perf-audit, encoded so it cannot end the link early. */
export function linkTarget(url: string): string {
  return encodeURI(clean(url)).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'));
}

/** Plain terminal text: control characters removed, one line. */
export function plain(value: unknown, max = 2000): string {
  return oneLine(truncate(clean(value), max));
}

/**
 * The inline silencing directive, `perf-audit-ignore PA101[, PA104] reason`, read from a comment's text
 * (php-parser, or an env/ini line reader, found the comment: this never scans PHP source). Shared by the
 * query-shape reader and the gate so both understand exactly the same syntax.
 */

const DIRECTIVE = /perf-audit-ignore\s+((?:PA\d{3}|\*)(?:\s*,\s*(?:PA\d{3}|\*))*)\s*:?\s*([\s\S]*)/i;

/** Reads a directive from a comment's text (the comment, not PHP source: php-parser found the comment). */
export function parseDirective(commentText: string): { rules: string[]; reason: string } | null {
  const body = commentText
    .replace(/^\s*(\/\/|#|\/\*+|;)/, '')
    .replace(/\*\/\s*$/, '')
    .split('\n')
    .map((l) => l.replace(/^\s*\*\s?/, ''))
    .join(' ');
  const match = DIRECTIVE.exec(body);
  if (!match) return null;
  const rules = match[1]!.split(',').map((r) => r.trim().toUpperCase());
  const reason = match[2]!.replace(/\s+/g, ' ').trim();
  return { rules, reason: reason || 'no reason given' };
}

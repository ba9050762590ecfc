/**
 * The PHP parts of a Blade template, delimited as Laravel's BladeCompiler delimits them: echoes (`{{ }}`,
 * `{!! !!}`), `@php … @endphp` and `@php(…)`, raw `<?php ?>` blocks, and the arguments of the built-in
 * directives that take PHP (`@foreach (…)`, `@if (…)`, `@include(…)`). Blade comments (`{{-- --}}`, but
 * for an inline ignore directive), `@verbatim` blocks and escaped echoes (`@{{ }}`) are skipped. Only
 * Blade's own delimiters are scanned here; the PHP inside each part is left to php-parser.
 */

import { parseDirective } from '../../ignore-directive.js';
import { closingParenthesis } from './arguments.js';
import { CloserFinder } from './closers.js';

export type BladePart =
  /** `{{ x }}`, `{!! x !!}`, `{{{ x }}}`, `<?= x ?>`: one expression. */
  | { kind: 'echo'; code: string; line: number }
  /** `@php … @endphp`, `<?php … ?>`: statements. */
  | { kind: 'php'; code: string; line: number }
  /** `@name(args)`: `args` is the text between the parentheses. */
  | { kind: 'directive'; name: string; args: string; line: number }
  /** `{{-- perf-audit-ignore PA101 reason --}}`: kept (on its last line) so it silences the line below. */
  | { kind: 'ignore'; text: string; line: number };

export interface BladeNote {
  line: number;
  message: string;
}

export interface BladeScan {
  parts: BladePart[];
  notes: BladeNote[];
}

/** Built-in directives whose argument is PHP code (Laravel 8 to 11); a custom directive's is not known. */
export const PHP_ARGUMENT_DIRECTIVES = new Set(
  [
    'if',
    'elseif',
    'unless',
    'isset',
    'empty',
    'while',
    'switch',
    'case',
    'foreach',
    'forelse',
    'for',
    'can',
    'cannot',
    'canany',
    'elsecan',
    'elsecannot',
    'elsecanany',
    'include',
    'includeIf',
    'includeWhen',
    'includeUnless',
    'includeFirst',
    'each',
    'json',
    'section',
    'yield',
    'push',
    'pushIf',
    'prepend',
    'props',
    'aware',
    'class',
    'style',
    'checked',
    'selected',
    'disabled',
    'readonly',
    'required',
    'break',
    'continue',
    'lang',
    'choice',
    'dd',
    'dump',
    'use',
  ].map((n) => n.toLowerCase()),
);

/** At most this many characters read in directive arguments per template character: linear on any input. */
const ARGUMENT_BUDGET_FACTOR = 2;
/** A directive argument longer than this is not one (an unbalanced parenthesis ran on). */
const MAX_ARGUMENT = 20_000;

/** Notes kept per template: a hostile one gets a few, not one per character. */
const MAX_NOTES = 10;

const WORD = /[A-Za-z0-9_]/;

export function scanBlade(text: string): BladeScan {
  const parts: BladePart[] = [];
  const notes: BladeNote[] = [];
  const find = new CloserFinder(text);
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  let budget = text.length * ARGUMENT_BUDGET_FACTOR + MAX_ARGUMENT;
  let spent = false;

  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c !== '{' && c !== '@' && c !== '<') {
      i++;
      continue;
    }
    if (text.startsWith('{{--', i)) {
      const end = find.find('--}}', i + 4);
      if (end < 0) {
        notes.push({
          line: lineAt(i),
          message: 'Blade comment {{-- is never closed: the rest of the template is not read',
        });
        break;
      }
      const comment = text.slice(i + 4, end);
      if (parseDirective(comment))
        parts.push({ kind: 'ignore', text: comment.replace(/\s+/g, ' ').trim(), line: lineAt(end) });
      i = end + 4;
      continue;
    }
    if (text.startsWith('{!!', i)) {
      i = echo(i, 3, '!!}');
      continue;
    }
    // Blade's escaped-echo tags of old (`{{{ x }}}`): still compiled, before the two-brace echo.
    if (text.startsWith('{{{', i)) {
      i = echo(i, 3, '}}}');
      continue;
    }
    if (text.startsWith('{{', i)) {
      i = echo(i, 2, '}}');
      continue;
    }
    if (text.startsWith('<?php', i) || text.startsWith('<?=', i)) {
      const isEcho = text[i + 2] === '=';
      const start = i + (isEcho ? 3 : 5);
      const end = find.find('?>', start);
      const code = text.slice(start, end < 0 ? text.length : end);
      parts.push(isEcho ? { kind: 'echo', code, line: lineAt(i) } : { kind: 'php', code, line: lineAt(i) });
      i = end < 0 ? text.length : end + 2;
      continue;
    }
    if (c === '<') {
      i++;
      continue;
    }
    // `@`: an escaped echo, or a directive when not inside a word (`user@example.com` is not one).
    if (text.startsWith('@{{', i) || text.startsWith('@{!!', i)) {
      const raw = text[i + 2] === '!';
      const end = find.find(raw ? '!!}' : '}}', i + (raw ? 4 : 3));
      i = end < 0 ? i + 3 : end + (raw ? 3 : 2);
      continue;
    }
    if (i > 0 && WORD.test(text[i - 1])) {
      i++;
      continue;
    }
    let j = i + 1;
    const escaped = text[j] === '@';
    if (escaped) j++;
    const nameStart = j;
    while (j < text.length && WORD.test(text[j])) j++;
    const name = text.slice(nameStart, j);
    if (!name || escaped) {
      i = Math.max(j, i + 1);
      continue;
    }
    i = directive(i, name, j);
  }
  if (notes.length > MAX_NOTES) {
    const left = notes.length - MAX_NOTES;
    notes.length = MAX_NOTES;
    notes.push({ line: notes[MAX_NOTES - 1].line, message: `${left} more notes like these left out` });
  }
  return { parts, notes };

  /** `{{ … }}` or `{!! … !!}` at `at`; returns where scanning goes on. */
  function echo(at: number, open: number, closer: string): number {
    const end = find.find(closer, at + open);
    if (end < 0) {
      notes.push({
        line: lineAt(at),
        message: `${text.slice(at, at + open)} is never closed by ${closer}: skipped`,
      });
      return at + open;
    }
    parts.push({ kind: 'echo', code: text.slice(at + open, end), line: lineAt(at) });
    return end + closer.length;
  }

  /** `@name` at `at`, its name ending at `after`; returns where scanning goes on. */
  function directive(at: number, name: string, after: number): number {
    const lower = name.toLowerCase();
    if (lower === 'verbatim') {
      const end = find.find('@endverbatim', after);
      // Blade leaves an unclosed @verbatim as text.
      return end < 0 ? after : end + '@endverbatim'.length;
    }
    let k = after;
    while (text[k] === ' ' || text[k] === '\t') k++;
    const hasArgument = text[k] === '(';
    if (lower === 'php' && !hasArgument) {
      const end = find.find('@endphp', after);
      if (end < 0) {
        notes.push({ line: lineAt(at), message: '@php is never closed by @endphp: skipped' });
        return after;
      }
      parts.push({ kind: 'php', code: text.slice(after, end), line: lineAt(after) });
      return end + '@endphp'.length;
    }
    if (!hasArgument || (lower !== 'php' && !PHP_ARGUMENT_DIRECTIVES.has(lower))) return after;
    if (budget <= 0) {
      if (!spent)
        notes.push({
          line: lineAt(at),
          message: 'too many unbalanced directive arguments: the rest are skipped',
        });
      spent = true;
      return after;
    }
    const scan = closingParenthesis(text, k, Math.min(MAX_ARGUMENT, budget));
    budget -= scan.read;
    if (scan.close < 0) {
      notes.push({ line: lineAt(at), message: `the parentheses after @${name} are not balanced: skipped` });
      return after;
    }
    parts.push({ kind: 'directive', name: lower, args: text.slice(k + 1, scan.close), line: lineAt(k) });
    return scan.close + 1;
  }
}

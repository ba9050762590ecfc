/**
 * A small dotenv reader that follows phpdotenv 5 (what Laravel uses): `export` prefix, single quotes
 * (literal), double quotes (escapes, multi-line), ` #` comments, and `${VAR}` expansion from variables
 * defined earlier in the same file. Env files are not PHP, so a careful hand-written parser is the right tool.
 */

import type { Problem } from '../../model.js';

export interface EnvEntry {
  key: string;
  /** The value after quotes, escapes and expansion; null for a bare `KEY` line. */
  value: string | null;
  line: number;
}

export interface EnvFile {
  path: string;
  /** Last definition of each key wins, as in phpdotenv. */
  entries: Map<string, EnvEntry>;
  problems: Problem[];
}

const VALID_NAME = /^[\p{Ll}\p{Lu}\p{M}\p{N}_.]+$/u;

/** phpdotenv's lexer: whitespace runs, the special characters one by one, everything else in runs. */
function lex(value: string): string[] {
  return value.match(/[\r\n]+|[^\S\r\n]+|\\|'|"|#|\$|[^\s\\'"#$]+/g) ?? [];
}

type State = 'initial' | 'unquoted' | 'single' | 'double' | 'escape' | 'whitespace' | 'comment';

interface ParsedValue {
  chars: string;
  /** Offsets of `$` that may start a `${VAR}` (not in single quotes, not escaped). */
  vars: number[];
}

function parseValue(raw: string): { value: ParsedValue } | { error: string } {
  const out: ParsedValue = { chars: '', vars: [] };
  if (raw.trim() === '') return { value: out };
  let state: State = 'initial';
  const append = (s: string, isVar = false) => {
    if (isVar) out.vars.push(out.chars.length);
    out.chars += s;
  };
  for (const token of lex(raw)) {
    const space = /^\s+$/.test(token);
    switch (state) {
      case 'initial':
      case 'unquoted':
        if (token === "'" && state === 'initial') state = 'single';
        else if (token === '"' && state === 'initial') state = 'double';
        else if (token === '#') state = 'comment';
        else if (space && state === 'unquoted') state = 'whitespace';
        else {
          append(token, token === '$');
          state = 'unquoted';
        }
        break;
      case 'single':
        if (token === "'") state = 'whitespace';
        else append(token);
        break;
      case 'double':
        if (token === '"') state = 'whitespace';
        else if (token === '\\') state = 'escape';
        else append(token, token === '$');
        break;
      case 'escape':
        if (token === '"' || token === '\\' || token === '$') append(token);
        else {
          const controls: Record<string, string> = { f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
          const first = token[0];
          if (!(first in controls)) return { error: 'an unexpected escape sequence' };
          append(controls[first] + token.slice(1));
        }
        state = 'double';
        break;
      case 'whitespace':
        if (token === '#') state = 'comment';
        else if (!space) return { error: 'unexpected whitespace (quote values that contain spaces)' };
        break;
      case 'comment':
        break;
    }
  }
  if (state === 'single' || state === 'double' || state === 'escape')
    return { error: 'a missing closing quote' };
  return { value: out };
}

/** Longest value an expansion may produce; real env values are far shorter. */
const MAX_EXPANDED = 64 * 1024;

/** Replaces `${NAME}` at the allowed offsets; an unknown name stays as written (phpdotenv does the same). */
function expand(parsed: ParsedValue, lookup: (name: string) => string | null | undefined): string {
  let result = parsed.chars;
  for (const offset of [...parsed.vars].reverse()) {
    const rest = result.slice(offset);
    const m = /^\$\{([a-zA-Z0-9_.]+)\}/.exec(rest);
    if (!m) continue;
    const found = lookup(m[1]);
    if (found === null || found === undefined) continue;
    // Stop growing once over the bound (the caller rejects the value), before a string too long for V8.
    if (result.length + found.length > MAX_EXPANDED) return result + found.slice(0, MAX_EXPANDED);
    result = result.slice(0, offset) + found + rest.slice(m[0].length);
  }
  return result;
}

/** Counts double quotes not preceded by a backslash. */
function unescapedQuotes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s[i] === '"' && s[i - 1] !== '\\') n++;
  return n;
}

/** Groups physical lines into entries: a double-quoted value may span lines, like phpdotenv's Lines::process. */
function logicalLines(text: string): { text: string; line: number }[] {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const out: { text: string; line: number }[] = [];
  for (let i = 0; i < physical.length; i++) {
    const start = i;
    let current = physical[i];
    const eq = current.indexOf('="');
    if (eq >= 0 && unescapedQuotes(current.slice(eq + 1)) % 2 === 1) {
      while (i + 1 < physical.length) {
        i++;
        current += '\n' + physical[i];
        if (unescapedQuotes(physical[i]) % 2 === 1) break;
      }
    }
    const trimmed = current.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    out.push({ text: current, line: start + 1 });
  }
  return out;
}

export function parseDotenv(path: string, text: string): EnvFile {
  const entries = new Map<string, EnvEntry>();
  const problems: Problem[] = [];
  const problem = (line: number, message: string) =>
    problems.push({
      location: { file: path, line },
      message: `${path}:${line}: ${message}`,
      construct: 'env syntax',
    });

  for (const { text: entry, line } of logicalLines(text)) {
    const eq = entry.indexOf('=');
    let name = (eq >= 0 ? entry.slice(0, eq) : entry).trim();
    const rawValue = eq >= 0 ? entry.slice(eq + 1).trim() : null;
    if (name === '') {
      problem(line, 'phpdotenv rejects this line (an unexpected equals sign)');
      continue;
    }
    if (name.length > 8 && name.startsWith('export') && /\s/.test(name[6])) name = name.slice(6).trimStart();
    if (name.length >= 3 && /^(["']).*\1$/.test(name)) name = name.slice(1, -1);
    if (!VALID_NAME.test(name)) {
      problem(
        line,
        'phpdotenv rejects this line: it is not a valid variable name (the text is not repeated here)',
      );
      continue;
    }
    if (rawValue === null) {
      entries.set(name, { key: name, value: null, line });
      continue;
    }
    const parsed = parseValue(rawValue);
    if ('error' in parsed) {
      // Laravel refuses to boot with this file; the value is unknown, so it is not used.
      problem(line, `phpdotenv rejects ${name}: ${parsed.error}`);
      continue;
    }
    const value = expand(parsed.value, (ref) => entries.get(ref)?.value);
    // `B=${A}${A}`, `C=${B}${B}`… doubles at each line: past a bound the value is unknown, not a crash.
    if (value.length > MAX_EXPANDED) {
      problem(line, `${name} expands to more than ${MAX_EXPANDED} characters: its value is not used`);
      continue;
    }
    entries.set(name, { key: name, value, line });
  }
  return { path, entries, problems };
}

/**
 * What Laravel's env() returns for a raw string: `true`/`(true)` → true, `false`, `null`, `empty`, and one
 * pair of matching quotes stripped. Rendered back as a string for the report.
 */
export function laravelEnvValue(raw: string | null): string | null {
  if (raw === null) return null;
  switch (raw.toLowerCase()) {
    case 'true':
    case '(true)':
      return 'true';
    case 'false':
    case '(false)':
      return 'false';
    case 'empty':
    case '(empty)':
      return '';
    case 'null':
    case '(null)':
      return null;
  }
  const quoted = /^(['"])(.*)\1$/s.exec(raw);
  return quoted ? quoted[2] : raw;
}

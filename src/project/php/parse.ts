/** Parses PHP with php-parser (never regexes). A file that does not parse becomes a Problem (PA901). */

import { Engine } from 'php-parser';
import type { Program } from 'php-parser';
import type { Problem } from '../model.js';

export interface ParsedPhp {
  /** Relative to the app root, forward slashes. */
  path: string;
  ast: Program;
  /** What was read before php-parser and could not be (a Blade template's unclosed delimiters): PA901. */
  notes?: Problem[];
}

function newEngine(): Engine {
  return new Engine({
    parser: { php8: true, suppressErrors: false, extractDoc: true, version: '8.4' },
    ast: { withPositions: true, withSource: false },
    lexer: { all_tokens: false, short_tags: true },
  });
}

let engine: Engine | null = null;

export function parsePhp(path: string, text: string): { parsed: ParsedPhp | null; problem: Problem | null } {
  engine ??= newEngine();
  try {
    const ast = engine.parseCode(text, path);
    return { parsed: { path, ast }, problem: null };
  } catch (err) {
    const e = err as { message?: string; lineNumber?: number };
    const line = typeof e.lineNumber === 'number' ? e.lineNumber : 1;
    // php-parser appends " on line N" to its message; the location already says it.
    const message = (e.message ?? String(err)).replace(/ on line \d+$/, '');
    return {
      parsed: null,
      problem: {
        location: { file: path, line },
        message: `PHP parse error: ${message}`,
        construct: 'parse error',
      },
    };
  }
}

/** A token of php-parser's lexer: `[name, text, line]`, or the character itself (`;`, `(`). */
export type PhpToken = string | [string, string, number];

/**
 * The tokens of a file, read by php-parser's lexer: it reads what the parser rejects, so a file that does
 * not parse still shows the names it spells. Null when even the lexer fails.
 */
export function lexPhp(text: string): PhpToken[] | null {
  engine ??= newEngine();
  try {
    return engine.tokenGetAll(text) as PhpToken[];
  } catch {
    return null;
  }
}

/** Inline silencing: `// perf-audit-ignore PA101 reason` on the line(s) just above a query. */

import { parseDirective } from '../../ignore-directive.js';
import { children, field, type PhpNode } from '../../php/ast.js';

export interface InlineIgnore {
  rule: string;
  reason: string;
}

/** One comment's text → the rules it silences (`PA101`, `PA101,PA104`), with the reason after them. */
export function parseIgnore(text: string): InlineIgnore[] {
  const directive = parseDirective(text);
  return directive ? directive.rules.map((rule) => ({ rule, reason: directive.reason })) : [];
}

/** Comments of a file by the line they end on, for the "line above" look-up. */
export class CommentIndex {
  private readonly byEndLine = new Map<number, string[]>();

  constructor(program: PhpNode) {
    for (const c of children(program, 'comments')) {
      const end = c.loc?.end?.line;
      const value = field<string>(c, 'value');
      if (end === undefined || typeof value !== 'string') continue;
      // A line comment's value ends with its newline, so its end line is the next one.
      const line = value.endsWith('\n') ? end - 1 : end;
      const list = this.byEndLine.get(line) ?? [];
      list.push(value);
      this.byEndLine.set(line, list);
    }
  }

  /** Ignores written on the lines directly above `line` (a block of consecutive comments). */
  ignoresAbove(line: number): InlineIgnore[] {
    const out: InlineIgnore[] = [];
    for (let l = line - 1; l > 0 && this.byEndLine.has(l); l--) {
      for (const text of this.byEndLine.get(l) ?? []) out.push(...parseIgnore(text));
    }
    return out;
  }
}

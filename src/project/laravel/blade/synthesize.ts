/**
 * A Blade template's PHP parts as one PHP file, in template order and each on its template line, as Laravel
 * compiles a template (top-level code between `<?php ?>` tags): the query walker reads it like any file, and
 * what it finds points at the template's own lines. `@foreach ($posts as $post)` becomes a loop with an
 * empty body (the loop variable stays bound for what follows, as in PHP); a directive's argument becomes the
 * arguments of a call, so every expression in it is read.
 */

import { parsePhp } from '../../php/parse.js';
import type { BladePart } from './scan.js';

/** The function a directive's argument is passed to: no app function has this name. */
export const DIRECTIVE_CALL = '\\__blade_directive';

/**
 * Whether an expression may call a method or read a property (`->`, `?->`, `::`): without one it sends no
 * query and binds no variable, so it is left out of the file (most echoes of a template are `{{ $title }}`
 * or `{{ __('Save') }}`, and parsing them is most of a template's cost). Statements (`@php`, raw tags),
 * loops and `@use` are always kept: they import classes and bind the variables later parts read.
 */
export function mayQuery(code: string): boolean {
  return code.includes('->') || code.includes('::');
}

/** One part as PHP statements (without tags); null when it is not PHP or cannot query. */
export function statementOf(part: BladePart): string | null {
  switch (part.kind) {
    case 'echo':
      return mayQuery(part.code) ? `echo ${part.code};` : null;
    case 'php':
      return part.code;
    case 'ignore':
      // A one-line comment, closed by the tag that follows it: its text must not close it first.
      return `// ${part.text.split('?>').join('? >')}`;
    case 'directive':
      switch (part.name) {
        case 'foreach':
        case 'forelse':
          return `foreach (${part.args}) {}`;
        case 'for':
          return `for (${part.args}) {}`;
        case 'php':
          return `(${part.args});`;
        case 'use':
          return useStatement(part.args);
        default:
          return mayQuery(part.args) ? `${DIRECTIVE_CALL}(${part.args});` : null;
      }
  }
}

/** The PHP file: each part between tags on its own template line, newlines (inline HTML) in between. */
export function synthesize(parts: BladePart[]): string {
  let out = '';
  let line = 1;
  for (const part of parts) {
    const code = statementOf(part);
    if (code === null) continue;
    if (part.line > line) {
      out += '\n'.repeat(part.line - line);
      line = part.line;
    }
    out += `<?php ${code} ?>`;
    for (let k = code.indexOf('\n'); k >= 0; k = code.indexOf('\n', k + 1)) line++;
  }
  return out;
}

/**
 * `@use('App\Models\Post')`, `@use('App\Models\Post', 'P')` (Laravel 11): the class and alias are string
 * literals, read by php-parser; anything else is not read.
 */
function useStatement(args: string): string | null {
  const { parsed } = parsePhp('', `<?php f(${args});`);
  const stmt = parsed?.ast.children[0] as unknown as
    | { kind: string; expression?: { kind: string; arguments?: { kind: string; value?: unknown }[] } }
    | undefined;
  const values = (stmt?.kind === 'expressionstatement' ? stmt.expression?.arguments : undefined) ?? [];
  if (!values.length || values.length > 2 || values.some((v) => v.kind !== 'string')) return null;
  const [name, alias] = values.map((v) => String(v.value).replace(/^\\+/, ''));
  // A class name is PHP identifiers joined by backslashes; anything else cannot become a `use`.
  if (!isClassName(name) || (alias !== undefined && !isClassName(alias))) return null;
  return alias ? `use \\${name} as ${alias};` : `use \\${name};`;
}

function isClassName(text: string): boolean {
  return text.split('\\').every((piece) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(piece));
}

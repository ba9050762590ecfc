/**
 * Reads a Blade template as the PHP Laravel compiles it to: its PHP parts (scan.ts) in one PHP file whose
 * lines are the template's (synthesize.ts), parsed by php-parser. A part that is not PHP on its own is left
 * out with a note at its line; an unclosed or unbalanced delimiter is a note too, and the rest is read.
 */

import type { Problem } from '../../model.js';
import { parsePhp, type ParsedPhp } from '../../php/parse.js';
import { scanBlade, type BladeNote } from './scan.js';
import { statementOf, synthesize } from './synthesize.js';

export function isBladeTemplate(path: string): boolean {
  return path.endsWith('.blade.php');
}

export function parseTemplate(
  path: string,
  text: string,
): { parsed: ParsedPhp | null; problem: Problem | null } {
  const scan = scanBlade(text);
  const notes: BladeNote[] = [...scan.notes];
  let parts = scan.parts;
  let result = parsePhp(path, synthesize(parts));
  if (!result.parsed) {
    // Find the parts that are not PHP by themselves, leave them out, and read the rest.
    parts = parts.filter((part) => {
      const code = statementOf(part);
      const alone = code === null ? null : parsePhp(path, `<?php ${code} ?>`);
      if (alone && !alone.parsed)
        notes.push({ line: part.line, message: `not read: ${alone.problem?.message ?? 'not PHP'}` });
      return alone?.parsed;
    });
    result = parsePhp(path, synthesize(parts));
  }
  const problems = notes
    .sort((a, b) => a.line - b.line)
    .map((n): Problem => ({
      location: { file: path, line: n.line },
      message: `Blade template: ${n.message}`,
      construct: 'blade template',
    }));
  if (!result.parsed) return result;
  return { parsed: problems.length ? { ...result.parsed, notes: problems } : result.parsed, problem: null };
}

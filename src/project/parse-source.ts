/** Parses one app file: Blade templates through the template reader, every other file as PHP. */

import { isBladeTemplate, parseTemplate } from './laravel/blade/index.js';
import { parsePhp, type ParsedPhp } from './php/parse.js';
import type { Problem } from './model.js';

export function parseSource(
  path: string,
  text: string,
): { parsed: ParsedPhp | null; problem: Problem | null } {
  return isBladeTemplate(path) ? parseTemplate(path, text) : parsePhp(path, text);
}

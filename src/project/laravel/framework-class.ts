import type { ClassDecl, ClassIndex } from '../php/class-index.js';

/**
 * Whether a class is the framework's own (`Illuminate\…`, fully qualified without a leading backslash).
 * Readers follow the app's classes; the framework's are read as Laravel's behaviour instead, also when an
 * app ships its own copy of one under the framework's name.
 */
export function isFrameworkClass(fqcn: string): boolean {
  return fqcn.toLowerCase().startsWith('illuminate\\');
}

/** The base class of Laravel's HTTP controllers (lower case, as ClassIndex.isA compares). */
export const ROUTING_CONTROLLER = 'illuminate\\routing\\controller';

/**
 * A class the router dispatches requests to: it extends Laravel's Controller, or it sits in an
 * `Http/Controllers` folder (a single-action controller needs neither the base class nor the name).
 */
export function isHttpController(index: ClassIndex, decl: ClassDecl): boolean {
  return (
    index.isA(decl.fqcn, ROUTING_CONTROLLER) ||
    /(^|\/)http\/controllers\//i.test(decl.file.replace(/\\/g, '/'))
  );
}

/** The base class of Artisan console commands (lower case, as ClassIndex.isA compares). */
export const CONSOLE_COMMAND = 'illuminate\\console\\command';

/**
 * Whether a class is the framework's own (`Illuminate\…`, fully qualified without a leading backslash).
 * Readers follow the app's classes; the framework's are read as Laravel's behaviour instead, also when an
 * app ships its own copy of one under the framework's name.
 */
export function isFrameworkClass(fqcn: string): boolean {
  return fqcn.toLowerCase().startsWith('illuminate\\');
}

/**
 * The baseline ref comes from the workflow or the config file: it reaches `git` as an argument, so a value
 * such as `--upload-pack=…` would be an option. Only names, shas and simple revision suffixes are accepted,
 * and the ref is still passed after `--end-of-options` / `--`.
 */

const REF = /^[A-Za-z0-9_][A-Za-z0-9._/~^@{}+-]*$/;

/** Why `ref` is not accepted as a git ref, or null when it is. */
export function gitRefProblem(ref: string): string | null {
  if (ref.startsWith('-')) return `"${ref}" starts with "-" (git would read it as an option)`;
  if (ref.length > 255) return 'it is longer than 255 characters';
  if (!REF.test(ref) || ref.includes('..') || ref.endsWith('/') || ref.endsWith('.lock'))
    return `"${ref}" is not a branch, tag or commit name (letters, digits and . _ / - ~ ^ @ { } + only)`;
  return null;
}

/** Finds the line of a key path in a YAML text, so config errors can name file:line (js-yaml gives no map). */

/** 1-based line of `path` (keys; numbers index sequence items), or the nearest parent found, or 1. */
export function lineOfPath(text: string, path: (string | number)[]): number {
  const lines = text.split(/\r?\n/);
  let from = 0;
  let minIndent = -1;
  let found = 1;
  for (const part of path) {
    let hit = -1;
    let seqCount = -1;
    for (let i = from; i < lines.length; i++) {
      const raw = lines[i];
      const trimmed = raw.trimStart();
      if (trimmed === '' || trimmed.startsWith('#')) continue;
      const indent = raw.length - trimmed.length;
      // Left the parent block.
      if (indent <= minIndent && i > from) break;
      if (typeof part === 'number') {
        if (trimmed.startsWith('- ') || trimmed === '-') {
          seqCount++;
          if (seqCount === part) {
            hit = i;
            minIndent = indent;
            break;
          }
        }
        continue;
      }
      const key = trimmed.replace(/^- /, '');
      if (key.startsWith(`${part}:`) || key.startsWith(`"${part}":`) || key.startsWith(`'${part}':`)) {
        hit = i;
        minIndent = indent;
        break;
      }
      // Flow mappings: `database: { schema: auto }` holds nested keys on the same line.
      if (new RegExp(`[{,]\\s*${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`).test(raw) && i >= from) {
        return i + 1;
      }
    }
    if (hit < 0) return found;
    found = hit + 1;
    from = hit + 1;
    if (typeof part === 'number') from = hit;
  }
  return found;
}

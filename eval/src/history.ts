/**
 * The hand-kept "before and after" notes of eval/RESULTS.md: written by people between two markers, and
 * carried over unchanged when a run rewrites the rest of the file.
 */

export const HISTORY_START = '<!-- history:start (kept by hand; `npm run eval` carries it over) -->';
export const HISTORY_END = '<!-- history:end -->';

/** `generated` with the previous file's history block appended (nothing when it had none). */
export function withHistory(generated: string, previous: string): string {
  const i = previous.indexOf(HISTORY_START);
  const j = previous.indexOf(HISTORY_END);
  if (i < 0 || j < i) return generated;
  return `${generated.trimEnd()}\n\n${previous.slice(i, j + HISTORY_END.length)}\n`;
}

/**
 * What the acceptance asks of every PR comment, measured on the rendered text: its length, no row of a
 * table or list repeated, and a first screen (everything before the first collapsed <details>) that
 * names each blocking finding.
 */

import type { AuditReport } from '../../src/report/audit-report.js';
import { mdText } from '../../src/report/escape.js';
import { blockingFindings } from '../../src/report/view.js';

export interface CommentChecks {
  chars: number;
  /** Rows that repeat an earlier row of the same table or list. */
  duplicatedRows: number;
  /** Blocking findings whose title the first screen shows, of all blocking findings. */
  blockingNamed: { named: number; of: number };
}

const isSeparator = (line: string) => /^\|[\s|:-]+\|$/.test(line);
const blockOf = (line: string): 'table' | 'list' | null =>
  line.startsWith('|') ? 'table' : /^\s*[-*] /.test(line) ? 'list' : null;

/** Repeats within one table or one list (a run of consecutive row lines). */
export function duplicatedRows(markdown: string): number {
  let repeats = 0;
  let seen = new Set<string>();
  let block: 'table' | 'list' | null = null;
  for (const line of markdown.split('\n')) {
    const now = blockOf(line);
    if (now !== block) seen = new Set();
    block = now;
    if (!now || isSeparator(line)) continue;
    if (seen.has(line)) repeats += 1;
    else seen.add(line);
  }
  return repeats;
}

export function firstScreen(markdown: string): string {
  const at = markdown.indexOf('<details');
  return at < 0 ? markdown : markdown.slice(0, at);
}

export function checkComment(report: AuditReport, markdown: string): CommentChecks {
  const screen = firstScreen(markdown);
  const blocking = blockingFindings(report);
  return {
    chars: markdown.length,
    duplicatedRows: duplicatedRows(markdown),
    blockingNamed: {
      named: blocking.filter((f) => screen.includes(mdText(f.title))).length,
      of: blocking.length,
    },
  };
}

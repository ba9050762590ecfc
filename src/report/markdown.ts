/**
 * The audit as markdown for the PR comment and the job summary. The first screen is the decision and the
 * findings that block this change, each with its fix as code blocks and a link to the line at the audited
 * commit; then the merged index plan for the new findings; everything else (other new findings,
 * pre-existing ones, checks and settings, TTFB, EXPLAIN, constructs not understood, phases) is collapsed.
 * All repository text is escaped (see escape.ts). The text fills `maxChars` section by section, most
 * important first; when something had to be left out, a note says what and where the full audit is.
 */

import type { AuditReport } from './audit-report.js';
import { mdLink, mdText } from './escape.js';
import {
  blockingSection,
  capacitySection,
  checksSection,
  explainSection,
  findingsSection,
  fixedSection,
  indexPlanSection,
  notUnderstoodSection,
  phasesSection,
  silencedSection,
  ttfbSection,
  type Section,
} from './markdown-sections.js';
import type { PartsContext, SourceBase } from './markdown-parts.js';
import { blockingText, countsText, groupFindings, pluralize, verdictsText } from './view.js';
import { lowCertaintyText } from './certainty-text.js';
import { sizesText } from './sizes-text.js';

/** GitHub's limit on a comment body is 65,536 characters; keep a margin for the marker and footers. */
export const COMMENT_MAX_CHARS = 65_536 - 1_536;

/** What a reviewer reads in a PR comment by default; the job summary has the full audit. */
export const COMMENT_BUDGET_CHARS = 20_000;

export interface MarkdownOptions {
  /** Base URL that `docs/rules/PA###.md` is appended to (e.g. the action's repository blob URL). */
  docsBaseUrl?: string;
  /** Default COMMENT_BUDGET_CHARS; never above what the caller can post. */
  maxChars?: number;
  /** Adds the hidden marker `<!-- perf-audit:{key} -->` that the PR comment is found by. */
  commentKey?: string;
  /** Link to the job summary, shown when something had to be left out. */
  summaryUrl?: string;
  /** Links every place to its line at the audited commit. */
  source?: SourceBase;
  /** Extra lines under the headline (e.g. how many annotations were left out). */
  notes?: string[];
}

/** Keys are limited to a safe alphabet so a marker can never close the HTML comment early. */
export function sanitizeCommentKey(key: string | undefined): string {
  const cleaned = (key ?? '')
    .trim()
    .replace(/[^A-Za-z0-9._/-]/g, '-')
    .slice(0, 100);
  return cleaned || 'default';
}

export function commentMarker(key: string | undefined): string {
  return `<!-- perf-audit:${sanitizeCommentKey(key)} -->`;
}

/**
 * Repository text inside code spans and blocks is not entity-escaped, so a file named
 * `<!-- perf-audit:other -->.php` would carry another audit's marker into this comment. A zero-width space
 * after `perf-audit` keeps it readable and no longer a marker.
 */
export function neutraliseMarkers(text: string): string {
  return text.replace(/(<!--\s*perf-audit)(:)/gi, '$1\u200b$2');
}

/** The comment text with its own marker first and every other marker neutralised. */
function ownMarkerOnly(text: string, marker: string | null): string {
  if (marker && text.startsWith(marker)) return marker + neutraliseMarkers(text.slice(marker.length));
  return neutraliseMarkers(text);
}

function headline(report: AuditReport): string {
  const blocked = report.summary?.blocked === true;
  const groups = groupFindings(report);
  const title = blocked ? '## ❌ perf-audit: blocked' : '## ✅ perf-audit: passed';
  const facts = [
    `**${mdText(blockingText(report))}**`,
    `totals: ${mdText(countsText(report))}`,
    `${groups.added.length} new, ${groups.existing.length} pre-existing`,
  ];
  if (groups.fixed.length) facts.push(`${pluralize(groups.fixed.length, 'finding')} fixed since base`);
  if (groups.silenced.length) facts.push(`${groups.silenced.length} silenced`);
  // verdictsText is perf-audit's own wording, never repository text.
  const verdicts = `${report.summary?.verdicts === 'planner' ? '🔬' : '📄'} ${verdictsText(report)}`;
  const low = lowCertaintyText(report.certainty);
  // perf-audit's own wording with counts, like verdictsText: no repository text.
  const warning = low ? `\n\n> ⚠️ **${low}**` : '';
  const sizes = sizesText(report);
  // The file name and the problems come from the repository: escaped.
  const measured = sizes ? `\n\n📏 ${mdText(sizes, 500)}` : '';
  return `${title}\n\n${facts.join(' · ')}${warning}\n\n_${verdicts}_${measured}`;
}

function footer(report: AuditReport, ctx: PartsContext): string {
  const version = mdText(report.tool?.version ?? '?', 40);
  const when = mdText(report.generatedAt ?? '', 40);
  const link = ctx.summaryUrl ? ` · ${mdLink('full audit in the job summary', ctx.summaryUrl)}` : '';
  return `<sub>perf-audit ${version} · ${when}${link}</sub>`;
}

/** "Shortened": only when something was left out, saying what and where the full audit is. */
function shortenedNote(left: string[], ctx: PartsContext, maxChars: number): string {
  const where = ctx.summaryUrl
    ? `${mdLink('the job summary', ctx.summaryUrl)} and the report.json output`
    : 'the job summary and the report.json output';
  return `> ✂️ Shortened to ${maxChars.toLocaleString('en-US')} characters: left out ${left.join(', ')}. The full audit is in ${where}.`;
}

/** The "shortened" note for what the chosen limits leave out. */
function leftOut(
  sections: Section[],
  chosen: Map<Section, { limit: number }>,
  ctx: PartsContext,
  maxChars: number,
): string {
  const left: string[] = [];
  for (const section of sections) {
    const limit = chosen.get(section)?.limit ?? -1;
    if (limit < section.size && section.size > 0)
      left.push(
        limit <= 0 ? section.what(section.size) : `${section.size - limit} of ${section.what(section.size)}`,
      );
  }
  return shortenedNote(left, ctx, maxChars);
}

/** Characters kept free for the note to grow when a section moves from left out to partly shown. */
const NOTE_MARGIN = 80;

/** Rows every section gets before any grows further, when the text must shrink. */
const FIRST_ROWS = 5;

/** The largest row limit up to `cap` whose text fits `room` (text grows with the limit), or -1 when none does. */
function fitLimit(section: Section, room: number, cap: number): { limit: number; text: string | null } {
  const full = section.render(cap);
  if (full === null || full.length + 2 <= room) return { limit: cap, text: full };
  let lo = 0;
  let hi = cap - 1;
  let best: { limit: number; text: string | null } = { limit: -1, text: null };
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const text = section.render(mid);
    if (text === null || text.length + 2 <= room) {
      best = { limit: mid, text };
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Renders the audit; the result is always at most `maxChars` characters. */
export function renderMarkdown(report: AuditReport, opts: MarkdownOptions = {}): string {
  const maxChars = opts.maxChars ?? COMMENT_BUDGET_CHARS;
  const ctx: PartsContext = {
    ...(opts.docsBaseUrl ? { docsBaseUrl: opts.docsBaseUrl } : {}),
    ...(opts.source ? { source: opts.source } : {}),
    ...(opts.summaryUrl ? { summaryUrl: opts.summaryUrl } : {}),
  };
  // Layout order; `priority` decides who gets the room first when it is short.
  const sections: Section[] = [
    blockingSection(report, ctx),
    indexPlanSection(report),
    findingsSection(report, ctx, 'other-new'),
    findingsSection(report, ctx, 'existing'),
    fixedSection(report, ctx),
    checksSection(report),
    ttfbSection(report),
    capacitySection(report),
    explainSection(report, ctx),
    silencedSection(report, ctx),
    notUnderstoodSection(report, ctx),
    phasesSection(report),
  ];

  const marker = opts.commentKey !== undefined ? commentMarker(opts.commentKey) : null;
  const notes = [...(report.notices ?? []), ...(opts.notes ?? [])].map((n) => `> ${mdText(n, 500)}`);
  const top = [...(marker ? [marker] : []), headline(report)];
  const bottom = footer(report, ctx);
  const join = (head: string[], body: (string | null)[]) =>
    [...head, ...body.filter((s): s is string => s !== null), bottom].join('\n\n') + '\n';

  const full = sections.map((s) => s.render(s.size));
  let text = join([...top, ...notes], full);
  if (text.length > maxChars) {
    // Room for the note that says what was left out: its longest form is bounded by the section count.
    const noteRoom = 200 + sections.length * 60;
    let room = maxChars - join([...top, ...notes], []).length - noteRoom;
    const byPriority = [...sections].sort((a, b) => b.priority - a.priority);
    const chosen = new Map<Section, { limit: number; text: string | null }>();
    const grow = (cap: number) => {
      for (const section of byPriority) {
        const had = chosen.get(section);
        const hadChars = had?.text ? had.text.length + 2 : 0;
        const fit = fitLimit(section, room + hadChars, Math.min(section.size, cap));
        if (had && fit.limit <= had.limit) continue;
        chosen.set(section, fit);
        room += hadChars - (fit.text ? fit.text.length + 2 : 0);
      }
    };
    // Most important first: every section gets a few rows, then each grows into what is left; once the
    // note is written, what it did not use is handed out too (a margin keeps its growth from overflowing).
    grow(FIRST_ROWS);
    grow(Number.MAX_SAFE_INTEGER);
    room += noteRoom - leftOut(byPriority, chosen, ctx, maxChars).length - 2 - NOTE_MARGIN;
    if (room > 0) grow(Number.MAX_SAFE_INTEGER);
    const note = leftOut(byPriority, chosen, ctx, maxChars);
    text = join(
      [...top, note, ...notes],
      sections.map((s) => chosen.get(s)?.text ?? null),
    );
    if (text.length > maxChars) {
      // Only the headline is left to give; it is short by construction.
      text = `${[...top, note].join('\n\n')}\n`.slice(0, maxChars);
    }
  }
  return ownMarkerOnly(text, marker);
}

/**
 * The job summary (GITHUB_STEP_SUMMARY): the full audit, written before anything that can fail on the
 * network, and kept under GitHub's 1 MiB per step. Without GITHUB_STEP_SUMMARY (a local run) nothing is written.
 */

import { appendFile } from 'node:fs/promises';
import type { AuditReport } from './audit-report.js';
import { mdCodeBlock, mdText } from './escape.js';
import { renderMarkdown, type MarkdownOptions } from './markdown.js';

/** GitHub's limit is 1 MiB per step; keep room for anything else the step writes. */
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;

/** The summary markdown, shrunk until its UTF-8 size fits. */
export function renderSummary(
  report: AuditReport,
  opts: Omit<MarkdownOptions, 'maxChars' | 'commentKey'> = {},
): string {
  let maxChars = SUMMARY_MAX_BYTES;
  let text = renderMarkdown(report, { ...opts, summaryUrl: undefined, maxChars });
  while (Buffer.byteLength(text, 'utf8') > SUMMARY_MAX_BYTES && maxChars > 1000) {
    maxChars = Math.floor(maxChars * 0.75);
    text = renderMarkdown(report, { ...opts, summaryUrl: undefined, maxChars });
  }
  return text;
}

/** What the summary says when the audit itself could not run (exit 3 semantics). */
export function renderFailureSummary(title: string, detail: string): string {
  return `## ❌ perf-audit could not run\n\n**${mdText(title, 300)}**\n\n${mdCodeBlock(detail, 'text', 20_000)}\n\nNo verdict was reached; the step fails so that the problem is seen.\n`;
}

/** Appends markdown to the step summary; returns the file written, or null outside GitHub Actions. */
export async function writeJobSummary(
  markdown: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | null> {
  const file = env['GITHUB_STEP_SUMMARY'];
  if (!file) return null;
  await appendFile(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
  return file;
}

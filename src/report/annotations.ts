/**
 * Annotations on the exact lines of the PR, most severe first, within GitHub's limits (10 errors and 10
 * warnings per step, 50 per job); what does not fit is counted so the summary can say so.
 */

import * as core from '@actions/core';
import { posix } from 'node:path';
import { compareFindings, type Finding } from '../findings.js';
import { plain } from './escape.js';

export const ANNOTATION_LIMITS = { error: 10, warning: 10, notice: 10, total: 50 } as const;

/** One error and one warning stay free for the run's own messages (core.setFailed, a comment warning). */
const RESERVED = 1;

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  title: string;
  message: string;
  /** Relative to the repository root (GitHub resolves annotation paths against the workspace). */
  file?: string;
  startLine?: number;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings that would have been annotated but did not fit GitHub's limits. */
  omitted: number;
}

const LEVEL = { critical: 'error', warning: 'warning', info: 'notice' } as const;

/** Joins the app's folder (relative to the repository root) and a finding's path. */
export function repoPath(appDir: string, file: string): string {
  const prefix = appDir
    .replace(/\\/g, '/')
    .replace(/^\.\/?/, '')
    .replace(/\/$/, '');
  return posix.normalize(prefix ? `${prefix}/${file}` : file);
}

/**
 * Unsilenced findings, new ones before pre-existing ones, most severe first; each level capped at its
 * per-step limit and the whole at the per-job limit.
 */
export function planAnnotations(findings: Finding[], appDir = ''): AnnotationPlan {
  const candidates = findings
    .filter((f) => !f.silenced)
    .sort(
      (a, b) =>
        (a.status === 'existing' ? 1 : 0) - (b.status === 'existing' ? 1 : 0) || compareFindings(a, b),
    );
  const used = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  let omitted = 0;
  for (const f of candidates) {
    const level = LEVEL[f.severity];
    const cap = ANNOTATION_LIMITS[level] - (level === 'notice' ? 0 : RESERVED);
    if (used[level] >= cap || annotations.length >= ANNOTATION_LIMITS.total - 2 * RESERVED) {
      omitted += 1;
      continue;
    }
    used[level] += 1;
    const fix = f.fix?.sql ?? f.fix?.migration ?? f.fix?.text;
    annotations.push({
      level,
      title: plain(
        `perf-audit ${f.rule}: ${f.title}${f.status === 'existing' ? ' (pre-existing)' : ''}`,
        200,
      ),
      message: plain(`${f.message}${fix ? ` Fix: ${fix}` : ''}`, 1000),
      ...(f.file ? { file: repoPath(appDir, f.file) } : {}),
      ...(f.file && f.line ? { startLine: f.line } : {}),
    });
  }
  return { annotations, omitted };
}

/** Writes the planned annotations as workflow commands (no network). */
export function emitAnnotations(plan: AnnotationPlan): void {
  for (const a of plan.annotations) {
    const props: core.AnnotationProperties = {
      title: a.title,
      ...(a.file ? { file: a.file } : {}),
      ...(a.startLine ? { startLine: a.startLine } : {}),
    };
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
}

/** The figures of one eval run, rendered as eval/RESULTS.md and as terminal tables (pure). */

import { alignTable } from '../../src/report/text.js';
import type { CommentChecks } from './comment-checks.js';
import { severitySplit, type AppPrecision, type PrecisionSummary } from './precision.js';
import type { AppRecall, Mode, RecallSummary, Tally } from './recall.js';
import { describeFinding, type IndexFinding } from './recall.js';

export interface Diff {
  kind: string;
  table: string;
  column?: string;
  index?: string;
  expected?: unknown;
  actual?: unknown;
  source?: { file: string; line: number };
}

export interface FidelityResult {
  app: string;
  agreement: number | null;
  expected: number;
  agreed: number;
  diffs: Diff[];
  ran: number;
  failed: { file: string; error: string; tables: string[] }[];
  /** Migrations the app's schema dump stands for (not run one by one). */
  inDump?: number;
  oracleMs: number | null;
  /** The comparison could not be made. */
  error: string | null;
  /** The oracle ran only in part (PHP crashed, time limit): its schema is what was built. */
  oracleError?: string | null;
}

export interface HeadResult {
  app: string;
  commit: string;
  exitCode: number | null;
  counts: { critical: number; warning: number; info: number } | null;
  byRule: Record<string, { critical: number; warning: number; info: number }>;
  commentChars: number | null;
  /** Repeated rows and the blocking findings its first screen names; null without a report. */
  comment?: CommentChecks | null;
  /** Critical and warning index findings (PA101-PA106). */
  indexFindings: (IndexFinding & { verdict?: string; reason?: string })[];
  error: string | null;
}

export interface TimingRow {
  app: string;
  dbMs: number | null;
  phases: Record<string, number>;
  staticMs: number | null;
  oracleMs: number | null;
}

export interface EvalResult {
  date: string;
  /** The repository's commit, and a hash of the bundled command that ran (dist/cli/index.js). */
  perfAudit: { commit: string; dirty: boolean; cli?: string };
  apps: string[];
  missing: { app: string; why: string; fetch: string }[];
  /** null when the part was skipped; the string says why. */
  fidelity: FidelityResult[] | string;
  recall: RecallSummary | string;
  head: HeadResult[] | string;
  precision: PrecisionSummary | string;
  timing: TimingRow[];
  problems: string[];
  runtimeMs: number;
  /** perf-audit runs made, and how many of them were reports kept in eval/.work from an earlier run. */
  runs?: { total: number; cached: number };
}

export const pct = (x: number | null | undefined): string =>
  x === null || x === undefined ? '—' : `${(x * 100).toFixed(1)}%`;
const secs = (ms: number | null | undefined): string =>
  ms === null || ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`;
const num = (n: number | null | undefined): string =>
  n === null || n === undefined ? '—' : n.toLocaleString('en-US');

const minutes = (ms: number): string => (ms < 120_000 ? secs(ms) : `${(ms / 60_000).toFixed(1)} min`);
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function cellText(v: unknown): string {
  if (v === undefined) return '';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

export function describeDiff(d: Diff): string {
  const what = [d.table, d.column, d.index].filter(Boolean).join('.');
  const change =
    d.expected !== undefined || d.actual !== undefined
      ? `: Laravel ${cellText(d.expected) || '(none)'}, perf-audit ${cellText(d.actual) || '(none)'}`
      : '';
  const where = d.source ? ` (${d.source.file}:${d.source.line})` : '';
  return `${d.kind} ${what}${change}${where}`;
}

function tallyCell(t: Tally): string {
  const extra = t.noReport ? `, ${t.noReport} without report` : '';
  return `${t.caught}/${t.rows} ${pct(t.recall)}${extra}`;
}

export function recallRows(r: RecallSummary): string[][] {
  const row = (name: string, db: Tally, st: Tally, controls: number, flagged: number) => [
    name,
    tallyCell(db),
    `${db.caughtBlocking}`,
    `${db.caughtAtQuery}`,
    tallyCell(st),
    `${st.caughtBlocking}`,
    `${st.caughtAtQuery}`,
    `${flagged}/${controls}`,
  ];
  return [
    ...r.apps.map((a) => row(a.app, a.tally.db, a.tally.static, a.controls, a.controlsFlagged.length)),
    row('overall', r.overall.db, r.overall.static, r.controls, r.controlsFlagged),
  ];
}
const RECALL_HEAD = [
  'app',
  'caught (database)',
  'of which critical/warning',
  'of which at the labelled query',
  'caught (no database)',
  'of which critical/warning',
  'of which at the labelled query',
  'controls flagged',
];

export function headRows(heads: HeadResult[]): string[][] {
  return heads.map((h) => [
    h.app,
    h.exitCode === null ? 'killed' : String(h.exitCode),
    num(h.counts?.critical),
    num(h.counts?.warning),
    num(h.counts?.info),
    byRuleText(h.byRule),
    num(h.commentChars),
    num(h.comment?.duplicatedRows),
    h.comment ? firstScreenText(h.comment.blockingNamed) : '—',
  ]);
}

/** The issue's acceptance for the PR comment, over the apps that gave a report. */
export function commentAcceptance(heads: HeadResult[], budget = 20_000): string | null {
  const rendered = heads.filter((h) => h.comment);
  if (!rendered.length) return null;
  const within = rendered.filter((h) => h.comment!.chars <= budget).length;
  const repeats = rendered.reduce((n, h) => n + h.comment!.duplicatedRows, 0);
  const blocked = rendered.filter((h) => h.comment!.blockingNamed.of > 0);
  const named = blocked.filter((h) => h.comment!.blockingNamed.named === h.comment!.blockingNamed.of).length;
  return (
    `Comments: ${within} of ${rendered.length} at most ${budget.toLocaleString('en-US')} characters; ` +
    `${repeats} duplicated ${repeats === 1 ? 'row' : 'rows'}; the first screen (before the first collapsed section) ` +
    `names every blocking finding in ${named} of ${blocked.length} ${blocked.length === 1 ? 'app' : 'apps'} with blocking findings.`
  );
}

/** `2/2` when the first screen names every blocking finding, `none blocking` when there is none. */
export function firstScreenText(b: CommentChecks['blockingNamed']): string {
  return b.of === 0 ? 'none blocking' : `${b.named}/${b.of}${b.named === b.of ? '' : ' ❌'}`;
}
const HEAD_HEAD = [
  'app',
  'exit',
  'critical',
  'warning',
  'info',
  'by rule (critical/warning/info)',
  'comment chars',
  'duplicated rows',
  'first screen names blocking',
];

export function byRuleText(byRule: HeadResult['byRule']): string {
  return Object.keys(byRule)
    .sort()
    .map((rule) => {
      const c = byRule[rule]!;
      return `${rule} ${c.critical}/${c.warning}/${c.info}`;
    })
    .join(', ');
}

export function precisionRows(p: PrecisionSummary): string[][] {
  const row = (name: string, a: Omit<AppPrecision, 'app' | 'unreviewed'>, unreviewed: number) => [
    name,
    String(a.reviewed),
    String(a.matched),
    String(a.verdicts.true),
    String(a.verdicts.debatable),
    String(a.verdicts.false),
    String(a.unmatched),
    pct(a.precision),
    String(unreviewed),
  ];
  return [
    ...p.apps.map((a) => row(a.app, a, a.unreviewed.length)),
    row('overall', p.overall, p.overall.unreviewed),
  ];
}
/** The overall verdicts split by the severity the run gives each still-reported row now. */
export function severityRows(p: PrecisionSummary): string[][] {
  return severitySplit(p.overall.bySeverity).map((r) => [
    r.severity,
    String(r.matched),
    String(r.verdicts.true),
    String(r.verdicts.debatable),
    String(r.verdicts.false),
    pct(r.precision),
  ]);
}
const SEVERITY_HEAD = ['severity now', 'still reported', 'true', 'debatable', 'false', 'precision'];

const PRECISION_HEAD = [
  'app',
  'reviewed',
  'still reported',
  'true',
  'debatable',
  'false',
  'no longer reported',
  'precision',
  'unreviewed critical/warning',
];

export function fidelityRows(f: FidelityResult[]): string[][] {
  return f.map((a) => [
    a.app,
    a.error ? `error: ${a.error}` : pct(a.agreement),
    `${a.agreed}/${a.expected}`,
    String(a.diffs.length),
    `${a.ran} ran, ${a.failed.length} failed${a.inDump ? `, ${a.inDump} in dump` : ''}${a.oracleError ? ' (incomplete)' : ''}`,
    secs(a.oracleMs),
  ]);
}
const FIDELITY_HEAD = [
  'app',
  'agreement',
  'items agreed',
  'differences',
  'Laravel migrations',
  'Laravel migrate',
];

const PHASES = ['project', 'connect', 'schema', 'planner', 'cleanup'];
export function timingRows(t: TimingRow[]): string[][] {
  return t.map((r) => [
    r.app,
    secs(r.dbMs),
    ...PHASES.map((p) => (r.phases[p] === undefined ? '—' : secs(r.phases[p]))),
    secs(r.staticMs),
    secs(r.oracleMs),
  ]);
}
const TIMING_HEAD = [
  'app',
  'perf-audit (database)',
  ...PHASES,
  'perf-audit (no database)',
  'Laravel migrate (oracle)',
];

function mdTable(headers: string[], rows: string[][]): string {
  const esc = (c: string) => c.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `| ${headers.map(esc).join(' | ')} |`,
    `|${headers.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

function missedList(a: AppRecall, mode: Mode): string[] {
  return a.rows
    .filter((r) => !r.row.alreadyIndexed && !r.caught[mode])
    .map(
      (r) =>
        `${r.row.table} (${r.row.columns.join(', ')}) at ${r.row.parent.slice(0, 10)}${r.row.query ? `, query ${r.row.query.file}:${r.row.query.line}` : ''}`,
    );
}

function skipped(part: unknown): string | null {
  return typeof part === 'string' ? part : null;
}

/** eval/RESULTS.md; `topDiffs` schema differences are listed per app (all are in last-run.json). */
export function renderResultsMarkdown(r: EvalResult, topDiffs = 10): string {
  const out: string[] = [
    '# perf-audit on real Laravel apps',
    '',
    `Measured ${r.date} with perf-audit at \`${r.perfAudit.commit.slice(0, 12)}\`${r.perfAudit.dirty ? ' (with uncommitted changes)' : ''}${r.perfAudit.cli ? ` (dist/cli/index.js sha1 \`${r.perfAudit.cli}\`)` : ''} by \`npm run eval\` (labels: eval/labels/README.md). Apps: ${r.apps.join(', ') || 'none'}. Whole run: ${minutes(r.runtimeMs)}${r.runs?.cached ? ` (${r.runs.cached} of ${r.runs.total} perf-audit runs reused from eval/.work)` : ''}.`,
  ];
  if (r.missing.length)
    out.push('', `Missing apps: ${r.missing.map((m) => `${m.app} (${m.why})`).join('; ')}.`);

  out.push('', "## 1. Schema fidelity (perf-audit vs. Laravel 8.83's migrator)", '');
  if (skipped(r.fidelity) !== null) out.push(`Skipped: ${r.fidelity as string}`);
  else {
    const f = r.fidelity as FidelityResult[];
    out.push(mdTable(FIDELITY_HEAD, fidelityRows(f)));
    for (const a of f) {
      if (!a.diffs.length && !a.failed.length && !a.oracleError) continue;
      out.push(
        '',
        `<details><summary>${a.app}: ${plural(a.diffs.length, 'difference')}, ${plural(a.failed.length, 'migration')} Laravel could not run</summary>`,
        '',
      );
      if (a.oracleError) out.push(`- Laravel's run did not complete: ${cellText(a.oracleError)}`);
      for (const m of a.failed)
        out.push(
          `- Laravel failed ${m.file} (tables excluded: ${m.tables.join(', ') || 'none'}): ${cellText(m.error)}`,
        );
      for (const d of a.diffs.slice(0, topDiffs)) out.push(`- ${describeDiff(d)}`);
      if (a.diffs.length > topDiffs)
        out.push(`- ... ${a.diffs.length - topDiffs} more in eval/.work/last-run.json`);
      out.push('', '</details>');
    }
  }

  out.push('', '## 2. Recall on historic index fixes', '');
  if (skipped(r.recall) !== null) out.push(`Skipped: ${r.recall as string}`);
  else {
    const rec = r.recall as RecallSummary;
    out.push(
      'A row is caught when a PA101/PA102 finding at the commit before the fix names its table and starts with its first column; "at the labelled query" counts those whose finding lists the row\'s own query among the queries it serves. Controls: indexes MariaDB already had; a finding on the control\'s own query is a false alarm, unless it asks for the wider index the fix added (columns beyond every existing index, among them one the fix added that no existing index had: listed apart).',
      '',
      mdTable(RECALL_HEAD, recallRows(rec)),
    );
    const flagged = rec.apps.flatMap((a) =>
      a.controlsFlagged.map(
        (c) => `- ${a.app}: ${c.row.table} (${c.row.columns.join(', ')}) flagged ${c.modes.join(' and ')}`,
      ),
    );
    if (flagged.length) out.push('', 'Controls flagged:', '', ...flagged);
    const widened = rec.apps.flatMap((a) =>
      a.controlsWidened.map(
        (c) =>
          `- ${a.app}: ${c.row.table} (${c.row.columns.join(', ')}), existing ${c.row.existing.map((ix) => `(${ix.join(', ')})`).join(', ')}: ${c.modes.join(' and ')}`,
      ),
    );
    if (widened.length)
      out.push(
        '',
        'Controls whose flag asks for the wider index the fix added (not counted as false alarms):',
        '',
        ...widened,
      );
    const missed = rec.apps.flatMap((a) => missedList(a, 'db').map((m) => `- ${a.app}: ${m}`));
    if (missed.length)
      out.push(
        '',
        `<details><summary>Missed with a database (${missed.length})</summary>`,
        '',
        ...missed,
        '',
        '</details>',
      );
  }

  out.push('', '## 3. Findings at the corpus commit (with a database)', '');
  if (skipped(r.head) !== null) out.push(`Skipped: ${r.head as string}`);
  else {
    const heads = r.head as HeadResult[];
    out.push(mdTable(HEAD_HEAD, headRows(heads)));
    const accepted = commentAcceptance(heads);
    if (accepted) out.push('', accepted);
    for (const h of heads) {
      if (h.error) out.push('', `${h.app}: ${cellText(h.error)}`);
      if (!h.indexFindings.length) continue;
      out.push(
        '',
        `<details><summary>${h.app}: ${h.indexFindings.length} critical and warning index findings</summary>`,
        '',
      );
      for (const f of h.indexFindings)
        out.push(
          `- ${describeFinding(f)}${f.verdict ? `: **${f.verdict}** (${cellText(f.reason ?? '')})` : ': not reviewed'}`,
        );
      out.push('', '</details>');
    }
  }

  out.push('', '### Precision over the reviewed findings', '');
  if (skipped(r.precision) !== null) out.push(`Skipped: ${r.precision as string}`);
  else
    out.push(
      mdTable(PRECISION_HEAD, precisionRows(r.precision as PrecisionSummary)),
      '',
      'By the severity reported now (the acceptance reads critical and warning):',
      '',
      mdTable(SEVERITY_HEAD, severityRows(r.precision as PrecisionSummary)),
    );

  out.push('', '## 4. Timing per app', '', mdTable(TIMING_HEAD, timingRows(r.timing)));
  if (r.problems.length) out.push('', '## Notes', '', ...r.problems.map((p) => `- ${p}`));
  return `${out.join('\n')}\n`;
}

/** The three tables (and timing) for the terminal. */
export function renderTerminal(r: EvalResult): string {
  const out: string[] = [
    `perf-audit ${r.perfAudit.commit.slice(0, 12)}${r.perfAudit.dirty ? '+dirty' : ''}, ${r.date}`,
  ];
  const part = (title: string, value: unknown, render: () => string) =>
    out.push('', title, skipped(value) !== null ? `skipped: ${value as string}` : render());
  part('Schema fidelity', r.fidelity, () =>
    alignTable(FIDELITY_HEAD, fidelityRows(r.fidelity as FidelityResult[])),
  );
  part('Recall on historic fixes', r.recall, () =>
    alignTable(RECALL_HEAD, recallRows(r.recall as RecallSummary)),
  );
  part('Findings at the corpus commit', r.head, () =>
    alignTable(HEAD_HEAD, headRows(r.head as HeadResult[]), 200),
  );
  part(
    'Precision over reviewed findings',
    r.precision,
    () =>
      `${alignTable(PRECISION_HEAD, precisionRows(r.precision as PrecisionSummary))}\n\n` +
      alignTable(SEVERITY_HEAD, severityRows(r.precision as PrecisionSummary)),
  );
  out.push('', 'Timing', alignTable(TIMING_HEAD, timingRows(r.timing)));
  return `${out.join('\n')}\n`;
}

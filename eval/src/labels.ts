/** eval/labels/<dir>.json (format in eval/labels/README.md): read leniently, every problem named. */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Place {
  file: string;
  line: number;
}

export interface HistoricRow {
  fix: string;
  parent: string;
  migration: Place | null;
  table: string;
  columns: string[];
  query: Place | null;
  alreadyIndexed: boolean;
  /**
   * For a control: the indexes MariaDB already had that lead with the row's first column. A flag that
   * asks for no more than one of them is a false alarm; one that widens them with the columns the fix
   * added is the fix. Empty when the label does not say (then every flag counts as a false alarm).
   */
  existing: string[][];
  description: string;
}

export type Verdict = 'true' | 'debatable' | 'false';

export interface ReviewedRow {
  commit: string;
  rule: string;
  severity: string;
  /** As the finding had them: PA102 names no columns, PA105 no file. */
  table: string | null;
  columns: string[];
  file: string | null;
  line: number | null;
  verdict: Verdict;
  reason: string;
}

export interface Labels {
  historic: HistoricRow[];
  reviewed: ReviewedRow[];
  /** Why a file or a row was not used. */
  problems: string[];
}

const SHA = /^[0-9a-f]{40}$/;
const VERDICTS = new Set(['true', 'debatable', 'false']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function place(v: unknown): Place | null {
  if (!isObj(v) || typeof v['file'] !== 'string') return null;
  return { file: v['file'], line: Number(v['line']) || 0 };
}

function columns(v: unknown): string[] | null {
  if (typeof v === 'string' && v !== '') return [v];
  if (!Array.isArray(v) || v.length === 0 || !v.every((c) => typeof c === 'string' && c !== '')) return null;
  return v as string[];
}

/** `existing`: absent, one index (`["a", "b"]`) or several (`[["a"], ["a", "b"]]`); null when malformed. */
function indexList(v: unknown): string[][] | null {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.length === 0) return null;
  if (v.every((c) => typeof c === 'string')) return columns(v) ? [v as string[]] : null;
  const all = v.map(columns);
  return all.every((c) => c !== null) ? (all as string[][]) : null;
}

export function parseHistoric(raw: unknown, where: string): HistoricRow | string {
  if (!isObj(raw)) return `${where}: not an object`;
  const fix = String(raw['fix'] ?? '');
  const parent = String(raw['parent'] ?? '');
  const cols = columns(raw['columns']);
  if (!SHA.test(parent)) return `${where}: parent "${parent}" is not a 40-hex sha`;
  if (typeof raw['table'] !== 'string' || raw['table'] === '') return `${where}: no table`;
  if (!cols) return `${where}: columns is not a non-empty list of names`;
  const existing = indexList(raw['existing']);
  if (!existing) return `${where}: existing is not an index (a list of column names) or a list of indexes`;
  return {
    fix,
    parent,
    migration: place(raw['migration']),
    table: raw['table'],
    columns: cols,
    query: place(raw['query']),
    alreadyIndexed: raw['alreadyIndexed'] === true,
    existing,
    description: String(raw['description'] ?? ''),
  };
}

export function parseReviewed(raw: unknown, where: string): ReviewedRow | string {
  if (!isObj(raw)) return `${where}: not an object`;
  const verdict = String(raw['verdict'] ?? '');
  if (!VERDICTS.has(verdict)) return `${where}: verdict "${verdict}" is not true, debatable or false`;
  if (typeof raw['rule'] !== 'string' || raw['rule'] === '') return `${where}: no rule`;
  const given = raw['columns'] ?? [];
  const cols = Array.isArray(given) && given.length === 0 ? [] : columns(given);
  if (!cols) return `${where}: columns is not a list of names`;
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  return {
    commit: String(raw['commit'] ?? ''),
    rule: raw['rule'],
    severity: String(raw['severity'] ?? ''),
    table: text(raw['table']),
    columns: cols,
    file: text(raw['file']),
    line: typeof raw['line'] === 'number' ? raw['line'] : null,
    verdict: verdict as Verdict,
    reason: String(raw['reason'] ?? ''),
  };
}

/** Parses one labels document; bad rows are skipped and named, good ones kept. */
export function parseLabels(text: string, name: string): Labels {
  const out: Labels = { historic: [], reviewed: [], problems: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    out.problems.push(`${name}: not JSON (${e instanceof Error ? e.message : String(e)}): labels not used`);
    return out;
  }
  if (!isObj(raw)) {
    out.problems.push(`${name}: not an object: labels not used`);
    return out;
  }
  const list = (key: string): unknown[] => (Array.isArray(raw[key]) ? (raw[key] as unknown[]) : []);
  list('historic').forEach((r, i) => {
    const row = parseHistoric(r, `${name} historic[${i}]`);
    if (typeof row === 'string') out.problems.push(row);
    else out.historic.push(row);
  });
  list('reviewed').forEach((r, i) => {
    const row = parseReviewed(r, `${name} reviewed[${i}]`);
    if (typeof row === 'string') out.problems.push(row);
    else out.reviewed.push(row);
  });
  return out;
}

export function readLabels(labelsDir: string, dir: string): Labels {
  const file = join(labelsDir, `${dir}.json`);
  if (!existsSync(file))
    return { historic: [], reviewed: [], problems: [`eval/labels/${dir}.json: none yet`] };
  return parseLabels(readFileSync(file, 'utf8'), `eval/labels/${dir}.json`);
}

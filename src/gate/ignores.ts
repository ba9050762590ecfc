/**
 * Silencing: `ignore:` entries of .perf-audit.yml and inline `// perf-audit-ignore PA101 reason` comments.
 * A silenced finding stays in the report with its reason and never blocks. PHP comments are read from
 * php-parser's comment nodes; env/ini/conf files from their `#` / `;` comment lines.
 */

import { basename } from 'node:path';
import { parseDirective } from '../project/ignore-directive.js';
import picomatch from 'picomatch';
import type { Config, IgnoreEntry } from '../config/model.js';
import type { Finding, Location } from '../findings.js';
import type { AppFiles } from '../project/files.js';
import type { ParsedPhp } from '../project/php/parse.js';
import { parseSource } from '../project/parse-source.js';
import type { ProjectModel } from '../project/model.js';

export interface IgnoreInput {
  config: Config;
  project: ProjectModel;
  files: AppFiles;
  /** Directives of the PHP files, collected from the ASTs while they were in memory (collectDirectives). */
  directives?: Map<string, Directive[]>;
}

/** One `perf-audit-ignore` directive: which rules it silences, why, and the code line it applies to. */
export interface Directive {
  rules: string[];
  reason: string;
  /** The line the directive silences (the one below the comment, or the comment's own line when trailing). */
  lines: number[];
  /** Where the comment is, for the report's "silenced by". */
  at: Location;
}

export { parseDirective };

/** Directives in a PHP file, from the comment nodes php-parser collects; a file that does not parse has none. */
export function phpDirectives(path: string, text: string, already?: ParsedPhp): Directive[] {
  const parsed = already ?? parseSource(path, text).parsed;
  if (!parsed) return [];
  const comments =
    (
      parsed.ast as unknown as {
        comments?: {
          kind: string;
          value: string;
          loc?: { start: { line: number }; end: { line: number; column: number } };
        }[];
      }
    ).comments ?? [];
  const out: Directive[] = [];
  for (const comment of comments) {
    if (!comment.loc) continue;
    const directive = parseDirective(comment.value);
    if (!directive) continue;
    // A line comment's end position is the start of the next line; its last line is the start line.
    const last = comment.kind === 'commentline' ? comment.loc.start.line : comment.loc.end.line;
    out.push({
      ...directive,
      lines: [last + 1, comment.loc.start.line],
      at: { file: path, line: comment.loc.start.line },
    });
  }
  return out;
}

/**
 * The directives of every parsed PHP file, read from its comment nodes, so the audit can let the ASTs go
 * before the rules run (a large app's ASTs are hundreds of MB). Files without directives are left out.
 */
export function collectDirectives(parsed: ParsedPhp[]): Map<string, Directive[]> {
  const out = new Map<string, Directive[]>();
  for (const p of parsed) {
    const found = phpDirectives(p.path, '', p);
    if (found.length) out.set(p.path, found);
  }
  return out;
}

/** Directives in env, ini and pool files: a `#` or `;` comment line applies to the line below. */
export function lineCommentDirectives(path: string, text: string): Directive[] {
  const out: Directive[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const trimmed = line.trim();
    if (!trimmed.startsWith('#') && !trimmed.startsWith(';')) return;
    const directive = parseDirective(trimmed);
    if (directive) out.push({ ...directive, lines: [i + 2], at: { file: path, line: i + 1 } });
  });
  return out;
}

function sameColumns(a: string[], b: string[]): boolean {
  const norm = (cols: string[]) => [...new Set(cols.map((c) => c.toLowerCase()))].sort().join(',');
  return norm(a) === norm(b);
}

function locationsOf(finding: Finding): Location[] {
  if (finding.locations?.length) return finding.locations;
  return finding.file ? [{ file: finding.file, line: finding.line ?? 0 }] : [];
}

/** Whether a config `ignore:` entry covers a finding: every field the entry gives must match. */
export function entryMatches(entry: IgnoreEntry, finding: Finding): boolean {
  const rule = entry.rule.trim().toUpperCase();
  if (rule !== '*' && rule !== finding.rule.toUpperCase()) return false;
  if (entry.path) {
    const isMatch = picomatch(entry.path, { dot: true });
    const files = locationsOf(finding).map((l) => l.file);
    if (files.length === 0 || !files.every((f) => isMatch(f))) return false;
  }
  if (entry.table && entry.table.toLowerCase() !== (finding.table ?? '').toLowerCase()) return false;
  if (entry.columns?.length && !sameColumns(entry.columns, finding.columns ?? [])) return false;
  return true;
}

function isPhp(path: string): boolean {
  return path.endsWith('.php');
}

function isLineCommentFile(path: string): boolean {
  const name = basename(path);
  return name === '.env' || name.startsWith('.env.') || /\.(ini|conf)$/.test(name);
}

/** Collects the directives of the files that findings point at (each file read once). */
class DirectiveIndex {
  private readonly cache = new Map<string, Directive[]>();
  private readonly texts = new Map<string, string>();
  private readonly collected: Map<string, Directive[]> | null;

  constructor(input: IgnoreInput) {
    this.collected = input.directives ?? null;
    for (const file of [...input.files.php, ...input.files.other]) this.texts.set(file.path, file.text);
    // Query shapes carry directives the query-shape reader already found above each chain.
    for (const shape of input.project.queries ?? []) {
      if (!shape.inlineIgnores?.length) continue;
      const list = this.cache.get(`shape:${shape.location.file}`) ?? [];
      for (const ignore of shape.inlineIgnores) {
        list.push({
          rules: [ignore.rule.toUpperCase()],
          reason: ignore.reason || 'no reason given',
          lines: [shape.location.line],
          at: { file: shape.location.file, line: Math.max(1, shape.location.line - 1) },
        });
      }
      this.cache.set(`shape:${shape.location.file}`, list);
    }
  }

  private forFile(path: string): Directive[] {
    let found = this.cache.get(path);
    if (found) return found;
    const text = this.texts.get(path);
    found =
      text === undefined
        ? []
        : isPhp(path)
          ? (this.collected?.get(path) ?? (this.collected ? [] : phpDirectives(path, text)))
          : isLineCommentFile(path)
            ? lineCommentDirectives(path, text)
            : [];
    this.cache.set(path, found);
    return found;
  }

  find(rule: string, at: Location): Directive | undefined {
    const candidates = [...(this.cache.get(`shape:${at.file}`) ?? []), ...this.forFile(at.file)];
    return candidates.find(
      (d) => d.lines.includes(at.line) && (d.rules.includes(rule) || d.rules.includes('*')),
    );
  }
}

/**
 * Marks findings silenced by a config entry or by inline directives. A finding with several locations is
 * silenced inline only when every location carries a directive: another query still needing the index
 * keeps it active.
 */
export function applyIgnores(findings: Finding[], input: IgnoreInput): Finding[] {
  const configName = input.config.configFile ? basename(input.config.configFile) : '.perf-audit.yml';
  const directives = new DirectiveIndex(input);
  return findings.map((finding) => {
    if (finding.silenced) return finding;
    const index = input.config.ignore.findIndex((entry) => entryMatches(entry, finding));
    if (index >= 0) {
      const entry = input.config.ignore[index]!;
      return { ...finding, silenced: { reason: entry.reason, by: `${configName} ignore[${index}]` } };
    }
    const locations = locationsOf(finding).filter((l) => l.line > 0);
    if (locations.length === 0) return finding;
    const found = locations.map((l) => directives.find(finding.rule, l));
    if (found.some((d) => !d)) return finding;
    const first = found[0]!;
    return {
      ...finding,
      silenced: { reason: first.reason, by: `inline comment at ${first.at.file}:${first.at.line}` },
    };
  });
}

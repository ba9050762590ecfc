/**
 * Import and export code: what reads a file someone uploads (a spreadsheet, a CSV, an e-invoice) and looks
 * its rows up one by one, or writes every row of a report into a file someone downloads. Laravel apps keep
 * such classes in an `Imports`/`Exports` namespace (app/Imports, app/Importer, app/Export/CSV,
 * …/Helpers/Importers) or build them on laravel-excel's concerns (ToModel, FromQuery…); a controller
 * streams an export as a download (`new StreamedResponse(fn, 200, ['Content-Disposition' => …])`,
 * `response()->streamDownload(fn, …)`). Either is an occasional action, not a page view. Of the corpus's
 * reviewed findings in import code none was true (15), so imports are info. Exports warn at most: 19 of 20
 * reviewed were rejected, but snipe-it's maintainers did index `action_logs (action_date)` for the date
 * filter of its custom CSV report, a historic fix the corpus keeps.
 */

import type { FileScope, PhpNode } from '../../php/ast.js';
import {
  arrayEntries,
  child,
  endLineOf,
  flatten,
  isFunctionLike,
  lineOf,
  nameKey,
  resolveName,
  walk,
} from '../../php/ast.js';
import type { ClassDecl, ClassIndex } from '../../php/class-index.js';
import type { FileSummary } from '../../php/summary.js';
import type { RarePath } from '../../model.js';
import { isHttpController } from '../framework-class.js';

export type Transfer = 'import' | 'export';

/** The most severe finding in such code (see above). */
export const TRANSFER_CAP: Record<Transfer, 'info' | 'warning'> = { import: 'info', export: 'warning' };

/** Namespace segments that hold import or export code. */
const SEGMENTS: Record<string, Transfer> = {
  import: 'import',
  imports: 'import',
  importer: 'import',
  importers: 'import',
  export: 'export',
  exports: 'export',
  exporter: 'export',
  exporters: 'export',
};

/** Interfaces of laravel-excel (maatwebsite/excel): `From…` ones write a file, the others read one. */
const EXCEL_CONCERNS = 'maatwebsite\\excel\\concerns\\';

const STREAMED_RESPONSE = 'symfony\\component\\httpfoundation\\streamedresponse';

/** Whether a class or trait is import or export code, and which; null for any other class. */
export function transferOf(d: ClassDecl, index: ClassIndex): Transfer | null {
  if (d.kind !== 'class' && d.kind !== 'trait') return null;
  // An HTTP controller serves pages, even in an Imports namespace (an import history list).
  if (isHttpController(index, d)) return null;
  const segments = d.fqcn.toLowerCase().split('\\').slice(0, -1);
  for (const s of segments.reverse()) if (SEGMENTS[s]) return SEGMENTS[s];
  const concerns = index
    .lineage(d.fqcn)
    .flatMap((c) => c.summary.interfaces)
    .map((i) => nameKey(i))
    .filter((i) => i.startsWith(EXCEL_CONCERNS))
    .map((i) => i.slice(EXCEL_CONCERNS.length));
  if (concerns.length === 0) return null;
  return concerns.some((c) => c.startsWith('from')) ? 'export' : 'import';
}

const DOWNLOAD_WHY = 'streams a file download (an export), an occasional action rather than a page view';

/**
 * The callbacks that write a streamed download: `new StreamedResponse(fn, status, headers)` whose headers
 * name `Content-Disposition` (a stream without it may be server-sent events, polled all day), and
 * `->streamDownload(fn, …)`. Only files that name StreamedResponse or call streamDownload are read.
 */
export function streamedDownloads(summary: FileSummary, decls: ClassDecl[], index: ClassIndex): RarePath[] {
  const namesStream = summary.references?.some((r) => r.name.toLowerCase() === STREAMED_RESPONSE) ?? false;
  const callsDownload = summary.calls?.names.includes('streamdownload') ?? false;
  if (!namesStream && !callsDownload) return [];
  const out: RarePath[] = [];
  for (const d of decls)
    for (const m of d.summary.methods) {
      const node = index.methodNode(d, m);
      if (!node) continue;
      for (const callback of downloadCallbacks(node, d.scope))
        out.push({
          file: d.file,
          line: lineOf(callback),
          endLine: endLineOf(callback),
          cap: TRANSFER_CAP.export,
          kind: 'export',
          reason: `${d.name}::${m.name} ${DOWNLOAD_WHY}`,
        });
    }
  return out;
}

function downloadCallbacks(method: PhpNode, scope: FileScope): PhpNode[] {
  const out: PhpNode[] = [];
  walk(method, (n) => {
    if (n.kind === 'new') {
      const cls = resolveName(child(n, 'what'), scope)?.toLowerCase();
      const args = (n.arguments as PhpNode[] | undefined) ?? [];
      if (cls === STREAMED_RESPONSE && isFunctionLike(args[0]) && namesDisposition(args[2]))
        out.push(args[0]);
      return;
    }
    if (n.kind !== 'call') return;
    const steps = flatten(n).steps;
    const last = steps[steps.length - 1];
    if (last?.name?.toLowerCase() === 'streamdownload' && isFunctionLike(last.args[0]))
      out.push(last.args[0]);
  });
  return out;
}

/** A headers array literal with a `Content-Disposition` key. */
function namesDisposition(headers: PhpNode | undefined): boolean {
  return arrayEntries(headers).some(
    (e) => e.key?.kind === 'string' && String(e.key.value).toLowerCase() === 'content-disposition',
  );
}

/**
 * Import code: classes that read a file someone uploads or hands to the app (a spreadsheet, a CSV, an
 * e-invoice) and look its rows up one by one. Laravel apps keep them in an `Imports`/`Importer` namespace
 * (app/Imports, app/Importer, …/Helpers/Importers) or build them on Maatwebsite's Excel concerns
 * (ToModel, ToCollection, WithHeadingRow…). An import is an occasional action, not a page view: the
 * maintainers of the corpus apps rejected every reviewed finding in such code (15 of 15; none true).
 */

import type { ClassDecl, ClassIndex } from '../../php/class-index.js';

/** Namespace segments that hold import code. */
const IMPORT_SEGMENTS = new Set(['import', 'imports', 'importer', 'importers']);

/** Interfaces of laravel-excel (maatwebsite/excel) an import class implements. */
const EXCEL_CONCERNS = 'maatwebsite\\excel\\concerns\\';

/** An HTTP controller serves pages, even in an Imports namespace (an import history list). */
const CONTROLLER = 'illuminate\\routing\\controller';

export function isImporter(d: ClassDecl, index: ClassIndex): boolean {
  if (d.kind !== 'class' && d.kind !== 'trait') return false;
  if (index.isA(d.fqcn, CONTROLLER) || /(^|\/)http\/controllers\//i.test(d.file.replace(/\\/g, '/')))
    return false;
  const segments = d.fqcn.toLowerCase().split('\\').slice(0, -1);
  if (segments.some((s) => IMPORT_SEGMENTS.has(s))) return true;
  return importInterfaces(d, index).length > 0;
}

/** The laravel-excel concerns the class or its in-app ancestors implement. */
function importInterfaces(d: ClassDecl, index: ClassIndex): string[] {
  const out: string[] = [];
  for (const c of index.lineage(d.fqcn))
    for (const i of c.summary.interfaces)
      if (i.replace(/^\\/, '').toLowerCase().startsWith(EXCEL_CONCERNS)) out.push(i);
  return out;
}

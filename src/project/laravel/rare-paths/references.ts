/**
 * Who names each class, outside tests and outside the class's own file: the evidence that a job is still
 * dispatched, or that a service is only ever called from a weekly task. A class named through a subclass
 * counts as named (the subclass runs the parent's code).
 */

import type { ClassIndex } from '../../php/class-index.js';
import type { ClassReference } from '../../php/class-references.js';
import type { FileSummary } from '../../php/summary.js';
import { placeOf } from '../queries/places.js';

export interface Reference extends ClassReference {
  file: string;
}

export class ReferenceIndex {
  private readonly byName = new Map<string, Reference[]>();
  private readonly subclasses = new Map<string, string[]>();

  constructor(
    summaries: FileSummary[],
    private readonly index: ClassIndex,
  ) {
    const tests = new Map<string | null, boolean>();
    for (const s of summaries) {
      tests.clear();
      for (const r of s.references ?? []) {
        if (!tests.has(r.from)) tests.set(r.from, placeOf(s.file, r.from, index) === 'test');
        if (tests.get(r.from)) continue;
        const key = r.name.toLowerCase();
        const list = this.byName.get(key);
        const ref = { ...r, file: s.file };
        if (list) list.push(ref);
        else this.byName.set(key, [ref]);
      }
    }
    // Appended in place: copying the list for each subclass was quadratic in a base class's subclasses.
    for (const decl of index.classes) {
      if (!decl.parent) continue;
      const key = decl.parent.toLowerCase();
      const list = this.subclasses.get(key);
      if (list) list.push(decl.fqcn);
      else this.subclasses.set(key, [decl.fqcn]);
    }
  }

  /** The references to a class and to its subclasses, outside tests and the files declaring them. */
  referencesTo(fqcn: string): Reference[] {
    const out: Reference[] = [];
    const seen = new Set<string>();
    const visit = (name: string) => {
      const key = name.toLowerCase();
      if (seen.has(key)) return;
      seen.add(key);
      const own = this.index.get(name)?.file;
      for (const r of this.byName.get(key) ?? []) if (r.file !== own) out.push(r);
      for (const sub of this.subclasses.get(key) ?? []) visit(sub);
    };
    visit(fqcn);
    return out;
  }
}

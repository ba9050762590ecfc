/**
 * Code ranges (a class, a method, a scheduled callback) looked up by a location they hold: grouped by file
 * once, so each lookup reads only the ranges of its own file.
 */

export interface CodeRange {
  file: string;
  line: number;
  endLine: number;
}

export class CodeRanges<T extends CodeRange> {
  private readonly byFile = new Map<string, T[]>();

  constructor(ranges: Iterable<T>) {
    for (const r of ranges) {
      const list = this.byFile.get(r.file);
      if (list) list.push(r);
      else this.byFile.set(r.file, [r]);
    }
  }

  /** The ranges holding `line` of `file`, in the order they were given. */
  holding(file: string, line: number): T[] {
    return (this.byFile.get(file) ?? []).filter((r) => line >= r.line && line <= r.endLine);
  }
}

/** Lines of key paths in a YAML document, from the `yaml` package's node ranges, so config errors name file:line. */

import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export type KeyPath = (string | number)[];

/** A parsed document with the line counter its node offsets resolve against. */
export interface PositionedDocument {
  doc: Document.Parsed;
  lines: LineCounter;
}

export function parseWithPositions(text: string): PositionedDocument {
  const lines = new LineCounter();
  // YAML 1.2 core schema, plus `<<` merge keys as js-yaml read them.
  const doc = parseDocument(text, { lineCounter: lines, merge: true, uniqueKeys: true });
  return { doc, lines };
}

function lineAt(lines: LineCounter, node: Node | null | undefined): number | undefined {
  return node?.range ? lines.linePos(node.range[0]).line : undefined;
}

/**
 * 1-based line of `path` (keys; numbers index sequence items): a key's own line, an item's first line, or
 * the nearest parent found, or 1.
 */
export function lineOfNode({ doc, lines }: PositionedDocument, path: KeyPath): number {
  let node: unknown = doc.contents;
  let found = 1;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(part),
      );
      if (!pair) return found;
      found = lineAt(lines, pair.key as Node) ?? found;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part];
      if (item === undefined) return found;
      found = lineAt(lines, item as Node) ?? found;
      node = item;
    } else return found;
  }
  return found;
}

export function lineOfPath(text: string, path: KeyPath): number {
  return lineOfNode(parseWithPositions(text), path);
}

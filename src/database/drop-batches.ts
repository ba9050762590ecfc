/**
 * Batches of tables to drop side by side on several connections. Tables a foreign key links (either way,
 * through any chain) go in the same batch: two connections dropping a child and its parent at once can
 * wait on each other's metadata locks for good, while one DROP TABLE of both is one statement.
 */

/** Tables in batches of about `size`; each group of linked tables whole, in one batch (pure). */
export function dropBatches(tables: string[], links: [string, string][], size: number): string[][] {
  const parent = new Map<string, string>();
  const find = (t: string): string => {
    let root = t;
    while (parent.get(root) !== root) root = parent.get(root)!;
    // Path compression: later finds of the same chain are one step.
    for (let at = t; at !== root;) {
      const next = parent.get(at)!;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  for (const t of tables) parent.set(t, t);
  // Names as information_schema spells them: the server compares them case-sensitively on Linux.
  for (const [x, y] of links) {
    // A link to a table outside the list (another schema, already dropped) ties nothing here.
    if (!parent.has(x) || !parent.has(y)) continue;
    const rx = find(x);
    const ry = find(y);
    if (rx !== ry) parent.set(rx, ry);
  }
  const groups = new Map<string, string[]>();
  for (const t of new Set(tables)) {
    const root = find(t);
    const group = groups.get(root);
    if (group) group.push(t);
    else groups.set(root, [t]);
  }
  // Largest groups first, each into the first batch with room (a group larger than `size` is a batch alone).
  const ordered = [...groups.values()].sort((a, b) => b.length - a.length);
  const batches: string[][] = [];
  for (const group of ordered) {
    const room = batches.find((b) => b.length + group.length <= size);
    if (room) room.push(...group);
    else batches.push([...group]);
  }
  return batches;
}

/** Spreading statements over a few connections: MariaDB runs DDL of different tables side by side. */

import type { Connection } from 'mysql2/promise';

/** Runs `work` over the items, each connection taking the next item when it is free. */
export async function onEach<T>(
  conns: Connection[],
  items: T[],
  work: (conn: Connection, item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    conns.map(async (c) => {
      while (next < items.length) await work(c, items[next++]);
    }),
  );
}

export function chunks<T>(xs: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

import { dropBatches } from '../../src/database/drop-batches.js';

describe('tables to drop side by side', () => {
  it('keeps tables a foreign key links, through any chain, in one batch', () => {
    const batches = dropBatches(
      ['orders', 'users', 'lines', 'tags', 'logs', 'products'],
      [
        ['orders', 'users'],
        ['lines', 'orders'],
        ['lines', 'products'],
      ],
      2,
    );
    const withOrders = batches.find((b) => b.includes('orders'))!;
    expect([...withOrders].sort()).toEqual(['lines', 'orders', 'products', 'users']);
    expect(batches.flat().sort()).toEqual(['lines', 'logs', 'orders', 'products', 'tags', 'users']);
  });

  it('packs unlinked tables up to the batch size', () => {
    const batches = dropBatches(['a', 'b', 'c', 'd', 'e'], [], 2);
    expect(batches.map((b) => b.length)).toEqual([2, 2, 1]);
  });

  it('ignores a link to a table outside the list, and names as the server spells them', () => {
    expect(dropBatches(['Posts', 'posts'], [['posts', 'archive.users']], 1)).toEqual([['Posts'], ['posts']]);
  });
});

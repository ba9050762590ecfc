/** The cleanup registry: newest first, every action runs even when one fails, unregistered ones never. */

import { pendingCleanups, registerCleanup, runCleanups, shuttingDown } from '../../src/lifecycle/cleanup.js';

it('runs what is still registered, newest first, past a failure, once', async () => {
  const ran: string[] = [];
  registerCleanup('database', () => ran.push('database'));
  const undone = registerCleanup('worktree', () => ran.push('worktree'));
  registerCleanup('broken', () => {
    throw new Error('server gone');
  });
  registerCleanup('connection', async () => {
    await new Promise((r) => setTimeout(r, 5));
    ran.push('connection');
  });
  undone();
  expect(pendingCleanups()).toEqual(['database', 'broken', 'connection']);
  expect(shuttingDown()).toBe(false);

  const outcome = await runCleanups({ stopping: true });
  expect(ran).toEqual(['connection', 'database']);
  expect(outcome).toEqual([
    { label: 'connection', ok: true },
    { label: 'broken', ok: false, error: 'server gone' },
    { label: 'database', ok: true },
  ]);
  expect(shuttingDown()).toBe(true);
  expect(await runCleanups()).toEqual([]);
});

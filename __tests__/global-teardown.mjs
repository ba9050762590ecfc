// After the suite: the tests must have removed their temporary files, and the databases and accounts
// they (or the commands they ran) created. Anything left is listed and fails the run; the temporary
// folder is removed either way. The server may be shared with other runs (a development machine running
// several suites): its leftovers fail the run in CI (CI=true, as GitHub Actions and .ci/run set it) and
// are only listed elsewhere, since another run's scratch databases cannot be told from this one's.
import { readdirSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { serverObjects } from './leftovers.mjs';

/** Objects created during the run and still there; waits a little for drops still in flight. */
async function serverLeftovers(before) {
  if (before === null) return [];
  const known = new Set(before);
  for (let waited = 0; ; waited += 1000) {
    const now = await serverObjects();
    const left = (now ?? []).filter((o) => !known.has(o));
    if (left.length === 0 || waited >= 20_000) return left;
    await sleep(1000);
  }
}

export default async function globalTeardown() {
  const dir = process.env.PERF_AUDIT_TEST_TMP;
  const files = dir ? readdirSync(dir) : [];
  if (dir) rmSync(dir, { recursive: true, force: true });
  const server = await serverLeftovers(globalThis.perfAuditServerBefore ?? null);
  const strictServer = process.env.CI === 'true';
  const problems = [
    ...files.map((f) => `temporary ${f} (in ${dir})`),
    ...(strictServer ? server.map((o) => `${o} on the test server`) : []),
  ];
  if (!strictServer && server.length) {
    console.warn(
      `created during the tests and still on the server (this run's or another's):\n  ${server.join('\n  ')}`,
    );
  }
  if (problems.length) {
    throw new Error(`the tests left ${problems.length} things behind:\n  ${problems.join('\n  ')}`);
  }
}

// Before the suite: every test's temporary files go under one folder of its own (TMPDIR, which os.tmpdir()
// and the commands the tests start read), and the server's databases and accounts are noted, so that
// global-teardown.mjs can say what the tests left behind.
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverObjects } from './leftovers.mjs';

export default async function globalSetup() {
  const dir = mkdtempSync(join(tmpdir(), 'perf-audit-tests-'));
  // It stands in for /tmp: tests that run the command as another user need to reach it, as they reach /tmp.
  chmodSync(dir, 0o1777);
  process.env.PERF_AUDIT_TEST_TMP = dir;
  process.env.TMPDIR = dir;
  globalThis.perfAuditServerBefore = await serverObjects();
}

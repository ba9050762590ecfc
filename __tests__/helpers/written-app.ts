/**
 * A small app written to a temporary folder from a map of paths to texts, and audited in process, with the
 * test database or without one (static verdicts).
 */

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runAudit, type AuditOptions } from '../../src/audit.js';
import { defaultConfig } from '../../src/config/defaults.js';
import type { AuditReport } from '../../src/report/audit-report.js';

const DB_URL = process.env.PERF_AUDIT_TEST_DB ?? 'mysql://root@127.0.0.1:3306';

export interface WrittenApp {
  dir: string;
  /** The audit of the app, with the test database or statically. */
  audit(database: boolean, opts?: AuditOptions): Promise<AuditReport>;
  remove(): void;
}

export function writeApp(prefix: string, files: Record<string, string>): WrittenApp {
  const dir = mkdtempSync(join(tmpdir(), `perf-audit-${prefix}-`));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return {
    dir,
    audit(database, opts) {
      const config = defaultConfig(dir);
      config.database.url = database ? DB_URL : null;
      config.baseline = null;
      return runAudit(config, opts);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

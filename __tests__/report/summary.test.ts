import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  renderFailureSummary,
  renderSummary,
  SUMMARY_MAX_BYTES,
  writeJobSummary,
} from '../../src/report/summary.js';
import { finding, report } from './sample-report.js';

describe('job summary', () => {
  it('stays within 1 MiB of UTF-8 even when the report is huge and multi-byte', () => {
    const findings = Array.from({ length: 4000 }, (_, i) =>
      finding({
        rule: 'PA101',
        severity: 'critical',
        title: `Índice ausente ${i} 🔴`,
        message: 'ñ'.repeat(400),
        file: `app/M${i}.php`,
        line: 1,
      }),
    );
    const md = renderSummary(report({ findings }));
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(md).toContain('## ❌ perf-audit: blocked');
  });

  it('writes to GITHUB_STEP_SUMMARY, and nowhere without it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'perf-audit-summary-'));
    try {
      const file = join(dir, 'summary.md');
      expect(await writeJobSummary('hello', { GITHUB_STEP_SUMMARY: file })).toBe(file);
      await writeJobSummary('again\n', { GITHUB_STEP_SUMMARY: file });
      expect(await readFile(file, 'utf8')).toBe('hello\nagain\n');
      expect(await writeJobSummary('x', {})).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a failed audit says so, with the error kept inside a code block', () => {
    const md = renderFailureSummary('perf-audit could not run', 'cannot read the app at /x\n```\n@team <b>');
    expect(md).toContain('## ❌ perf-audit could not run');
    expect(md).toMatch(/^````text\ncannot read the app at \/x\n```\n@team <b>\n````$/m);
  });
});

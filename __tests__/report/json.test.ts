import { parseReport, renderJson, ReportFileError } from '../../src/report/json.js';
import { report } from './sample-report.js';

describe('renderJson / parseReport', () => {
  it('round-trips a report (the schema is not carried into comment-only mode)', () => {
    const r = {
      ...report(),
      context: { repository: 'acme/shop', pullRequest: 7, sha: 'abc', event: 'pull_request' },
    };
    const back = parseReport(renderJson(r), 'report.json');
    expect(back).toEqual({ ...r, schema: null });
  });

  it('keeps the DESIGN.md shape: version, summary, findings with fix and status', () => {
    const parsed = JSON.parse(renderJson(report()));
    expect(parsed.version).toBe(1);
    expect(Object.keys(parsed.summary)).toEqual(
      expect.arrayContaining(['critical', 'warning', 'info', 'blocked']),
    );
    expect(Object.keys(parsed.findings[0])).toEqual(
      expect.arrayContaining([
        'rule',
        'severity',
        'title',
        'message',
        'file',
        'line',
        'table',
        'columns',
        'query',
        'evidence',
        'fix',
        'fingerprint',
        'status',
      ]),
    );
  });

  it('rejects what is not a report, naming the file', () => {
    expect(() => parseReport('{', 'artifact/report.json')).toThrow(/artifact\/report.json: not valid JSON/);
    expect(() => parseReport('{"version":2,"summary":{}}', 'r.json')).toThrow(
      'r.json: unsupported report version 2',
    );
    expect(() =>
      parseReport('{"version":1,"summary":{},"findings":[{"severity":"fatal"}]}', 'r.json'),
    ).toThrow(ReportFileError);
  });

  it('coerces hostile field types instead of trusting them', () => {
    const back = parseReport(
      JSON.stringify({
        version: 1,
        summary: { blocked: 'yes', critical: '3' },
        findings: [{ severity: 'critical', columns: 'a', title: { x: 1 }, fix: 'x' }],
        http: 'no',
      }),
    );
    expect(back.summary.blocked).toBe(false);
    expect(back.summary.critical).toBe(0);
    expect(back.findings[0]!.columns).toEqual([]);
    expect(back.findings[0]!.title).toBe('[object Object]');
    expect(back.findings[0]!.fix).toEqual({ sql: null, migration: null, text: null });
    expect(back.http).toEqual([]);
  });
});

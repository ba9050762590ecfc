import { resolve } from 'node:path';
import { loadRuleDocs, toSarif } from '../../src/report/sarif.js';
import { RULES } from '../../src/rules/registry.js';
import type { Rule } from '../../src/rules/rule.js';
import { finding, missingIndex, report } from './sample-report.js';
import { sarifValidator } from './sarif-validator.js';

const validate = sarifValidator();

const rules: Rule[] = [
  {
    id: 'PA101',
    name: 'missing-index',
    title: 'Missing index',
    defaultSeverity: 'critical',
    needs: 'project',
    check: () => [],
  },
  {
    id: 'PA201',
    name: 'cache-store',
    title: 'Cache store is database',
    defaultSeverity: 'warning',
    needs: 'project',
    check: () => [],
  },
];

function sarifRun(log: object) {
  return (
    log as {
      runs: {
        tool: {
          driver: { rules: { id: string; help: { text: string; markdown?: string }; helpUri?: string }[] };
        };
        results: Record<string, unknown>[];
      }[];
    }
  ).runs[0]!;
}

describe('toSarif', () => {
  const r = report({
    findings: [
      missingIndex('discord_practices', 'start_at'),
      {
        ...missingIndex('certificates', 'created_at', { status: 'existing' }),
        locations: [
          { file: 'a.php', line: 3 },
          { file: 'b b.php', line: 9 },
        ],
      },
      {
        ...finding({ rule: 'PA201', file: '.env', line: 4 }),
        silenced: { reason: 'own disk', by: 'inline comment at .env:3' },
      },
      finding({ rule: 'PA301', severity: 'warning', title: 'TTFB above objective' }),
      finding({
        rule: 'PA999',
        severity: 'info',
        title: 'A rule this build does not know',
        file: 'x.php',
        line: 1,
      }),
    ],
  });
  const log = toSarif(r, rules, {
    appDir: 'apps/shop',
    docsBaseUrl: 'https://github.com/acme/perf-audit/blob/v1/',
    docs: { PA101: '# PA101 missing-index\n\nAdd the index: `$table->index(...)`.' },
    fallbackFile: 'apps/shop/.perf-audit.yml',
    category: 'shop',
  });

  it('validates against the SARIF 2.1.0 JSON schema', () => {
    const ok = validate(log);
    expect(validate.errors ?? null).toBeNull();
    expect(ok).toBe(true);
    // The schema is strict enough to catch a wrong level or a missing message.
    const broken = JSON.parse(JSON.stringify(log));
    broken.runs[0].results[0].level = 'critical';
    delete broken.runs[0].results[1].message;
    expect(validate(broken)).toBe(false);
  });

  it('describes every rule with help text from the docs (or a pointer to them)', () => {
    const run = sarifRun(log);
    const pa101 = run.tool.driver.rules.find((x) => x.id === 'PA101')!;
    expect(pa101.help.markdown).toContain('# PA101 missing-index');
    expect(pa101.help.text).toContain('Add the index: $table->index(...).');
    expect(pa101.helpUri).toBe('https://github.com/acme/perf-audit/blob/v1/docs/rules/PA101.md');
    expect(run.tool.driver.rules.find((x) => x.id === 'PA201')!.help.text).toContain('docs/rules/PA201.md');
    expect(run.tool.driver.rules.map((x) => x.id)).toContain('PA999');
  });

  it('gives results repository paths, levels, stable fingerprints, baseline state and suppressions', () => {
    const results = sarifRun(log).results;
    expect(results[0]).toMatchObject({
      ruleId: 'PA101',
      ruleIndex: 0,
      level: 'error',
      baselineState: 'new',
      partialFingerprints: { 'perfAudit/v1': 'pa101-discord_practices-start_at' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: {
              uri: 'apps/shop/app/Http/Controllers/PracticeController.php',
              uriBaseId: '%SRCROOT%',
            },
            region: { startLine: 14 },
          },
        },
      ],
    });
    expect(results[1]).toMatchObject({ baselineState: 'unchanged' });
    expect(JSON.stringify(results[1]!['relatedLocations'])).toContain('apps/shop/b%20b.php');
    expect(results[2]).toMatchObject({
      level: 'warning',
      suppressions: [{ kind: 'inSource', justification: 'own disk' }],
    });
    expect(results[3]).toMatchObject({
      locations: [{ physicalLocation: { artifactLocation: { uri: 'apps/shop/.perf-audit.yml' } } }],
    });
    expect(results[4]).toMatchObject({ level: 'note' });
  });

  it('the fingerprint does not move with the line', () => {
    const moved = toSarif(
      report({ findings: [missingIndex('discord_practices', 'start_at', { line: 80 })] }),
      rules,
    );
    expect(sarifRun(moved).results[0]!['partialFingerprints']).toEqual(
      sarifRun(log).results[0]!['partialFingerprints'],
    );
  });

  it('the registry and the shipped docs validate too', async () => {
    const docs = await loadRuleDocs(resolve('docs/rules'));
    const full = toSarif(report(), RULES, { docs });
    expect(validate(full)).toBe(true);
    for (const id of Object.keys(docs)) {
      const rule = sarifRun(full).tool.driver.rules.find((x) => x.id === id);
      if (rule) expect(rule.help.markdown).toBe(docs[id]);
    }
  });
});

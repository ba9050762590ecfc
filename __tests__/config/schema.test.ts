/**
 * schema/perf-audit.schema.json is what the run validates with and what editors complete from: the
 * documented examples pass it, its defaults and ranges are the ones the code applies, and its failures
 * read as file:line messages.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { defaultConfig } from '../../src/config/defaults.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { RANGES, DEFAULT_COMMAND_TIMEOUT_MS, DEFAULT_DATABASE_DEADLINE_MS } from '../../src/config/ranges.js';
import { DEFAULT_HTTP_DEADLINE_MS, DEFAULT_QUERY_TIMEOUT_MS } from '../../src/config/ranges.js';

const root = join(import.meta.dirname, '..', '..');
const schemaFile = join(root, 'schema', 'perf-audit.schema.json');
const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));

/** The schema's node at a path of property names. */
function at(...path: string[]): { default?: unknown; minimum?: number; maximum?: number; enum?: unknown[] } {
  return path.reduce((node, key) => node.properties[key], schema);
}

/** The ```yaml blocks of a markdown file. */
function yamlBlocks(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
}

function validator() {
  // A plain validator, as an editor would use the file: no code of perf-audit involved.
  const ajv = new Ajv({ strict: false, allErrors: true });
  return ajv.compile(schema);
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pa-schema-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the JSON Schema of .perf-audit.yml', () => {
  it("validates the README's example config, and the run reads it", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Configuration: `.perf-audit.yml`'));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)![1];
    const validate = validator();
    expect(validate(parse(example))).toBe(true);
    expect(validate.errors).toBeNull();
    writeFileSync(join(dir, '.perf-audit.yml'), example);
    expect(resolveConfig({ app: dir }, {}).database.tables).toEqual({ discord_practices: 50000 });
  });

  it('validates every config example of docs/configuration.md', () => {
    const blocks = yamlBlocks('docs/configuration.md').filter((b) => !b.includes('uses: '));
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    const validate = validator();
    for (const block of blocks)
      expect([block, validate(parse(block)), validate.errors]).toEqual([block, true, null]);
  });

  it('refuses what the run refuses', () => {
    const validate = validator();
    expect(validate(parse('http: { sampels: 5 }'))).toBe(false);
    expect(validate(parse('ignore: [ { rule: PA101 } ]'))).toBe(false);
    expect(validate(parse('rules: { X1: off }'))).toBe(false);
    expect(validate(parse('database: { assume-rows: 0 }'))).toBe(false);
  });

  it('is what the run validates with: the generated validator is up to date', () => {
    const check = spawnSync(process.execPath, [join(root, 'scripts', 'schema-validator.mjs'), '--check'], {
      encoding: 'utf8',
    });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('gives the defaults the code applies', () => {
    const d = defaultConfig(dir);
    expect(at('fail-on').default).toBe(d.failOn);
    expect(at('target-concurrency').default).toBe(d.targetConcurrency);
    expect(at('database', 'schema').default).toBe(d.database.schema);
    expect(at('database', 'assume-rows').default).toBe(d.database.assumeRows);
    expect(at('database', 'command-timeout-ms').default).toBe(DEFAULT_COMMAND_TIMEOUT_MS);
    expect(at('database', 'query-timeout-ms').default).toBe(DEFAULT_QUERY_TIMEOUT_MS);
    expect(at('database', 'deadline-ms').default).toBe(DEFAULT_DATABASE_DEADLINE_MS);
    expect(at('http', 'samples').default).toBe(d.http.samples);
    expect(at('http', 'warmup').default).toBe(d.http.warmup);
    expect(at('http', 'timeout-ms').default).toBe(d.http.timeoutMs);
    expect(at('http', 'readiness-timeout-ms').default).toBe(d.http.readiness.timeoutMs);
    expect(at('http', 'follow-redirects').default).toBe(d.http.followRedirects);
    expect(at('http', 'deadline-ms').default).toBe(DEFAULT_HTTP_DEADLINE_MS);
    expect(at('http', 'ttfb', 'objective-ms').default).toBe(d.http.ttfb.objectiveMs);
    expect(at('http', 'ttfb', 'fail-ms').default).toBe(d.http.ttfb.failMs);
    // A `load: {}` gets the schema's defaults.
    writeFileSync(join(dir, '.perf-audit.yml'), 'http: { load: {} }\n');
    expect(resolveConfig({ app: dir }, {}).http.load).toEqual({
      users: at('http', 'load', 'users').default,
      seconds: at('http', 'load', 'seconds').default,
      p95Ms: at('http', 'load', 'p95-ms').default,
      maxErrorRate: at('http', 'load', 'max-error-rate').default,
    });
  });

  it('bounds numbers by the ranges the code uses', () => {
    const range = (...path: string[]) => ({ min: at(...path).minimum, max: at(...path).maximum });
    expect(range('http', 'samples')).toEqual(RANGES.samples);
    expect(range('http', 'warmup')).toEqual(RANGES.warmup);
    expect(range('http', 'timeout-ms')).toEqual(RANGES.timeoutMs);
    expect(range('http', 'readiness-timeout-ms')).toEqual(RANGES.waitMs);
    expect(range('http', 'load', 'seconds')).toEqual(RANGES.loadSeconds);
    expect(range('database', 'assume-rows')).toEqual(RANGES.rows);
    expect(range('target-concurrency')).toEqual(RANGES.concurrency);
    expect(range('servers')).toEqual(RANGES.servers);
    const users = schema.properties.http.properties.load.properties.users;
    expect({ min: users.minItems, max: users.maxItems }).toEqual(RANGES.loadSteps);
    expect({ min: users.items.minimum, max: users.items.maximum }).toEqual(RANGES.loadUsers);
  });

  it('keeps file:line messages for what the schema refuses', () => {
    const message = (yaml: string) => {
      writeFileSync(join(dir, '.perf-audit.yml'), yaml);
      try {
        resolveConfig({ app: dir }, {});
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error('expected a ConfigError');
    };
    expect(
      message('# yaml-language-server: $schema=schema/perf-audit.schema.json\nqueries:\n  - sql: SELECT 1\n'),
    ).toMatch(/\.perf-audit\.yml:3: queries\.0: every query needs a name$/);
    expect(message('rules:\n  PA101: sometimes\n')).toMatch(
      /:2: rules\.PA101: expected off, critical, warning, info/,
    );
    expect(message('rules:\n  PA101: { severity: loud }\n')).toMatch(
      /:2: rules\.PA101\.severity: expected one of critical, warning, info, off/,
    );
    expect(message('php-ini:\n  - a.ini\n  - ""\n')).toMatch(/:3: php-ini\.1: expected a non-empty string/);
    expect(message('http:\n  load:\n    users: []\n')).toMatch(
      /:3: http\.load\.users: expected a list of 1 to 10/,
    );
  });
});

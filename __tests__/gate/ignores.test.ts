import { join, resolve } from 'node:path';
import { defaultConfig } from '../../src/config/defaults.js';
import type { Config } from '../../src/config/model.js';
import { applyIgnores, parseDirective, phpDirectives } from '../../src/gate/ignores.js';
import { summarize } from '../../src/gate/policy.js';
import { readAppFiles, type AppFiles } from '../../src/project/files.js';
import type { ProjectModel, QueryShape } from '../../src/project/model.js';
import { finding } from '../report/sample-report.js';

const APP = resolve('__tests__/fixtures/gate/ignore-app');
const MIGRATION = 'database/migrations/2024_01_01_000000_create_lessons_table.php';
const CONTROLLER = 'app/Http/Controllers/LessonController.php';

function project(queries: QueryShape[] = []): ProjectModel {
  return {
    root: APP,
    laravelVersion: null,
    migrationFiles: [MIGRATION],
    schema: { source: 'migrations', tables: [] },
    models: [],
    queries,
    settings: {},
    problems: [],
    phpFiles: 3,
  };
}

function config(ignore: Config['ignore'] = []): Config {
  return { ...defaultConfig(APP), configFile: join(APP, '.perf-audit.yml'), ignore };
}

let files: AppFiles;
beforeAll(async () => {
  files = await readAppFiles(APP);
});

describe('parseDirective', () => {
  it('reads the rules and the reason from line and block comments', () => {
    expect(parseDirective('// perf-audit-ignore PA101 legacy, rewritten in Q3\n')).toEqual({
      rules: ['PA101'],
      reason: 'legacy, rewritten in Q3',
    });
    expect(parseDirective('/* perf-audit-ignore pa101, PA105: two\n * lines */')).toEqual({
      rules: ['PA101', 'PA105'],
      reason: 'two lines',
    });
    expect(parseDirective('# perf-audit-ignore PA201')).toEqual({
      rules: ['PA201'],
      reason: 'no reason given',
    });
    expect(parseDirective('// an ordinary comment about perf-audit')).toBeNull();
  });

  it('finds directives through php-parser comment nodes, with the line they apply to', () => {
    const migration = files.php.find((f) => f.path === MIGRATION)!;
    const [directive] = phpDirectives(MIGRATION, migration.text);
    expect(directive!.rules).toEqual(['PA105']);
    expect(directive!.lines).toContain(14);
    expect(directive!.at).toEqual({ file: MIGRATION, line: 13 });
  });

  it('a file that does not parse has no directives (PA901 reports it elsewhere)', () => {
    expect(phpDirectives('broken.php', '<?php\n// perf-audit-ignore PA101 x\nfunction (')).toEqual([]);
  });
});

describe('applyIgnores', () => {
  it('silences by config entry: rule + path glob, with the entry as "by"', () => {
    const legacy = finding({
      rule: 'PA101',
      severity: 'critical',
      file: 'app/Legacy/Report.php',
      line: 11,
      table: 'orders',
      columns: ['status'],
    });
    const other = finding({
      rule: 'PA101',
      severity: 'critical',
      file: CONTROLLER,
      line: 15,
      table: 'lessons',
      columns: ['course_id'],
    });
    const out = applyIgnores([legacy, other], {
      config: config([{ rule: 'PA101', path: 'app/Legacy/**', reason: 'legacy, rewritten in Q3' }]),
      project: project(),
      files,
    });
    expect(out[0]!.silenced).toEqual({ reason: 'legacy, rewritten in Q3', by: '.perf-audit.yml ignore[0]' });
    expect(out[1]!.silenced).toBeUndefined();
  });

  it('silences by table and columns (case-insensitive, order-insensitive), and only the rule named', () => {
    const a = finding({ rule: 'PA101', table: 'Orders', columns: ['created_at', 'status'] });
    const b = finding({ rule: 'PA101', table: 'orders', columns: ['status'] });
    const c = finding({ rule: 'PA102', table: 'orders', columns: ['status', 'created_at'] });
    const out = applyIgnores([a, b, c], {
      config: config([
        { rule: 'pa101', table: 'orders', columns: ['STATUS', 'created_at'], reason: 'reporting replica' },
      ]),
      project: project(),
      files,
    });
    expect(out.map((f) => f.silenced?.reason ?? null)).toEqual(['reporting replica', null, null]);
  });

  it('silences inline: a // comment above a migration line, for the rule it names only', () => {
    const fk = finding({
      rule: 'PA105',
      file: MIGRATION,
      line: 14,
      table: 'lessons',
      columns: ['chapter_id'],
    });
    const other = finding({ rule: 'PA106', file: MIGRATION, line: 14 });
    const below = finding({
      rule: 'PA105',
      file: MIGRATION,
      line: 15,
      table: 'lessons',
      columns: ['course_id'],
    });
    const out = applyIgnores([fk, other, below], { config: config(), project: project(), files });
    expect(out[0]!.silenced).toEqual({
      reason: 'chapters are few and lessons are read through the chapter page cache',
      by: `inline comment at ${MIGRATION}:13`,
    });
    expect(out[1]!.silenced).toBeUndefined();
    expect(out[2]!.silenced).toBeUndefined();
  });

  it('silences inline: a block comment above a query; a finding that also needs another query stays active', () => {
    const recent = finding({
      rule: 'PA101',
      severity: 'critical',
      file: CONTROLLER,
      line: 13,
      table: 'lessons',
      columns: ['updated_at'],
    });
    const shared = finding({
      rule: 'PA101',
      severity: 'critical',
      file: CONTROLLER,
      line: 13,
      locations: [
        { file: CONTROLLER, line: 13 },
        { file: CONTROLLER, line: 15 },
      ],
      table: 'lessons',
      columns: ['course_id'],
    });
    const out = applyIgnores([recent, shared], { config: config(), project: project(), files });
    expect(out[0]!.silenced?.reason).toBe('the admin list runs once a day and the table stays small');
    expect(out[1]!.silenced).toBeUndefined();
  });

  it('uses the directives the query-shape reader attached to a shape', () => {
    const shape: QueryShape = {
      id: 'orders:status',
      table: 'orders',
      where: [{ column: 'status', op: '=' }],
      joins: [],
      orderBy: [],
      groupBy: [],
      location: { file: 'app/Legacy/Report.php', line: 11 },
      origin: 'builder',
      code: "DB::table('orders')->where('status', 'paid')",
      inlineIgnores: [{ rule: 'PA101', reason: 'paid orders are archived nightly' }],
    };
    const f = finding({
      rule: 'PA101',
      file: 'app/Legacy/Report.php',
      line: 11,
      table: 'orders',
      columns: ['status'],
    });
    const [out] = applyIgnores([f], { config: config(), project: project([shape]), files });
    expect(out!.silenced?.reason).toBe('paid orders are archived nightly');
  });

  it('silences a setting from a # comment in an env file', () => {
    const cache = finding({ rule: 'PA201', file: '.env.example', line: 3 });
    const session = finding({ rule: 'PA202', file: '.env.example', line: 4 });
    const out = applyIgnores([cache, session], { config: config(), project: project(), files });
    expect(out[0]!.silenced).toEqual({
      reason: 'the cache table lives on its own fast disk',
      by: 'inline comment at .env.example:2',
    });
    expect(out[1]!.silenced).toBeUndefined();
  });

  it('silenced findings stay in the report and never block', () => {
    const f = finding({ rule: 'PA101', severity: 'critical', file: CONTROLLER, line: 13 });
    const out = applyIgnores([f], { config: config(), project: project(), files });
    expect(out).toHaveLength(1);
    const summary = summarize(out, 'critical', 'static');
    expect(summary).toMatchObject({ critical: 0, silenced: 1, blocked: false });
  });
});

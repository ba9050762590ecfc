/** Builds a RuleContext for an app folder the way the audit does: read files, parse PHP, resolve settings. */

import { resolve } from 'node:path';
import { defaultConfig } from '../../src/config/defaults.js';
import type { Config } from '../../src/config/model.js';
import type { Finding } from '../../src/findings.js';
import { readAppFiles, type AppFiles } from '../../src/project/files.js';
import { parsePhp, type ParsedPhp } from '../../src/project/php/parse.js';
import { detectLaravelVersion, resolveSettings } from '../../src/project/laravel/settings/index.js';
import type { Problem, ProjectModel } from '../../src/project/model.js';
import { finalize } from '../../src/rules/finalize.js';
import { settingsRules } from '../../src/rules/groups/settings.js';
import { pa901 } from '../../src/rules/pa901-not-understood.js';
import type { RuleContext } from '../../src/rules/rule.js';

export const FIXTURES = resolve(process.cwd(), '__tests__/fixtures/settings');

export interface SettingsAudit {
  ctx: RuleContext;
  findings: Finding[];
  /** Rule ids of the findings, sorted, one per finding. */
  rules: string[];
  byRule(id: string): Finding[];
}

export async function auditSettings(app: string, overrides: Partial<Config> = {}): Promise<SettingsAudit> {
  const root = app.startsWith('/') ? app : resolve(FIXTURES, app);
  const config: Config = { ...defaultConfig(root), ...overrides };
  const files = await readAppFiles(root);
  const parsed: ParsedPhp[] = [];
  const problems: Problem[] = [];
  for (const file of files.php) {
    const r = parsePhp(file.path, file.text);
    if (r.parsed) parsed.push(r.parsed);
    if (r.problem) problems.push(r.problem);
  }
  const laravelVersion = detectLaravelVersion(files);
  const resolved = resolveSettings({
    files,
    parsed,
    envFile: config.envFile,
    phpIni: config.phpIni,
    fpmPool: config.fpmPool,
    laravelVersion,
  });
  problems.push(...resolved.problems);
  const project: ProjectModel = {
    root,
    laravelVersion,
    migrationFiles: [],
    schema: { source: 'static', tables: [] },
    models: [],
    queries: [],
    settings: resolved.settings,
    problems,
    phpFiles: files.php.length,
  };
  const ctx: RuleContext = { config, project, schema: project.schema, database: null, http: null };
  const findings = [...settingsRules, pa901].flatMap((rule) =>
    rule.check(ctx).map((draft) => finalize(rule, draft, config)),
  );
  return {
    ctx,
    findings,
    rules: findings.map((f) => f.rule).sort(),
    byRule: (id) => findings.filter((f) => f.rule === id),
  };
}

/** An in-memory app: PHP files parsed with the real parser, everything else kept as text, settings resolved. */
export function resolveApp(
  filesByPath: Record<string, string>,
  opts: { envFile?: string; version?: number | null } = {},
) {
  const files: AppFiles = { root: '/app', php: [], other: [] };
  for (const [path, text] of Object.entries(filesByPath))
    (path.endsWith('.php') ? files.php : files.other).push({ path, text });
  const parsed = files.php
    .map((f) => parsePhp(f.path, f.text).parsed)
    .filter((p): p is ParsedPhp => p !== null);
  return resolveSettings({
    files,
    parsed,
    envFile: opts.envFile ?? null,
    phpIni: [],
    fpmPool: [],
    laravelVersion: opts.version === undefined ? detectLaravelVersion(files) : opts.version,
  });
}

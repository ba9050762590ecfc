/** Reads the action's inputs (INPUT_* variables) into Overrides, then the Config. */

import * as core from '@actions/core';
import type { Config } from './model.js';
import { RANGES } from './ranges.js';
import { parseFailOn, parsePositiveInt, resolveConfig } from './resolve.js';
import type { Overrides } from './resolve.js';

export interface ActionOptions {
  comment: boolean;
  commentKey: string;
  githubToken: string;
  mode: 'audit' | 'comment-only';
  reportPath: string | null;
  envFile: string | null;
}

function optional(name: string): string | undefined {
  const v = core.getInput(name);
  return v === '' ? undefined : v;
}

export function readActionOverrides(): Overrides {
  const o: Overrides = {};
  o.app = optional('app') ?? '.';
  o.config = optional('config');
  const db = optional('database-url');
  if (db !== undefined) {
    core.setSecret(db);
    o.db = db;
  }
  const dbOptional = optional('database-optional');
  if (dbOptional !== undefined) o.databaseOptional = core.getBooleanInput('database-optional');
  const urls = core
    .getMultilineInput('urls')
    .flatMap((l) => l.split(/[\s,]+/))
    .filter(Boolean);
  if (urls.length) o.urls = urls;
  const baseUrl = optional('base-url');
  if (baseUrl) o.baseUrl = baseUrl;
  const samples = optional('samples');
  if (samples) o.samples = parsePositiveInt('samples', samples, RANGES.samples);
  const rows = optional('assume-rows');
  if (rows) o.assumeRows = parsePositiveInt('assume-rows', rows, RANGES.rows);
  const statsFile = optional('stats-file');
  if (statsFile !== undefined) o.statsFile = statsFile === 'none' ? null : statsFile;
  const failOn = optional('fail-on');
  if (failOn) o.failOn = parseFailOn('fail-on', failOn);
  const baseline = optional('baseline');
  if (baseline !== undefined) o.baseline = baseline === 'none' ? null : baseline;
  const envFile = optional('env-file');
  if (envFile) o.envFile = envFile;
  const cacheDir = optional('cache-dir');
  if (cacheDir !== undefined) o.cacheDir = cacheDir === 'none' ? null : cacheDir;
  return o;
}

export function readActionConfig(): Config {
  return resolveConfig(readActionOverrides());
}

export function readActionOptions(): ActionOptions {
  const mode = optional('mode') ?? 'audit';
  if (mode !== 'audit' && mode !== 'comment-only')
    throw new Error(`mode must be audit or comment-only (got "${mode}")`);
  return {
    comment: (optional('comment') ?? 'true') !== 'false',
    commentKey: optional('comment-key') ?? 'default',
    githubToken: optional('github-token') ?? process.env.GITHUB_TOKEN ?? '',
    mode,
    reportPath: optional('report-path') ?? null,
    envFile: optional('env-file') ?? null,
  };
}

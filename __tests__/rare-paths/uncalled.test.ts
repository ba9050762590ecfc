/**
 * Methods nothing calls, read from a fixture app with the real PHP parser: a repository method only a test
 * calls (or only itself) is bounded to info; beside it, the ways live code is reached that must keep a
 * query's severity: an interface, a callable array, a Blade template, a property read, a string, a
 * controller action, a dynamic call, a name built by concatenation, a model's methods.
 */

import { join } from 'node:path';
import type { PhpNode } from '../../src/project/php/ast.js';
import { indexOfFiles } from '../../src/project/php/class-index.js';
import { summarizeFile } from '../../src/project/php/summary.js';
import { extractModels } from '../../src/project/laravel/models.js';
import { extractQueries } from '../../src/project/laravel/queries/index.js';
import { rarePaths, scheduleOf } from '../../src/project/laravel/rare-paths/index.js';
import { uncalledMethods } from '../../src/project/laravel/rare-paths/uncalled.js';
import { lexedNames } from '../../src/project/php/called-names.js';
import type { FileSummary } from '../../src/project/php/summary.js';
import type { ProjectModel } from '../../src/project/model.js';
import { rarePathOf } from '../../src/rules/calibrate/rare-path-severity.js';
import { FIXTURES, parseDir } from '../queries/helpers.js';

const files = parseDir(join(FIXTURES, 'rare-paths/uncalled'));
const index = indexOfFiles(files);
const models = extractModels(files);
const summaries = files.map((f) => summarizeFile(f.path, f.ast as unknown as PhpNode));
const registrations = files.filter((f) => /^(app\/Providers|routes|bootstrap)\//.test(f.path));
const project = {
  rarePaths: rarePaths({ index, summaries, registrations, tasks: scheduleOf(registrations), models }),
} as ProjectModel;
const { queries } = extractQueries(files, models, index);

function bound(column: string): { cap: string; reason: string } {
  const shape = queries.find((q) => q.where.some((p) => p.column === column));
  if (!shape) throw new Error(`no query on ${column}`);
  const p = rarePathOf(project, shape);
  return p ? { cap: p.cap, reason: p.reason } : { cap: 'none', reason: '' };
}

describe('methods nothing calls', () => {
  it('a repository method only a test calls is info, and the reason names the method', () => {
    expect(bound('user_id')).toEqual({
      cap: 'info',
      reason: 'no code outside tests calls SessionRepository::getUserSessions()',
    });
  });

  it('a method only its own body calls is info', () => {
    expect(bound('last_activity')).toEqual({
      cap: 'info',
      reason: 'no code outside tests calls SessionRepository::pruneBatch()',
    });
  });

  it('a method called through an interface, a callable array, a Blade template or a property read is live', () => {
    expect(bound('device_id').cap).toBe('none');
    expect(bound('expires_at').cap).toBe('none');
    expect(bound('ip_address').cap).toBe('none');
    expect(bound('session_token').cap).toBe('none');
    // `with('sessions.owner')`: a relation named in a string.
    expect(bound('owner_key').cap).toBe('none');
  });

  it('a controller action no code calls is live: routes call it', () => {
    expect(bound('csrf_token').cap).toBe('none');
  });

  it("a model's methods are live: the framework's code, not read, may call them; so are its scopes", () => {
    expect(bound('stale_since').cap).toBe('none');
    expect(project.rarePaths!.filter((p) => p.file === 'app/Models/Session.php')).toEqual([]);
  });

  it('a dynamic call keeps what it may reach: its receiver class, `$this`, a name built by concatenation', () => {
    // `$this->tokens->{$request->input('op')}()`: the property's type.
    expect(bound('revoked_at').cap).toBe('none');
    // `$this->{$kind}()`: every method of the class, private ones too.
    expect(bound('browser').cap).toBe('none');
    // `$transformer->{'include' . ucfirst($name)}()` on an untyped receiver: methods named include….
    expect(bound('location_code').cap).toBe('none');
  });
});

describe('what the summaries record', () => {
  const calls = (path: string) => summaries.find((s) => s.file === path)!.calls!;

  it('call names, property reads and string words, normalized, with their lines', () => {
    const c = calls('app/Http/Controllers/SessionController.php');
    const at = (name: string) => c.lines[c.names.indexOf(name)];
    expect(at('recentfordevice')).toEqual([24]);
    expect(at('current')).toEqual([22]);
    expect(at('owner')).toEqual([24]);
    expect(c.dynamic).toEqual([]);
  });

  it('dynamic calls with what tells their receiver, and concatenation ends only where a call is dynamic', () => {
    expect(calls('app/Http/Controllers/TokenController.php').dynamic).toEqual([
      { line: 16, receiver: null, property: 'tokens', from: 'App\\Http\\Controllers\\TokenController' },
    ]);
    expect(calls('app/Services/SessionReport.php').dynamic).toEqual([
      { line: 11, receiver: 'App\\Services\\SessionReport', from: 'App\\Services\\SessionReport' },
    ]);
    expect(calls('app/Support/Includer.php').patterns).toEqual([['include', '']]);
  });

  it('a call whose receiver cannot be told keeps every class its file names', () => {
    const only = summaries.filter((s) => s.file !== 'app/Support/Includer.php');
    // Without the concatenation's file, nothing keeps includeLocation().
    expect(uncalledMethods(index, only).map((p) => p.reason)).toContain(
      'no code outside tests calls SessionTransformer::includeLocation()',
    );
  });
});

describe('what cannot be read', () => {
  const reasons = (extra: FileSummary[]) =>
    uncalledMethods(index, [...summaries, ...extra]).map((p) => p.reason);
  const broken = (code: string): FileSummary => ({
    file: 'app/Services/Broken.php',
    classes: [],
    functions: [],
    calls: lexedNames(code),
  });

  it('a file that does not parse still names the methods it calls, through the lexer', () => {
    const code = '<?php class Broken { function run($r) { return $r->getUserSessions(1) +; } }';
    expect(reasons([])).toContain('no code outside tests calls SessionRepository::getUserSessions()');
    expect(reasons([broken(code)])).not.toContain(
      'no code outside tests calls SessionRepository::getUserSessions()',
    );
    // And not one it does not name.
    expect(reasons([broken(code)])).toContain('no code outside tests calls SessionRepository::pruneBatch()');
  });

  it("a package's class copied into the app (its namespace also holds classes the app does not declare) is kept", () => {
    // overrides/acme/reports/src/Exporter.php: Acme\Reports\Exporter; SessionSweeper names Acme\Reports\Formatter.
    expect(bound('exported_at').cap).toBe('none');
    const without = summaries.filter((s) => s.file !== 'app/Services/SessionSweeper.php');
    expect(uncalledMethods(index, without).map((p) => p.reason)).toContain(
      'no code outside tests calls Exporter::exportPending()',
    );
  });
});

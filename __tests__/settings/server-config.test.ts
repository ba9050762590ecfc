import { iniBool, iniMegabytes, parseIni } from '../../src/project/laravel/settings/ini.js';
import { resolveServerSettings } from '../../src/project/laravel/settings/server-config.js';
import { defaultConfig } from '../../src/config/defaults.js';
import type { ProjectModel } from '../../src/project/model.js';
import { pa204 } from '../../src/rules/pa204-opcache.js';
import { pa205, workersFor } from '../../src/rules/pa205-fpm-workers.js';
import type { RuleContext } from '../../src/rules/rule.js';

const server = (files: Record<string, string>, phpIni: string[] = [], fpmPool: string[] = []) =>
  resolveServerSettings({
    root: '/srv/app',
    other: Object.entries(files).map(([path, text]) => ({ path, text })),
    phpIni,
    fpmPool,
  });

function ctxWith(settings: ProjectModel['settings'], config = defaultConfig('/srv/app')): RuleContext {
  const project: ProjectModel = {
    root: '/srv/app',
    laravelVersion: 10,
    migrationFiles: [],
    schema: { source: 'static', tables: [] },
    models: [],
    queries: [],
    settings,
    problems: [],
    phpFiles: 0,
  };
  return { config, project, schema: project.schema, database: null, http: null };
}

describe('INI reading', () => {
  it('reads sections, quotes, comments and PHP booleans and sizes', () => {
    const entries = parseIni(
      '; c\n[www]\npm = dynamic ; inline\nphp_admin_value[memory_limit] = "256M"\n#x\nflag=Off\n',
    );
    expect(entries).toEqual([
      { section: 'www', key: 'pm', value: 'dynamic', line: 3 },
      { section: 'www', key: 'php_admin_value[memory_limit]', value: '256M', line: 4 },
      { section: 'www', key: 'flag', value: 'Off', line: 6 },
    ]);
    expect([iniBool('On'), iniBool('off'), iniBool('0'), iniBool('yes'), iniBool('maybe')]).toEqual([
      true,
      false,
      false,
      true,
      null,
    ]);
    expect([iniMegabytes('256M'), iniMegabytes('1G'), iniMegabytes('128')]).toEqual([256, 1024, 128]);
  });
});

describe('PHP ini and pool discovery', () => {
  it('finds files at any depth under docker/, deploy/, .docker/, ops/ and skips dev/local/test ones', () => {
    const { settings } = server({
      'infra/ops/php/prod.ini': 'opcache.memory_consumption=192\n',
      '.docker/local/php.ini': 'opcache.memory_consumption=16\n',
      'docker/test/www.conf': '[www]\npm.max_children = 2\n',
      'config/php.ini': 'opcache.memory_consumption=8\n',
      'ops/fpm/www.conf': '[global]\npid = /run/fpm.pid\n[www]\npm = static\npm.max_children = 12\n',
    });
    expect(settings['php.opcache.memory_consumption']).toMatchObject({
      value: '192',
      location: { file: 'infra/ops/php/prod.ini', line: 1 },
    });
    expect(settings['fpm.pm']).toMatchObject({
      value: 'static',
      location: { file: 'ops/fpm/www.conf', line: 4 },
    });
    expect(settings['fpm.pm.max_children'].value).toBe('12');
    expect(settings['fpm.pool'].value).toBe('www');
  });

  it("fills in PHP's OPcache defaults when a file configures OPcache without them", () => {
    const { settings } = server({ 'docker/php/opcache.ini': '[opcache]\nopcache.enable=1\n' });
    expect(settings['php.opcache.validate_timestamps']).toMatchObject({
      value: '1',
      source: 'PHP default (opcache.validate_timestamps not set in docker/php/opcache.ini)',
      location: { file: 'docker/php/opcache.ini', line: 2 },
    });
    expect(settings['php.opcache.max_accelerated_files'].value).toBe('10000');
  });

  it('a later conf.d file wins, and php_admin_value in the pool wins over the ini files', () => {
    const { settings } = server({
      'docker/php/conf.d/10-opcache.ini': 'opcache.validate_timestamps=1\n',
      'docker/php/conf.d/20-prod.ini': 'opcache.validate_timestamps=0\n',
      'docker/fpm/www.conf':
        '[www]\npm.max_children = 30\nphp_admin_value[opcache.memory_consumption] = 512\n',
    });
    expect(settings['php.opcache.validate_timestamps']).toMatchObject({
      value: '0',
      location: { file: 'docker/php/conf.d/20-prod.ini' },
    });
    expect(settings['php.opcache.memory_consumption']).toMatchObject({
      value: '512',
      location: { file: 'docker/fpm/www.conf', line: 3 },
    });
  });

  it('takes files named in the config (even outside the usual folders) and reports the ones that are missing', () => {
    const { settings, problems } = server(
      {
        'server/php.ini': 'opcache.validate_timestamps=0\n',
        'server/pool.conf': '[app]\npm.max_children = 64\n',
      },
      ['./server/php.ini', '/srv/app/server/missing.ini'],
      ['server/pool.conf'],
    );
    expect(settings['php.opcache.validate_timestamps'].value).toBe('0');
    expect(settings['fpm.pm.max_children'].value).toBe('64');
    expect(problems).toEqual([
      expect.objectContaining({ location: { file: 'server/missing.ini', line: 1 } }),
    ]);
  });
});

describe('PA204 and PA205 from settings', () => {
  it('PA204: OPcache disabled is one finding, and the other checks are skipped', () => {
    const { settings } = server({
      'docker/php/opcache.ini': 'opcache.enable=0\nopcache.validate_timestamps=1\n',
    });
    const drafts = pa204.check(ctxWith(settings));
    expect(drafts.map((d) => d.title)).toEqual(['OPcache is disabled']);
  });

  it('PA204: no OPcache configuration in the repository, no finding', () => {
    const { settings } = server({ 'docker/fpm/www.conf': '[www]\npm.max_children = 50\n' });
    expect(pa204.check(ctxWith(settings))).toEqual([]);
  });

  it('PA204: thresholds are options (min-memory-mb, min-files)', () => {
    const { settings } = server({
      'docker/php/opcache.ini': 'opcache.validate_timestamps=0\nopcache.memory_consumption=192\n',
    });
    expect(pa204.check(ctxWith(settings))).toEqual([]);
    const config = defaultConfig('/srv/app');
    config.rules.PA204 = { options: { 'min-memory-mb': 256 } };
    expect(pa204.check(ctxWith(settings, config)).map((d) => d.title)).toEqual([
      'OPcache memory is too small',
    ]);
  });

  it('PA205: the arithmetic scales with the target (seed: 100 users → 40 workers, 8/4/12 spares)', () => {
    expect(workersFor(100, 2.5)).toEqual({ maxChildren: 40, startServers: 8, minSpare: 4, maxSpare: 12 });
    expect(workersFor(50, 2.5).maxChildren).toBe(20);
    expect(workersFor(7, 2.5).maxChildren).toBe(3);
  });

  it('PA205: pm = static or ondemand gets only max_children in the fix', () => {
    const { settings } = server({ 'docker/fpm/www.conf': '[www]\npm = ondemand\npm.max_children = 10\n' });
    const [draft] = pa205.check(ctxWith(settings));
    expect(draft.fix?.text).toBe('In docker/fpm/www.conf:\npm.max_children = 40');
    expect(draft.location).toEqual({ file: 'docker/fpm/www.conf', line: 3 });
  });
});

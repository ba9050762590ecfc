import { auditSettings } from './helpers.js';

describe('settings rules on the Laravel 8 seed-like app (every rule triggers)', () => {
  let audit: Awaited<ReturnType<typeof auditSettings>>;
  beforeAll(async () => {
    audit = await auditSettings('l8-seed-like');
  });

  it('reports exactly the seed audit settings problems', () => {
    expect(audit.rules).toEqual(['PA201', 'PA202', 'PA204', 'PA204', 'PA204', 'PA205', 'PA206', 'PA207']);
  });

  it('PA201: only the template .env.example sets the cache store: an info that says so, never a fix in the template', () => {
    const [f] = audit.byRule('PA201');
    expect(f).toMatchObject({ severity: 'info', file: '.env.example', line: 10 });
    expect(f.message).toContain(
      'as the template .env.example:10 (CACHE_DRIVER=database) ships it (a template, not production',
    );
    expect(f.fix.text).toBe(
      "In production (.env.production or the server's environment):\nCACHE_DRIVER=redis\nREDIS_CACHE_CONNECTION=cache",
    );
    expect(f.fix.text).not.toContain('.env.example');
  });

  it('PA202: sessions on database in the template only: info, the fix goes to production', () => {
    const [f] = audit.byRule('PA202');
    expect(f).toMatchObject({ severity: 'info', file: '.env.example', line: 12 });
    expect(f.fix.text).toBe(
      "In production (.env.production or the server's environment):\nSESSION_DRIVER=redis",
    );
  });

  it('PA204: validate_timestamps on, memory and files too small, each at its line', () => {
    const byLine = Object.fromEntries(audit.byRule('PA204').map((f) => [f.line, f]));
    expect(Object.keys(byLine).map(Number).sort()).toEqual([3, 4, 6]);
    expect(byLine[6].fix.text).toContain('opcache.validate_timestamps=0');
    expect(byLine[3].fix.text).toContain('opcache.memory_consumption=256');
    expect(byLine[4].fix.text).toContain('opcache.max_accelerated_files=20000');
    expect(new Set(audit.byRule('PA204').map((f) => f.file))).toEqual(new Set(['docker/php/opcache.ini']));
  });

  it("PA205: 20 workers for 100 users: the seed's arithmetic gives 40 and its spare servers", () => {
    const [f] = audit.byRule('PA205');
    expect(f).toMatchObject({ file: 'docker/php-fpm/www.conf', line: 7 });
    expect(f.evidence).toMatchObject({
      value: 20,
      requiredWorkers: 40,
      usersPerWorker: 2.5,
      requiredMemoryMb: 2560,
    });
    expect(f.fix.text).toBe(
      'In docker/php-fpm/www.conf:\npm.max_children = 40\npm.start_servers = 8\npm.min_spare_servers = 4\npm.max_spare_servers = 12',
    );
  });

  it('PA206: Telescope enabled, kernel schedules other commands but not telescope:prune', () => {
    const [f] = audit.byRule('PA206');
    expect(f).toMatchObject({ severity: 'warning', file: 'config/telescope.php', line: 7 });
    expect(f.fix.text).toContain("$schedule->command('telescope:prune --hours=48')->daily();");
  });

  it('PA207: APP_DEBUG=true in .env.production (and not for .env.example, which says local)', () => {
    const found = audit.byRule('PA207');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: '.env.production', line: 2 });
    expect(found[0].fix.text).toBe('In .env.production (line 2):\nAPP_DEBUG=false');
  });
});

describe('settings rules that must not trigger', () => {
  it('a tuned Laravel 10 app (redis everywhere, OPcache and FPM sized, prune scheduled) reports nothing', async () => {
    const audit = await auditSettings('l10-tuned');
    expect(audit.findings.map((f) => `${f.rule} ${f.file}:${f.line} ${f.title}`)).toEqual([]);
  });

  it('PA205 does not trigger when the target concurrency fits the workers', async () => {
    const audit = await auditSettings('l8-seed-like', { targetConcurrency: 50 });
    expect(audit.byRule('PA205')).toEqual([]);
  });

  it('PA205 honours users-per-worker and warns when the server memory is too small', async () => {
    const audit = await auditSettings('l8-seed-like', {
      targetConcurrency: 100,
      rules: {
        PA205: { options: { 'users-per-worker': 2, 'worker-memory-mb': 80, 'server-memory-mb': 2048 } },
      },
    });
    const [f] = audit.byRule('PA205');
    expect(f.evidence).toMatchObject({ requiredWorkers: 50, requiredMemoryMb: 4000 });
    expect(f.message).toContain('more than the 2048 MB');
  });
});

describe('Laravel 10 and 11 verdicts', () => {
  it('no env file at all: the config default decides, and the finding says so', async () => {
    const audit = await auditSettings('l10-no-env');
    expect(audit.rules).toEqual(['PA201', 'PA203']);
    const [cache] = audit.byRule('PA201');
    expect(cache).toMatchObject({ file: 'config/cache.php', line: 10 });
    expect(cache.message).toContain(
      'the app has no env file, so the default decides: config/cache.php default',
    );
    expect(cache.fix.text).toContain('CACHE_DRIVER=redis');
    expect(audit.byRule('PA203')[0].title).toBe('Queue connection is sync');
  });

  it('Laravel 11 with no config/cache.php: the database defaults trigger PA201–PA203, with CACHE_STORE in the fix', async () => {
    const audit = await auditSettings('l11-slim');
    expect(audit.rules).toEqual(['PA201', 'PA202', 'PA203']);
    const [cache] = audit.byRule('PA201');
    expect(cache.file).toBeNull();
    expect(cache.message).toContain('Laravel 11 default (config/cache.php absent)');
    expect(cache.fix.text).toBe(
      'In .env (and the production environment):\nCACHE_STORE=redis\nREDIS_CACHE_CONNECTION=cache',
    );
    expect(audit.byRule('PA203')[0].title).toBe('Queue connection is database');
  });

  it('Laravel 11 with CACHE_DRIVER=redis: the line has no effect; APP_DEBUG in a production .env; Telescope unpruned', async () => {
    const audit = await auditSettings('l11-old-key');
    expect(audit.rules).toEqual(['PA201', 'PA206', 'PA207']);
    const [cache] = audit.byRule('PA201');
    expect(cache.message).toContain(
      '.env:3 sets CACHE_DRIVER, but this app reads CACHE_STORE: that line has no effect.',
    );
    expect(cache.fix.text).toContain('CACHE_STORE=redis');
    expect(audit.byRule('PA207')[0]).toMatchObject({ file: '.env', line: 2 });
    // Laravel 11 schedules in routes/console.php; the one there schedules only `inspire`.
    const [telescope] = audit.byRule('PA206');
    expect(telescope).toMatchObject({ severity: 'warning', file: 'composer.json', line: 7 });
    expect(telescope.fix.text).toContain("Schedule::command('telescope:prune --hours=48')->daily();");
  });
});

describe('PA206 Telescope', () => {
  it('scheduled by PruneCommand::class in routes/console.php: no finding', async () => {
    const audit = await auditSettings('l11-slim');
    expect(audit.byRule('PA206')).toEqual([]);
  });

  it('only in require-dev: reported as info', async () => {
    const audit = await auditSettings('telescope-dev-only');
    expect(audit.rules).toEqual(['PA206']);
    expect(audit.byRule('PA206')[0]).toMatchObject({ severity: 'info', file: 'composer.json', line: 8 });
  });

  it('installed but TELESCOPE_ENABLED=false: no finding', async () => {
    const audit = await auditSettings('telescope-off');
    expect(audit.ctx.project.settings['telescope.enabled']).toMatchObject({
      value: 'false',
      location: { file: '.env', line: 4 },
    });
    expect(audit.rules).toEqual([]);
  });
});

describe('file drivers and servers', () => {
  it('file cache and sessions on one server are fine; sync queue is not', async () => {
    const audit = await auditSettings('file-drivers');
    expect(audit.rules).toEqual(['PA203']);
  });

  it('behind several servers (servers: 2) file cache and sessions become findings', async () => {
    const audit = await auditSettings('file-drivers', { servers: 2 });
    expect(audit.rules).toEqual(['PA201', 'PA202', 'PA203']);
    expect(audit.byRule('PA202')[0].message).toContain('runs on 2 servers');
  });

  it('a rule option can say it too', async () => {
    const audit = await auditSettings('file-drivers', { rules: { PA201: { options: { servers: 3 } } } });
    expect(audit.rules).toEqual(['PA201', 'PA203']);
  });
});

describe('an unparseable config file', () => {
  it('yields PA901 with file and line, and the other settings are still checked', async () => {
    const audit = await auditSettings('broken-config');
    const [problem] = audit.byRule('PA901');
    expect(problem).toMatchObject({ file: 'config/cache.php', line: 6, severity: 'info' });
    // Sessions come from .env and are still audited.
    expect(audit.byRule('PA202')[0]).toMatchObject({ file: '.env', line: 1 });
    // The cache falls back to Laravel 10's skeleton default (file): no PA201, and no PA203 (redis).
    expect(audit.rules).toEqual(['PA202', 'PA901']);
  });
});

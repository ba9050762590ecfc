import { resolve } from 'node:path';
import { auditSettings } from './helpers.js';

const APP = resolve(process.cwd(), 'examples/laravel-app');

describe('the example app (the seed audit app)', () => {
  let audit: Awaited<ReturnType<typeof auditSettings>>;
  beforeAll(async () => {
    audit = await auditSettings(APP);
  });

  it('reports cache and sessions on the database with the seed fix, at the .env.production lines (the template .env.example is not production)', () => {
    const [cache] = audit.byRule('PA201');
    const [session] = audit.byRule('PA202');
    expect(cache).toMatchObject({ severity: 'warning', file: '.env.production' });
    expect(session).toMatchObject({ severity: 'warning', file: '.env.production' });
    expect(cache.fix.text).toMatch(/\nCACHE_DRIVER=redis\nREDIS_CACHE_CONNECTION=cache$/);
    expect(session.fix.text).toMatch(/\nSESSION_DRIVER=redis$/);
    expect(cache.message).toMatch(/CACHE_DRIVER=database/);
  });

  it('does not report the queue: it is on redis', () => {
    expect(audit.ctx.project.settings['queue.default'].value).toBe('redis');
    expect(audit.byRule('PA203')).toEqual([]);
  });

  it("reports the pool's 20 workers against 100 users (40 needed) and OPcache revalidating timestamps", () => {
    const [fpm] = audit.byRule('PA205');
    expect(fpm).toMatchObject({ file: 'docker/php-fpm/www.conf' });
    expect(fpm.evidence).toMatchObject({ value: 20, requiredWorkers: 40 });
    expect(audit.byRule('PA204').map((f) => f.title)).toContain(
      'OPcache revalidates file timestamps in production',
    );
  });

  it('never puts a secret from the env file into a finding', () => {
    const text = JSON.stringify(audit.findings);
    expect(text).not.toMatch(/APP_KEY|base64:|DB_PASSWORD|REDIS_PASSWORD/);
  });
});

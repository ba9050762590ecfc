import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkLaravelApp } from '../../src/config/app-check.js';
import { resolveConfig } from '../../src/config/resolve.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pa-app-check-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const check = (dir: string, yaml?: string) => {
  if (yaml) writeFileSync(join(dir, '.perf-audit.yml'), yaml);
  return checkLaravelApp(resolveConfig({ app: dir }, {}));
};

describe('checkLaravelApp: the folder is checked before anything is parsed', () => {
  it('an empty folder or a folder of other code is not a Laravel app, and the message says what was looked for', () => {
    const message = check(folder({ 'src/index.js': 'console.log(1)' }));
    expect(message).toMatch(
      /is not a Laravel app: looked for an artisan file, a composer\.json requiring laravel\/framework and an app\/ folder/,
    );
    expect(check(folder({}))).toMatch(/is not a Laravel app/);
    // A composer.json of another framework does not count.
    expect(check(folder({ 'composer.json': '{"require":{"symfony/console":"^6"}}' }))).toMatch(
      /not a Laravel app/,
    );
  });

  it('a Laravel app without migrations or a schema is exit 2 too, naming the places searched', () => {
    const message = check(
      folder({ artisan: '', 'composer.json': '{"require":{"laravel/framework":"^10"}}' }),
    );
    expect(message).toMatch(
      /^no migrations and no schema found in .*: looked for database\/migrations\/\*\.php, app\/database\/migrations\/\*\.php \(Laravel 4\), database\/schema\/\*\.sql/,
    );
    expect(message).toContain('database.schema: dump');
  });

  it('finds the Laravel 4 layout, and says where else it looked and how to point elsewhere', () => {
    expect(
      check(folder({ 'app/database/migrations/2013_01_01_000000_create_users.php': '<?php' })),
    ).toBeNull();
    const message = check(folder({ artisan: '' }));
    expect(message).toContain('app/database/migrations/*.php (Laravel 4)');
    expect(message).toContain(
      'name their folders in .perf-audit.yml (database.migrations: [path/to/migrations])',
    );
  });

  it('database.migrations: the folders named are the ones looked at', () => {
    const dir = folder({ artisan: '', 'db/migrate/2020_01_01_000000_a.php': '<?php' });
    expect(check(dir, 'database:\n  migrations: [db/migrate]\n')).toBeNull();
    // database/migrations exists, but the config says the migrations are elsewhere, where there are none.
    const other = folder({ artisan: '', 'database/migrations/2020_01_01_000000_a.php': '<?php' });
    expect(check(other, 'database:\n  migrations: [db/migrate, db/old]\n')).toMatch(
      /^no migrations found in .*: database\.migrations in .*\.perf-audit\.yml names db\/migrate, db\/old, and no PHP file is in any of them\./,
    );
  });

  it('accepts migrations, a schema dump, a module migrations folder, or a schema given in the config', () => {
    expect(
      check(folder({ 'app/User.php': '<?php', 'database/migrations/2020_01_01_000000_a.php': '<?php' })),
    ).toBeNull();
    expect(
      check(folder({ artisan: '', 'database/schema/mysql-schema.sql': 'CREATE TABLE a (id int);' })),
    ).toBeNull();
    expect(
      check(folder({ artisan: '', 'Modules/Shop/Database/Migrations/2020_01_01_000000_a.php': '<?php' })),
    ).toBeNull();
    expect(
      check(folder({ artisan: '', 'schema.sql': '' }), 'database:\n  schema: dump\n  dump: schema.sql\n'),
    ).toBeNull();
    // Migrations of dependencies do not make an app.
    expect(check(folder({ artisan: '', 'vendor/x/migrations/2020_01_01_000000_a.php': '<?php' }))).toMatch(
      /no migrations/,
    );
  });
});

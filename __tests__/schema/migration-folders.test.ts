/**
 * Where the migrator's own folders are: database/migrations, the Laravel 4 layout's app/database/migrations,
 * or the folders `database.migrations` names in .perf-audit.yml (even one under vendor/).
 */

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { resolveConfig } from '../../src/config/resolve.js';
import { readAppFiles } from '../../src/project/files.js';
import { baseMigrationFolders } from '../../src/project/laravel/migrations/folders.js';
import { loadProject } from '../../src/project/load.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pa-migration-folders-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

// A Laravel 4 migration: a named class without a namespace, `$table` untyped.
const create = (cls: string, table: string) => `<?php
use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
class ${cls} extends Migration {
    public function up()
    {
        Schema::create('${table}', function ($table) {
            $table->increments('id');
            $table->string('email');
            $table->index('email');
        });
    }
}
`;

async function tables(dir: string): Promise<string[]> {
  const config = resolveConfig({ app: dir }, {});
  const files = await readAppFiles(dir, {}, config.database.migrations);
  const { project } = loadProject(files, config);
  return project.schema.tables.map((t) => t.name).sort();
}

describe('the migrator folders', () => {
  it('database/migrations by default; app/database/migrations when only the Laravel 4 layout has some; the configured ones otherwise', () => {
    expect(baseMigrationFolders(undefined, ['database/migrations/2020_01_01_a.php'])).toEqual([
      'database/migrations',
    ]);
    expect(baseMigrationFolders(undefined, ['app/database/migrations/2013_01_01_a.php'])).toEqual([
      'app/database/migrations',
    ]);
    // Both present: Laravel 5+ reads database/migrations only.
    expect(
      baseMigrationFolders(undefined, [
        'app/database/migrations/2013_01_01_a.php',
        'database/migrations/2020_01_01_a.php',
      ]),
    ).toEqual(['database/migrations']);
    expect(baseMigrationFolders(['db/migrate', 'db/migrate'], [])).toEqual(['db/migrate']);
  });

  it('reads a Laravel 4 app: its tables come from app/database/migrations', async () => {
    const dir = folder({
      artisan: '',
      'app/database/migrations/2013_01_01_000000_create_users_table.php': create('CreateUsersTable', 'users'),
      'app/models/User.php': '<?php class User extends Eloquent {}',
    });
    expect(await tables(dir)).toEqual(['users']);
  });

  it('database.migrations points elsewhere, also under vendor/, and nothing else of vendor/ is read', async () => {
    const dir = folder({
      artisan: '',
      'db/migrate/2020_01_01_000000_create_posts_table.php': create('CreatePostsTable', 'posts'),
      'vendor/acme/audit/database/migrations/2020_02_01_000000_create_audits_table.php': create(
        'CreateAuditsTable',
        'audits',
      ),
      'vendor/acme/other/src/Query.php': '<?php DB::table("x")->where("a", 1)->get();',
      'database/migrations/2020_01_01_000000_create_ignored_table.php': create(
        'CreateIgnoredTable',
        'ignored',
      ),
      '.perf-audit.yml': 'database:\n  migrations: [db/migrate, ./vendor/acme/audit/database/migrations]\n',
    });
    expect(await tables(dir)).toEqual(['audits', 'posts']);
    const config = resolveConfig({ app: dir }, {});
    const files = await readAppFiles(dir, {}, config.database.migrations);
    expect(files.php.map((f) => f.path).filter((p) => p.startsWith('vendor/'))).toEqual([
      'vendor/acme/audit/database/migrations/2020_02_01_000000_create_audits_table.php',
    ]);
  });

  it('a folder outside the app is a config error with its line', () => {
    const dir = folder({ artisan: '', '.perf-audit.yml': 'database:\n  migrations:\n    - ../elsewhere\n' });
    expect(() => resolveConfig({ app: dir }, {})).toThrow(
      /\.perf-audit\.yml:2: database\.migrations: \.\.\/elsewhere is not a folder inside the app/,
    );
  });
});

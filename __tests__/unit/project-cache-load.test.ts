import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../../src/config/defaults.js';
import type { AppFiles } from '../../src/project/files.js';
import { loadProject } from '../../src/project/load.js';
import { ProjectCache } from '../../src/project/project-cache.js';

const MIGRATION = `<?php
use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;
return new class extends Migration {
    public function up() {
        Schema::create('posts', function (Blueprint $t) {
            $t->id();
            $t->string('status');
            $t->string('kind');
        });
    }
};`;

const model = (scopeColumn: string) => `<?php
namespace App\\Models;
use Illuminate\\Database\\Eloquent\\Model;
class Post extends Model {
    public function scopeLive($query) { return $query->where('${scopeColumn}', 'live'); }
}`;

const CONTROLLER = `<?php
namespace App\\Http\\Controllers;
use App\\Models\\Post;
class PostController {
    public function index() { return Post::live()->get(); }
}`;

function app(scopeColumn: string): AppFiles {
  return {
    root: '/app',
    php: [
      { path: 'database/migrations/2024_01_01_000000_posts.php', text: MIGRATION },
      { path: 'app/Models/Post.php', text: model(scopeColumn) },
      { path: 'app/Http/Controllers/PostController.php', text: CONTROLLER },
    ],
    other: [],
  };
}

const columnsOf = (files: AppFiles, cache?: ProjectCache) =>
  loadProject(files, defaultConfig('/app'), cache)
    .project.queries.filter((q) => q.location.file === 'app/Http/Controllers/PostController.php')
    .flatMap((q) => q.where.map((p) => p.column));

describe('loadProject with a project cache', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'pa-load-cache-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("re-reads a file's queries when the body of a scope it uses changes in another file", () => {
    const first = ProjectCache.open(dir, 'test');
    expect(columnsOf(app('status'), first)).toEqual(columnsOf(app('status')));
    first.save();

    // Same declarations (a scope body changed): the controller's queries must follow the new body.
    const second = ProjectCache.open(dir, 'test');
    const columns = columnsOf(app('kind'), second);
    expect(columns).toEqual(columnsOf(app('kind')));
    expect(JSON.stringify(columns)).toContain('kind');
    second.save();

    const third = ProjectCache.open(dir, 'test');
    expect(columnsOf(app('kind'), third)).toEqual(columnsOf(app('kind')));
    expect(third.stats.extractionsReused).toBeGreaterThan(0);
    expect(third.stats.resultsReused).toEqual(['migrations', 'models']);
  });
});

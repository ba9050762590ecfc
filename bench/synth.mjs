// Generates a synthetic Laravel app: M migrations (creates, then alters that add columns and indexes, as
// real apps grow), one model per table, controllers whose queries filter, sort and join on indexed and
// unindexed columns, and filler service classes, up to N PHP files outside database/migrations.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const pad = (n, w = 6) => String(n).padStart(w, '0');
const studly = (s) => s.replace(/(^|_)(\w)/g, (_, __, c) => c.toUpperCase());

/** Deterministic pseudo-random numbers, so every run of a size audits the same app. */
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export function generateApp(dir, { phpFiles, migrations, seed = 7 }) {
  const rand = rng(seed);
  const migDir = join(dir, 'database/migrations');
  for (const d of ['app/Models', 'app/Http/Controllers', 'app/Services', 'config']) mkdirSync(join(dir, d), { recursive: true });
  mkdirSync(migDir, { recursive: true });

  const creates = Math.max(1, Math.round(migrations * 0.7));
  const tables = [];
  for (let i = 0; i < creates; i++) {
    const name = `item${pad(i, 4)}_records`;
    const parent = i > 0 && rand() < 0.6 ? tables[Math.floor(rand() * tables.length)] : null;
    tables.push({ name, model: studly(`item${pad(i, 4)}_record`), parent, extra: [] });
    const body = [
      `            $table->id();`,
      parent ? `            $table->foreignId('${parent.name.slice(0, -1)}_id')->constrained('${parent.name}')->cascadeOnDelete();` : null,
      `            $table->string('code', 40)->unique();`,
      `            $table->string('status', 20)->default('new');`,
      `            $table->unsignedInteger('score')->default(0);`,
      `            $table->boolean('active')->default(true);`,
      `            $table->text('notes')->nullable();`,
      `            $table->dateTime('due_at')->nullable();`,
      `            $table->timestamps();`,
      rand() < 0.3 ? `            $table->softDeletes();` : null,
      rand() < 0.5 ? `            $table->index(['status', 'created_at']);` : null,
    ].filter(Boolean);
    writeFileSync(join(migDir, `2020_01_01_${pad(i)}_create_${name}_table.php`), `<?php

use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;

return new class extends Migration
{
    public function up()
    {
        Schema::create('${name}', function (Blueprint $table) {
${body.join('\n')}
        });
    }

    public function down()
    {
        Schema::dropIfExists('${name}');
    }
};
`);
  }
  for (let i = creates; i < migrations; i++) {
    const t = tables[Math.floor(rand() * tables.length)];
    const col = `extra_${i}`;
    t.extra.push(col);
    const indexed = rand() < 0.5;
    writeFileSync(join(migDir, `2021_01_01_${pad(i)}_add_${col}_to_${t.name}.php`), `<?php

use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;

class Add${studly(col)}To${studly(t.name)} extends Migration
{
    public function up()
    {
        Schema::table('${t.name}', function (Blueprint $table) {
            $table->string('${col}', 64)->nullable();${indexed ? `\n            $table->index('${col}');` : ''}
        });
    }

    public function down()
    {
        Schema::table('${t.name}', function (Blueprint $table) {
            $table->dropColumn('${col}');
        });
    }
}
`);
  }

  let files = 0;
  for (const t of tables) {
    if (files >= phpFiles) break;
    writeFileSync(join(dir, 'app/Models', `${t.model}.php`), `<?php

namespace App\\Models;

use Illuminate\\Database\\Eloquent\\Model;

class ${t.model} extends Model
{
    protected $table = '${t.name}';

    public function scopeActive($query)
    {
        return $query->where('active', true);
    }
}
`);
    files++;
  }
  const queryFor = (t, k) => {
    const m = t.model;
    switch (k % 6) {
      case 0:
        return `${m}::where('status', 'open')->orderBy('created_at')->get()`;
      case 1:
        return `${m}::where('code', $code)->first()`;
      case 2:
        return `${m}::where('due_at', '<', now())->orderBy('due_at')->limit(20)->get()`;
      case 3:
        return `${m}::active()->where('score', '>', 10)->get()`;
      case 4:
        return t.extra.length ? `${m}::where('${t.extra[0]}', $value)->get()` : `${m}::find($id)`;
      default:
        return `\\Illuminate\\Support\\Facades\\DB::table('${t.name}')->where('status', 'done')->latest()->take(5)->get()`;
    }
  };
  let n = 0;
  while (files < phpFiles) {
    const kind = n % 3 === 2 ? 'Services' : 'Http/Controllers';
    const cls = kind === 'Services' ? `Report${pad(n)}Service` : `Item${pad(n)}Controller`;
    const methods = [];
    for (let k = 0; k < 4; k++) {
      const t = tables[Math.floor(rand() * tables.length)];
      methods.push(`    public function action${k}($id, $code, $value)
    {
        $helper = array_map(fn ($x) => $x * 2, [1, 2, 3]);
        $result = ${queryFor(t, n + k)};

        return ['rows' => $result, 'helper' => $helper];
    }`);
    }
    writeFileSync(join(dir, 'app', kind, `${cls}.php`), `<?php

namespace App\\${kind.replace('/', '\\')};

use App\\Models;

class ${cls}
{
${methods.join('\n\n')}
}
`.replace(/\b(Item\d{4}Record)::/g, '\\App\\Models\\$1::'));
    files++;
    n++;
  }
  writeFileSync(join(dir, '.env.example'), 'APP_ENV=production\nCACHE_DRIVER=redis\nSESSION_DRIVER=redis\nQUEUE_CONNECTION=redis\n');
  writeFileSync(join(dir, 'composer.json'), JSON.stringify({ require: { 'laravel/framework': '^8.83' } }, null, 2));
  return { tables: tables.length, migrations, phpFiles: files };
}

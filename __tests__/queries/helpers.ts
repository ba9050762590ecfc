/** Test helpers: parse a fixture app's PHP with the real parser and run the extractors on it. */

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parsePhp } from '../../src/project/php/parse.js';
import { parseSource as parseAppFile } from '../../src/project/parse-source.js';
import type { ParsedPhp } from '../../src/project/php/parse.js';
import { extractModels } from '../../src/project/laravel/models.js';
import { extractQueries } from '../../src/project/laravel/queries/index.js';
import type { ModelInfo, Predicate, Problem, QueryShape } from '../../src/project/model.js';

export const FIXTURES = join(process.cwd(), '__tests__/fixtures');

export function parseDir(root: string, skip: (rel: string) => boolean = () => false): ParsedPhp[] {
  const out: ParsedPhp[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const abs = join(dir, name);
      const rel = relative(root, abs).split('\\').join('/');
      if (statSync(abs).isDirectory()) walk(abs);
      else if (name.endsWith('.php') && !skip(rel)) {
        const { parsed, problem } = parseAppFile(rel, readFileSync(abs, 'utf8'));
        if (!parsed) throw new Error(`fixture does not parse: ${problem?.message}`);
        out.push(parsed);
      }
    }
  };
  walk(root);
  return out;
}

export function parseSource(path: string, code: string): ParsedPhp {
  const { parsed, problem } = parsePhp(path, code);
  if (!parsed) throw new Error(`snippet does not parse: ${problem?.message}`);
  return parsed;
}

/** `App\Models\{name}`, a model with nothing but its name (its table by Laravel's convention). */
export function bareModel(name: string): ParsedPhp {
  return parseSource(
    `app/Models/${name}.php`,
    `<?php
namespace App\\Models;
use Illuminate\\Database\\Eloquent\\Model;
class ${name} extends Model {}
`,
  );
}

/** A queued job whose handle() runs one statement, with `App\Models\{model}` and DB imported. */
export function jobRunning(statement: string, model: string): ParsedPhp {
  return parseSource(
    'app/Jobs/Sweep.php',
    `<?php
namespace App\\Jobs;
use App\\Models\\${model};
use Illuminate\\Support\\Facades\\DB;
class Sweep
{
    public function handle()
    {
        ${statement};
    }
}
`,
  );
}

export interface Extracted {
  models: ModelInfo[];
  queries: QueryShape[];
  problems: Problem[];
}

export function extract(files: ParsedPhp[]): Extracted {
  const models = extractModels(files);
  const { queries, problems } = extractQueries(files, models);
  return { models, queries, problems };
}

/** `status =`, `role_user.user_id =`, `DATE(created_at) =` — a compact view of predicates for assertions. */
export function preds(shape: QueryShape): string[] {
  return shape.where.map(predText);
}

export function predText(p: Predicate): string {
  const col = p.table ? `${p.table}.${p.column}` : p.column;
  return `${p.fn ? `${p.fn}(${col})` : col} ${p.op}`;
}

export function orders(shape: QueryShape): string[] {
  return shape.orderBy.map((o) => `${o.fn ? `${o.fn}(${o.column})` : o.column} ${o.direction}`);
}

/** The shapes whose chain starts on `line` of `file`. */
export function at(queries: QueryShape[], file: string, line: number): QueryShape[] {
  return queries.filter((q) => q.location.file === file && q.location.line === line);
}

/**
 * `use T { scopeRole as scopeWhereRole; }`: a trait's method under another name. An in-app trait's scope is
 * read under its alias; a vendor trait's is a scope whose filters are not known, never a dynamic where on a
 * column the alias spells (`whereRole` is not `role = ?`).
 */

import { extract, parseSource, preds } from './helpers.js';

const user = parseSource(
  'app/Models/User.php',
  `<?php
namespace App\\Models;
use App\\Models\\Concerns\\Filters;
use Illuminate\\Database\\Eloquent\\Model;
use Spatie\\Permission\\Traits\\HasRoles;
class User extends Model
{
    use HasRoles {
        scopeRole as scopeWhereRole;
    }
    use Filters {
        Filters::scopeActive as scopeEnabled;
    }
}
`,
);
const filters = parseSource(
  'app/Models/Concerns/Filters.php',
  `<?php
namespace App\\Models\\Concerns;
trait Filters
{
    public function scopeActive($query)
    {
        return $query->where('active', true);
    }
}
`,
);
const repo = parseSource(
  'app/Repositories/UserRepository.php',
  `<?php
namespace App\\Repositories;
use App\\Models\\User;
class UserRepository
{
    public function firstAdmin()
    {
        return User::query()->whereRole('admin')->where('organization_id', 1)->oldest()->first();
    }

    public function enabled()
    {
        return User::query()->enabled()->get();
    }

    public function byEmail()
    {
        return User::query()->whereEmail('a@b.c')->first();
    }
}
`,
);

const { queries } = extract([user, filters, repo]);
const at = (line: number) => queries.find((q) => q.location.line === line)!;

test("a vendor trait's aliased scope is a scope not read, not a where on the column it spells", () => {
  const q = at(8);
  expect(preds(q)).not.toContain('role =');
  expect(preds(q)).toContain('organization_id =');
  expect(q.partialReasons).toEqual(['whereRole() is scopeRole() of a trait outside the app']);
});

test("an in-app trait's scope is read under its alias", () => {
  expect(preds(at(13))).toEqual(['active =']);
  expect(at(13).partial).toBeUndefined();
});

test('a dynamic where the model declares no scope for stays a where on its column', () => {
  expect(preds(at(18))).toEqual(['email =']);
});

/**
 * Global scopes read the way Laravel boots a model: boot() (parent::boot(), the framework's bootTraits()
 * over the traits of the class, its ancestors and their traits), booted() (parent::booted()), #[ScopedBy].
 */

import { extract, parseSource, preds } from './helpers.js';

const SCOPES = `<?php
namespace App\\Scopes;
use Illuminate\\Database\\Eloquent\\Builder;
use Illuminate\\Database\\Eloquent\\Model;
use Illuminate\\Database\\Eloquent\\Scope;
class CompanyScope implements Scope {
    public function apply(Builder $builder, Model $model) {
        if (method_exists($model, 'isNotTenantable') && $model->isNotTenantable()) {
            return;
        }
        $table = $model->getTable();
        $skip = ['jobs', 'sessions'];
        if (in_array($table, $skip)) {
            return;
        }
        $builder->where($table . '.company_id', '=', company_id());
    }
}
class TeamScope implements Scope {
    public function apply(Builder $builder, Model $model) {
        $builder->where($model->qualifyColumn('team_id'), auth()->user()->team_id);
    }
}
class RegionScope implements Scope {
    public function apply(Builder $query, Model $model) {
        $query->where($query->getModel()->getTable() . '.region_id', 7);
    }
}
class ActiveScope implements Scope {
    public function apply(Builder $builder, Model $model) {
        $builder->where('active', 1);
    }
}`;

const TRAITS = `<?php
namespace App\\Traits;
use App\\Scopes\\CompanyScope;
trait Tenants {
    protected static function bootTenants() { static::addGlobalScope(new CompanyScope); }
}
trait OwnedByCompany { use Tenants; }
trait Helpers {
    public static function bootSomethingElse() { static::addGlobalScope(new \\App\\Scopes\\ActiveScope); }
}`;

const MODELS = `<?php
namespace App\\Models;
use App\\Scopes\\ActiveScope;
use App\\Scopes\\RegionScope;
use App\\Scopes\\TeamScope;
use App\\Traits\\Helpers;
use App\\Traits\\OwnedByCompany;
use App\\Traits\\Tenants;
use Illuminate\\Database\\Eloquent\\Attributes\\ScopedBy;
use Illuminate\\Database\\Eloquent\\Builder;
use Illuminate\\Database\\Eloquent\\Model as Eloquent;
abstract class Model extends Eloquent { use Tenants; }
class Invoice extends Model {}
class Job extends Model { protected $table = 'jobs'; }
class Note extends Eloquent { use OwnedByCompany, Helpers; }
class Booting extends Model {
    protected static function boot() {
        parent::boot();
        static::addGlobalScope(new TeamScope);
    }
}
class NoParentBoot extends Model {
    protected static function boot() {
        static::addGlobalScope('region', new RegionScope);
    }
}
class Base extends Eloquent {
    protected static function booted() {
        static::addGlobalScope('active', fn (Builder $q) => $q->where('active', true));
    }
}
class Child extends Base {
    protected static function booted() {
        parent::booted();
        static::addGlobalScope(ActiveScope::class);
    }
}
class Orphan extends Base {
    protected static function booted() {
        static::addGlobalScope('visible', fn (Builder $q) => $q->where('visible', true));
    }
}
#[ScopedBy([TeamScope::class])]
class Project extends Eloquent {}
class Other extends Eloquent {
    protected static function booted() {
        Project::addGlobalScope(new ActiveScope);
    }
}`;

const USES = `<?php
namespace App\\Http;
use App\\Models\\Invoice;
use App\\Models\\Job;
class Reports {
    public function index() {
        Invoice::where('contact_id', 3)->get();
        Job::where('queue', 'x')->get();
        Invoice::withoutGlobalScope(\\App\\Scopes\\CompanyScope::class)->where('contact_id', 3)->get();
    }
}`;

const { models, queries } = extract([
  parseSource('app/Scopes/Scopes.php', SCOPES),
  parseSource('app/Traits/Traits.php', TRAITS),
  parseSource('app/Models/Models.php', MODELS),
  parseSource('app/Http/Reports.php', USES),
]);
const scopesOf = (name: string) =>
  (models.find((m) => m.className === name)?.globalScopes ?? []).map(
    (s) =>
      `${s.name}: ${s.where.map((p) => `${p.table ? `${p.table}.` : ''}${p.column} ${p.op}`).join(', ')}`,
  );

test("a trait's static boot<Trait>() adds its scope, through a parent class and a trait's trait", () => {
  expect(scopesOf('Invoice')).toEqual(['App\\Scopes\\CompanyScope: company_id =']);
  expect(scopesOf('Note')).toEqual(['App\\Scopes\\CompanyScope: company_id =']);
});

test("a Scope's apply() that returns early for the model's table adds nothing to it", () => {
  expect(scopesOf('Job')).toEqual([]);
});

test('boot() boots the traits only through parent::boot()', () => {
  expect(scopesOf('Booting')).toEqual([
    'App\\Scopes\\CompanyScope: company_id =',
    'App\\Scopes\\TeamScope: team_id =',
  ]);
  expect(scopesOf('NoParentBoot')).toEqual(['region: region_id =']);
});

test('booted() runs the parent booted() where it calls parent::booted(), and not otherwise', () => {
  expect(scopesOf('Child')).toEqual(['active: active =', 'App\\Scopes\\ActiveScope: active =']);
  expect(scopesOf('Orphan')).toEqual(['visible: visible =']);
});

test('#[ScopedBy] names Scope classes; another class’s addGlobalScope() is not this one’s', () => {
  expect(scopesOf('Project')).toEqual(['App\\Scopes\\TeamScope: team_id =']);
  expect(scopesOf('Other')).toEqual([]);
});

test('a trait scope applies to the queries of the model, and withoutGlobalScope() removes it', () => {
  const invoices = queries.filter((q) => q.table === 'invoices');
  expect(invoices.map(preds)).toEqual([['contact_id =', 'company_id ='], ['contact_id =']]);
  expect(invoices[0].where[1].via).toBe('globalScope:App\\Scopes\\CompanyScope');
  // The query that removed the scope says so: it reads across companies on purpose.
  expect(invoices.map((q) => q.withoutGlobalScopes ?? false)).toEqual([false, true]);
  expect(queries.filter((q) => q.table === 'jobs').map(preds)).toEqual([['queue =']]);
});

test("a body's locals are known after a plain assignment, and unknown after one in a branch", () => {
  const local = extract([
    parseSource(
      'app/Models/Entry.php',
      `<?php
namespace App\\Models;
use Illuminate\\Database\\Eloquent\\Model;
class Entry extends Model {
    public function scopeOwned($query) {
        $column = 'owner_id';
        $query->where($column, 1);
    }
    public function scopeEither($query) {
        $column = 'owner_id';
        if (request('editor')) {
            $column = 'editor_id';
        }
        $query->where($column, 1);
    }
}`,
    ),
  ]).models.find((m) => m.className === 'Entry');
  expect(local?.scopes.owned).toEqual({ where: [{ column: 'owner_id', op: '=', value: 1 }], orderBy: [] });
  expect(local?.scopes.either.opaque).toBe(true);
});

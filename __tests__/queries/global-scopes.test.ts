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

describe('a scope that asks the model whether it applies', () => {
  // The tenant pattern: the scope returns early for a model that opts out through a property, or whose
  // fillable columns leave out the tenant key; Eloquent gives the model getFillable().
  const tenancy = extract([
    parseSource(
      'app/Scopes/Company.php',
      `<?php
namespace App\\Scopes;
use Illuminate\\Database\\Eloquent\\Builder;
use Illuminate\\Database\\Eloquent\\Model;
use Illuminate\\Database\\Eloquent\\Scope;
class Company implements Scope {
    public function apply(Builder $builder, Model $model) {
        if (method_exists($model, 'isNotTenantable') && $model->isNotTenantable()) {
            return;
        }
        $builder->where($model->getTable() . '.company_id', '=', company_id());
    }
}`,
    ),
    parseSource(
      'app/Traits/Tenants.php',
      `<?php
namespace App\\Traits;
use App\\Scopes\\Company;
trait Tenants {
    protected static function bootTenants() { static::addGlobalScope(new Company); }
    public function isTenantable() {
        $tenantable = $this->tenantable ?? true;
        return ($tenantable === true) && in_array('company_id', $this->getFillable());
    }
    public function isNotTenantable() { return !$this->isTenantable(); }
}`,
    ),
    parseSource(
      'app/Models/Models.php',
      `<?php
namespace App\\Models;
use App\\Traits\\Tenants;
use Illuminate\\Database\\Eloquent\\Model as Eloquent;
abstract class Model extends Eloquent {
    use Tenants;
    protected $tenantable = true;
}
class Invoice extends Model { protected $fillable = ['company_id', 'number']; }
class Invitation extends Model {
    protected $tenantable = false;
    protected $fillable = ['user_id', 'token'];
}
class Dashboard extends Model { protected $fillable = ['user_id', 'name']; }
class Contact extends Model {
    protected $fillable = ['company_id', 'name'];
    public function __construct(array $attributes = []) {
        $this->mergeFillable(['email']);
        parent::__construct($attributes);
    }
}
class Survey extends Model {
    protected $fillable = ['company_id', 'title'];
    public function isTenantable() { return config('tenancy.surveys'); }
}`,
    ),
  ]).models;
  const scoped = (name: string) => tenancy.find((m) => m.className === name)?.globalScopes?.length ?? 0;

  test('a model that opts out by its property, or whose fillable leaves out the key, gets no condition', () => {
    expect(scoped('Invitation')).toBe(0);
    expect(scoped('Dashboard')).toBe(0);
  });

  test('a tenant model keeps the condition', () => {
    expect(
      tenancy.find((m) => m.className === 'Invoice')?.globalScopes?.[0]?.where.map((p) => p.column),
    ).toEqual(['company_id']);
  });

  test('what cannot be known keeps the condition: a constructor that changes fillable, an override on config', () => {
    expect(scoped('Contact')).toBe(1);
    expect(scoped('Survey')).toBe(1);
  });
});

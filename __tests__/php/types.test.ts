/** Types of values: which class an expression holds, from signatures, promotion, docblocks and `new`. */

import type { PhpNode } from '../../src/project/php/ast.js';
import type { ClassIndex } from '../../src/project/php/class-index.js';
import {
  classOfExpression,
  classOfType,
  parameterClasses,
  propertyClass,
  returnClass,
  type TypeContext,
  type TypeHost,
} from '../../src/project/php/types.js';
import { laravelTypes } from '../../src/project/laravel/host.js';
import { findNode, indexOf, program, returned } from './helpers.js';

const FILES: Record<string, string> = {
  'app/Models/User.php': `<?php
    namespace App\\Models;
    class User extends Model {
      /** @return \\Illuminate\\Support\\Collection<int, Post> */
      public function posts() {}
      public function latestPost(): ?Post {}
      /** @return Post[] */
      public function allPosts(): array {}
    }`,
  'app/Models/Post.php': `<?php
    namespace App\\Models;
    class Post extends Model {
      public function author(): User {}
      public function base(): parent {}
    }`,
  'app/Models/Model.php': `<?php
    namespace App\\Models;
    abstract class Model {
      protected static ?self $booted = null;
      public static function make(): static {}
      public static function build(): self {}
      /** @return $this */
      public function fresh() {}
      public function copy(): static {}
    }`,
  'app/Services/Billing.php': `<?php
    namespace App\\Services;
    use App\\Models\\User;
    use App\\Models\\Post;
    use App\\Repositories\\Users;
    use Illuminate\\Support\\Collection;

    /** @property Post $featured */
    class Billing {
      protected User $owner;
      /** @var \\App\\Models\\Post */
      protected $post;
      /** @var Collection<int, User> */
      protected $users;
      /** @var User[] */
      protected $list;
      public function __construct(private Users $repo, protected ?Mailer $mailer = null, private \\App\\Repositories\\Finds $finder) {}

      /**
       * @param User $documented
       * @param Collection<int, Post> $posts
       */
      public function handle(Post $post, ?User $maybe, User|Post $either, $documented, $posts, int $n, self $same) {}
    }`,
  'app/Http/Requests/ApiRequest.php': `<?php
    namespace App\\Http\\Requests;
    use Illuminate\\Foundation\\Http\\FormRequest;
    abstract class ApiRequest extends FormRequest {}`,
  'app/Http/Requests/GetUserRequest.php': `<?php
    namespace App\\Http\\Requests;
    class GetUserRequest extends ApiRequest {}`,
  'app/Providers/AppServiceProvider.php': `<?php
    namespace App\\Providers;
    class AppServiceProvider extends \\Illuminate\\Support\\ServiceProvider {
      /** @var \\App\\Repositories\\Users */
      protected $container;
    }`,
  'app/Repositories/Finds.php': `<?php
    namespace App\\Repositories;
    interface Finds extends FindsFirst { public function all(): \\Illuminate\\Support\\Collection; }`,
  'app/Repositories/FindsFirst.php': `<?php
    namespace App\\Repositories;
    interface FindsFirst { public function first(): \\App\\Models\\User; }`,
  'app/Repositories/Users.php': `<?php
    namespace App\\Repositories;
    use App\\Models\\User;
    class Users {
      public function find(int $id): ?User {}
      public function query() { return null; }
    }`,
};

const USER = 'App\\Models\\User';
const POST = 'App\\Models\\Post';

/** The class of `return <expr>;` written in the Billing service (its imports), with optional locals. */
function classIn(
  index: ClassIndex,
  code: string,
  opts: { self?: string | null; locals?: Record<string, string>; host?: TypeHost } = {},
): string | null {
  const { expr, scope } = returned(`<?php
    namespace App\\Services;
    use App\\Models\\User;
    use App\\Models\\Post;
    use App\\Repositories\\Users;
    use Illuminate\\Support\\Facades\\App;
    return ${code};`);
  const ctx: TypeContext = {
    index,
    scope,
    self: opts.self === undefined ? 'App\\Services\\Billing' : opts.self,
    locals: new Map(Object.entries(opts.locals ?? {})),
    host: opts.host,
  };
  return classOfExpression(expr, ctx);
}

describe('classOfExpression', () => {
  const index = indexOf(FILES);

  test('new X, new static, clone, parentheses, locals', () => {
    expect(classIn(index, 'new User()')).toBe(USER);
    expect(classIn(index, 'new \\App\\Models\\Post')).toBe(POST);
    expect(classIn(index, 'new static')).toBe('App\\Services\\Billing');
    expect(classIn(index, '(clone $p)', { locals: { p: POST } })).toBe(POST);
    expect(classIn(index, '$user', { locals: { user: USER } })).toBe(USER);
    expect(classIn(index, '$this')).toBe('App\\Services\\Billing');
    expect(classIn(index, '$unknown')).toBeNull();
    expect(classIn(index, 'new $dynamic')).toBeNull();
  });

  test('an anonymous class is its summary name', () => {
    const file = 'app/Services/Billing.php';
    const ast = program(`<?php\nreturn new class extends \\App\\Models\\Model {};`, file);
    const expr = findNode(ast, 'new');
    const ctx: TypeContext = {
      index,
      scope: { file, namespace: '', uses: new Map() },
      self: null,
      locals: new Map(),
    };
    expect(classOfExpression(expr, ctx)).toBe(`class@anonymous ${file}:2`);
  });

  test('$this->prop: declared, promoted (nullable too), @var, @property; generics give the collection class', () => {
    expect(classIn(index, '$this->owner')).toBe(USER);
    expect(classIn(index, '$this->repo')).toBe('App\\Repositories\\Users');
    expect(classIn(index, '$this?->mailer')).toBe('App\\Services\\Mailer');
    expect(classIn(index, '$this->post')).toBe(POST);
    expect(classIn(index, '$this->featured')).toBe(POST);
    expect(classIn(index, '$this->users')).toBe('Illuminate\\Support\\Collection');
    expect(classIn(index, '$this->list')).toBeNull();
    expect(classIn(index, '$this->nope')).toBeNull();
  });

  test('method calls: declared returns, @return, nullable returns, chains', () => {
    expect(classIn(index, '$this->repo->find(1)')).toBe(USER);
    expect(classIn(index, '$this->repo->find(1)->latestPost()->author()')).toBe(USER);
    expect(classIn(index, '$this->owner->posts()')).toBe('Illuminate\\Support\\Collection');
    expect(classIn(index, '$this->owner->allPosts()')).toBeNull();
    expect(classIn(index, '$this->repo->query()')).toBeNull();
    expect(classIn(index, '$this->repo?->find(1)')).toBe(USER);
    // Methods an interface declares (and its parent interfaces), through a property typed by it.
    expect(classIn(index, '$this->finder->all()')).toBe('Illuminate\\Support\\Collection');
    expect(classIn(index, '$this->finder->first()')).toBe(USER);
  });

  test('X::make() with : static is X; with : self the declaring class; $this and static from instances', () => {
    expect(classIn(index, 'User::make()')).toBe(USER);
    expect(classIn(index, 'Post::make()')).toBe(POST);
    expect(classIn(index, 'User::build()')).toBe('App\\Models\\Model');
    expect(classIn(index, 'User::make()->fresh()')).toBe(USER);
    expect(classIn(index, '(new Post)->copy()')).toBe(POST);
    expect(classIn(index, 'static::make()', { self: USER })).toBe(USER);
    expect(classIn(index, 'parent::make()', { self: USER })).toBe('App\\Models\\Model');
    expect(classIn(index, '(new Post)->base()')).toBe('App\\Models\\Model');
  });

  test('static properties', () => {
    expect(classIn(index, 'User::$booted')).toBe('App\\Models\\Model');
  });

  test('with laravelTypes: app(X::class), resolve(X::class), App::make(X::class), app()->make(X::class)', () => {
    const host = laravelTypes;
    expect(classIn(index, 'app(Users::class)', { host })).toBe('App\\Repositories\\Users');
    expect(classIn(index, '\\resolve(User::class)', { host })).toBe(USER);
    expect(classIn(index, 'App::make(Post::class)', { host })).toBe(POST);
    expect(classIn(index, 'app()->make(Users::class)', { host })).toBe('App\\Repositories\\Users');
    expect(classIn(index, "app('users')", { host })).toBeNull();
    expect(classIn(index, 'app(Users::class)->find(1)', { host })).toBe(USER);
    expect(classIn(index, 'app(Users::class)')).toBeNull();
  });

  test('with laravelTypes: the container a framework base class holds ($this->container, $this->app)', () => {
    const host = laravelTypes;
    const request = { host, self: 'App\\Http\\Requests\\GetUserRequest' };
    expect(classIn(index, '$this->container->make(Users::class)', request)).toBe('App\\Repositories\\Users');
    expect(classIn(index, '$this->container', request)).toBe('Illuminate\\Contracts\\Container\\Container');
    // Only the properties the base class declares, and only with the host.
    expect(classIn(index, '$this->app', request)).toBeNull();
    expect(classIn(index, '$this->container->make(Users::class)', { self: request.self })).toBeNull();
    const provider = { host, self: 'App\\Providers\\AppServiceProvider' };
    expect(classIn(index, '$this->app->make(Post::class)', provider)).toBe(POST);
    // A property the app declares wins over the base class's.
    expect(classIn(index, '$this->container', provider)).toBe('App\\Repositories\\Users');
  });
});

describe('types of declarations', () => {
  const index = indexOf(FILES);

  test('parameterClasses: signature types (nullable, unions, self) and @param docblocks', () => {
    const billing = index.get('App\\Services\\Billing')!;
    const handle = index.method('App\\Services\\Billing', 'handle')!.node as PhpNode;
    const classes = parameterClasses(handle, { index, scope: billing.scope, self: billing.fqcn });
    expect(Object.fromEntries(classes)).toEqual({
      post: POST,
      maybe: USER,
      either: USER,
      documented: USER,
      posts: 'Illuminate\\Support\\Collection',
      same: 'App\\Services\\Billing',
    });
  });

  test('parameterClasses of a closure', () => {
    const { expr, scope } = returned(
      `<?php namespace App; use App\\Models\\User; return function (User $u, ?\\App\\Models\\Post $p, $x) {};`,
    );
    expect([...parameterClasses(expr, { index, scope, self: null })]).toEqual([
      ['u', USER],
      ['p', POST],
    ]);
  });

  test('propertyClass, returnClass, classOfType', () => {
    expect(propertyClass(index, 'App\\Services\\Billing', 'owner')).toBe(USER);
    expect(returnClass(index, USER, 'latestPost')).toBe(POST);
    expect(returnClass(index, USER, 'make')).toBe(USER);
    expect(returnClass(index, USER, 'nope')).toBeNull();
    expect(classOfType({ names: ['int', USER], nullable: false }, null)).toBe(USER);
    expect(classOfType({ names: ['static'], nullable: false }, POST)).toBe(POST);
    expect(classOfType({ names: [`${USER}[]`], nullable: false }, null)).toBeNull();
    expect(classOfType(null, POST)).toBeNull();
  });
});

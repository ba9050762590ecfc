/** Per-file summaries and the class index built from them, on real PHP snippets. */

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ClassIndex } from '../../src/project/php/class-index.js';
import type { FileSummary, TypeSummary } from '../../src/project/php/summary.js';
import { EnumCase, Unknown } from '../../src/project/php/value.js';
import { indexOf, summarize } from './helpers.js';

const USER = 'App\\Models\\User';
const POST = 'App\\Models\\Post';
const COLLECTION = 'Illuminate\\Support\\Collection';

const t = (names: string[], nullable = false): TypeSummary => ({ names, nullable });

function only(files: Record<string, string>): FileSummary['classes'][number] {
  const { summaries } = summarize(files);
  const classes = summaries.flatMap((s) => s.classes);
  if (classes.length !== 1) throw new Error(`expected one class, found ${classes.length}`);
  return classes[0];
}

describe('properties', () => {
  const cls = only({
    'app/Services/Billing.php': `<?php
      namespace App\\Services;
      use App\\Models\\User;
      use App\\Repositories\\UserRepository as Users;
      use Illuminate\\Support\\Collection;

      /**
       * @property User $owner
       * @property-read \\Carbon\\Carbon|null $created_at
       * @property string $name
       */
      #[Attribute]
      class Billing extends Base {
        public int $name = 0;
        protected Collection $items;
        public ?User $buyer = null;
        public static array $cache = ['a' => 1];
        /** @var \\App\\Models\\Post|null */
        public $post;
        /** @var Collection<int, User> */
        protected $users;
        private $untyped = 'x';

        public function __construct(
          private readonly Users $repo,
          protected ?User $admin = null,
          public int|string $code = 1,
          $notPromoted = null,
        ) {}
      }`,
  });
  const prop = (name: string) => cls.properties.find((p) => p.name === name);

  test('typed properties, static ones, defaults', () => {
    expect(prop('items')).toMatchObject({ type: t([COLLECTION]), source: 'declared', isStatic: false });
    expect(prop('buyer')).toMatchObject({ type: t([USER], true), source: 'declared' });
    expect(prop('cache')).toMatchObject({ type: t(['array']), isStatic: true });
    expect(prop('cache')?.default?.kind).toBe('array');
    expect(prop('untyped')).toMatchObject({ type: null, docType: null });
  });

  test('@var docblock types, generics kept', () => {
    expect(prop('post')).toMatchObject({ type: null, docType: t([POST], true) });
    expect(prop('users')?.docType).toEqual(t([`${COLLECTION}<int, ${USER}>`]));
  });

  test('promoted constructor properties with their types; a plain parameter is not a property', () => {
    expect(prop('repo')).toMatchObject({
      type: t(['App\\Repositories\\UserRepository']),
      source: 'promoted',
    });
    expect(prop('admin')).toMatchObject({ type: t([USER], true), source: 'promoted' });
    expect(prop('code')).toMatchObject({ type: t(['int', 'string']), source: 'promoted' });
    expect(prop('notPromoted')).toBeUndefined();
    const ctor = cls.methods.find((m) => m.name === '__construct')!;
    expect(ctor.params.map((p) => [p.name, p.promoted])).toEqual([
      ['repo', true],
      ['admin', true],
      ['code', true],
      ['notPromoted', false],
    ]);
  });

  test('class @property tags (also with an attribute between docblock and class); a declared property wins', () => {
    expect(prop('owner')).toMatchObject({ type: null, docType: t([USER]), source: 'docblock' });
    expect(prop('created_at')).toMatchObject({ docType: t(['Carbon\\Carbon'], true), source: 'docblock' });
    // `public int $name` is declared: the code's type and source win, the tag's type is kept as docType.
    expect(prop('name')).toMatchObject({ type: t(['int']), source: 'declared', docType: t(['string']) });
    expect(cls.properties.filter((p) => p.name === 'name')).toHaveLength(1);
  });
});

describe('methods: parameters and return types from signatures and docblocks', () => {
  const cls = only({
    'app/Repo.php': `<?php
      namespace App;
      use App\\Models\\User;
      use App\\Models\\Post;
      use Illuminate\\Support\\Collection;
      use Illuminate\\Database\\Eloquent\\Builder;

      abstract class Repo {
        /**
         * @param Collection<int, User> $users  the users
         * @param User[] $list
         * @param array<string, Post>|null $byKey
         * @param  \\App\\Models\\Post  ...$posts
         * @return Collection<int, Post>
         */
        public function many($users, array $list, $byKey = null, ...$posts) {}

        /** @return $this */
        public function fluent() {}

        /** @return static */
        public static function make(): static {}

        public function find(int|string $id, ?User &$into = null): ?Post {}

        public function either(): User|Post|null {}

        public function same(self $other): ?self {}

        /** @return User|null */
        public function docOnly() {}

        /**
         * @param callable(Builder): void $scope
         * @return array{id: int, user: User}
         */
        protected function shaped($scope) {}

        #[Deprecated]
        /** @return User */
        public function attributed() {}

        abstract protected function todo(): void;
      }`,
  });
  const method = (name: string) => cls.methods.find((m) => m.name === name)!;
  const param = (m: string, p: string) => method(m).params.find((x) => x.name === p)!;

  test('@param with generics, [] arrays, nullable unions and variadics', () => {
    expect(param('many', 'users').docType).toEqual(t([`${COLLECTION}<int, ${USER}>`]));
    expect(param('many', 'list')).toMatchObject({ type: t(['array']), docType: t([`${USER}[]`]) });
    expect(param('many', 'byKey')).toMatchObject({ docType: t([`array<string, ${POST}>`], true) });
    expect(param('many', 'byKey').default?.kind).toBe('nullkeyword');
    expect(param('many', 'posts')).toMatchObject({ variadic: true, docType: t([POST]) });
  });

  test('@return with generics, $this and static', () => {
    expect(method('many').docReturnType).toEqual(t([`${COLLECTION}<int, ${POST}>`]));
    expect(method('fluent').docReturnType).toEqual(t(['static']));
    expect(method('make')).toMatchObject({
      isStatic: true,
      returnType: t(['static']),
      docReturnType: t(['static']),
    });
    expect(method('docOnly')).toMatchObject({ returnType: null, docReturnType: t([USER], true) });
    expect(method('attributed').docReturnType).toEqual(t([USER]));
  });

  test('nullable and union signature types; by-reference parameters', () => {
    expect(method('find').returnType).toEqual(t([POST], true));
    expect(param('find', 'id').type).toEqual(t(['int', 'string']));
    expect(param('find', 'into')).toMatchObject({ type: t([USER], true), byRef: true });
    expect(method('either').returnType).toEqual(t([USER, POST], true));
    expect(method('same').returnType).toEqual(t(['self'], true));
    expect(param('same', 'other').type).toEqual(t(['self']));
  });

  test('callable and array-shape docblock types do not break the other tags', () => {
    expect(param('shaped', 'scope').docType).toEqual(null);
    expect(method('shaped')).toMatchObject({ visibility: 'protected', docReturnType: null });
  });

  test('abstract methods', () => {
    expect(method('todo')).toMatchObject({ isAbstract: true, returnType: t(['void']) });
    expect(method('many').isAbstract).toBe(false);
    expect(cls.isAbstract).toBe(true);
  });
});

describe('declarations in a file', () => {
  test('bracketed namespaces and several namespaces in one file, each with its own imports', () => {
    const { summaries } = summarize({
      'app/multi.php': `<?php
        namespace App\\A {
          use App\\Models\\User;
          class One extends User {}
        }
        namespace App\\B {
          use App\\Models\\Post as User;
          class Two extends User {}
        }
        namespace {
          class Root {}
        }`,
      'app/flat.php': `<?php
        namespace App\\C;
        use App\\Models\\User;
        class Three extends User {}
        namespace App\\D;
        class Four extends User {}`,
    });
    const classes = summaries.flatMap((s) => s.classes).map((c) => [c.fqcn, c.parent]);
    expect(classes).toEqual([
      ['App\\A\\One', USER],
      ['App\\B\\Two', POST],
      ['Root', null],
      ['App\\C\\Three', USER],
      ['App\\D\\Four', 'App\\D\\User'],
    ]);
  });

  test('a class declared inside if (!class_exists(…))', () => {
    const cls = only({
      'app/guard.php': `<?php
        namespace App;
        if (! class_exists(Guarded::class)) {
          class Guarded { const X = 1; }
        }`,
    });
    expect(cls.fqcn).toBe('App\\Guarded');
  });

  test('anonymous classes: the migration form, and one inside a method', () => {
    const { summaries } = summarize({
      'database/migrations/2024_01_01_000000_create_posts.php': `<?php
        use Illuminate\\Database\\Migrations\\Migration;
        return new class extends Migration {
          public function up(): void { $this->helper(); }
          private function helper(): string { return 'posts'; }
        };`,
      'app/Factory.php': `<?php
        namespace App;
        class Factory {
          public function make() { return new class($x) implements \\Countable { public function count(): int { return 0; } }; }
        }`,
    });
    const [migration] = summaries[0].classes;
    expect(migration).toMatchObject({
      anonymous: true,
      fqcn: 'class@anonymous database/migrations/2024_01_01_000000_create_posts.php:3',
      parent: 'Illuminate\\Database\\Migrations\\Migration',
    });
    expect(migration.methods.map((m) => m.name)).toEqual(['up', 'helper']);
    expect(summaries[1].classes.map((c) => [c.fqcn, c.interfaces])).toEqual([
      ['App\\Factory', []],
      ['class@anonymous app/Factory.php:4', ['Countable']],
    ]);
  });

  test('interfaces (extending several), traits and enums', () => {
    const { summaries } = summarize({
      'app/kinds.php': `<?php
        namespace App;
        interface HasName extends \\Stringable, Labelled { const SEP = '-'; }
        trait Named { use Other; public function name() {} }
        enum Status: string implements HasName { case On = 'on'; case Off = 'off'; const DEFAULT = self::On; }
        enum Pure { case A; case B; }`,
    });
    const [i, tr, backed, pure] = summaries[0].classes;
    expect(i).toMatchObject({ kind: 'interface', parent: null, interfaces: ['Stringable', 'App\\Labelled'] });
    expect(i.constants.map((c) => c.name)).toEqual(['SEP']);
    expect(tr).toMatchObject({ kind: 'trait', traits: ['App\\Other'] });
    expect(backed).toMatchObject({ kind: 'enum', interfaces: ['App\\HasName'] });
    expect(backed.cases.map((c) => [c.name, c.value?.kind])).toEqual([
      ['On', 'string'],
      ['Off', 'string'],
    ]);
    expect(pure.cases.map((c) => [c.name, c.value])).toEqual([
      ['A', null],
      ['B', null],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------

const APP: Record<string, string> = {
  'app/Models/Model.php': `<?php
    namespace App\\Models;
    abstract class Model implements \\JsonSerializable, HasTable {
      const CREATED = 'created_at';
      protected $table;
      public function save() { return 'model'; }
      public function newQuery() { return 'model query'; }
    }`,
  'app/Models/HasTable.php': `<?php
    namespace App\\Models;
    interface HasTable extends Named { const PREFIX = 'app_'; public function table(): string; }`,
  'app/Models/Named.php': `<?php
    namespace App\\Models;
    interface Named { const NAMED = 'yes'; }`,
  'app/Models/Concerns/HasSlug.php': `<?php
    namespace App\\Models\\Concerns;
    trait HasSlug {
      use Loggable;
      protected string $slugColumn = 'slug';
      public function slug() { return 'trait slug'; }
      public function save() { return 'trait save'; }
      public function table(): string { return 'trait table'; }
    }`,
  'app/Models/Concerns/Loggable.php': `<?php
    namespace App\\Models\\Concerns;
    trait Loggable {
      public function log() { return 'log'; }
      public function slug() { return 'inner slug'; }
    }`,
  'app/Models/Post.php': `<?php
    namespace App\\Models;
    use App\\Models\\Concerns\\HasSlug;
    use App\\Enums\\Status;
    /** @property Status $status */
    class Post extends Model {
      use HasSlug;
      const TABLE = 'posts';
      const FULL = self::PREFIX . self::TABLE;
      const COLUMNS = [self::CREATED, 'title', Status::Draft->value];
      const LOOP_A = self::LOOP_B;
      const LOOP_B = self::LOOP_A;
      const CROSS = Featured::ONLY_HERE;
      protected $table = self::TABLE;
      public function table(): string { return 'own table'; }
    }`,
  'app/Models/Featured.php': `<?php
    namespace App\\Models;
    class Featured extends Post {
      const TABLE = 'featured';
      const ONLY_HERE = parent::TABLE . '!';
      const BACK = Post::CROSS;
      public function __construct(protected \\App\\Services\\Ranker $ranker) {}
      public function save() { return 'featured save'; }
    }`,
  'app/Enums/Status.php': `<?php
    namespace App\\Enums;
    enum Status: string {
      case Draft = 'draft';
      case Live = 'live';
      const DEFAULT = self::Draft;
    }`,
  'app/Enums/Size.php': `<?php
    namespace App\\Enums;
    enum Size { case Small; case Large; }`,
  'app/Cycle.php': `<?php
    namespace App;
    class A extends B { const X = B::Y; }
    class B extends A { const Y = A::X; }`,
};

/** Every question the tests ask of an index, as plain data, to compare two indexes. */
function answers(index: ClassIndex): unknown {
  const constant = (c: string, n: string) => {
    const v = index.constant(c, n);
    if (v instanceof Unknown) return 'unknown';
    if (v instanceof EnumCase) return `case ${v.fqcn}::${v.name}=${String(v.value)}`;
    return v;
  };
  const methods = (c: string) => [...index.methodsOf(c)].map(([name, m]) => `${name}@${m.decl.fqcn}`);
  return {
    classes: index.classes.map((c) => c.fqcn),
    methods: ['App\\Models\\Post', 'App\\Models\\Featured'].map(methods),
    isA: [
      index.isA('App\\Models\\Featured', 'App\\Models\\Model'),
      index.isA('App\\Models\\Featured', 'App\\Models\\Named'),
      index.isA('App\\Models\\Featured', '\\JsonSerializable'),
      index.isA('App\\Models\\Post', 'App\\Models\\Featured'),
    ],
    traits: index.traitsOf('App\\Models\\Featured'),
    constants: [
      constant('App\\Models\\Post', 'FULL'),
      constant('App\\Models\\Post', 'COLUMNS'),
      constant('App\\Models\\Featured', 'ONLY_HERE'),
      constant('App\\Models\\Featured', 'FULL'),
      constant('App\\Models\\Featured', 'NAMED'),
      constant('App\\Models\\Post', 'CROSS'),
      constant('App\\Models\\Featured', 'BACK'),
      constant('App\\Models\\Post', 'LOOP_A'),
      constant('App\\Enums\\Status', 'DEFAULT'),
      constant('App\\Enums\\Size', 'Large'),
      constant('App\\A', 'X'),
    ],
    defaults: [
      index.propertyDefault('App\\Models\\Featured', 'table'),
      index.propertyDefault('App\\Models\\Post', 'slugColumn'),
    ],
    types: [
      index.propertyType('App\\Models\\Post', 'status'),
      index.propertyType('App\\Models\\Featured', 'ranker'),
    ],
  };
}

describe('class index', () => {
  const index = indexOf(APP);

  test('methods: the class wins over its traits, traits over the parent; traits of traits', () => {
    const methods = index.methodsOf('App\\Models\\Post');
    expect(methods.get('table')?.decl.fqcn).toBe('App\\Models\\Post');
    expect(methods.get('save')?.decl.fqcn).toBe('App\\Models\\Concerns\\HasSlug');
    expect(methods.get('slug')?.decl.fqcn).toBe('App\\Models\\Concerns\\HasSlug');
    expect(methods.get('log')?.decl.fqcn).toBe('App\\Models\\Concerns\\Loggable');
    expect(methods.get('newquery')?.decl.fqcn).toBe('App\\Models\\Model');
    // Interface methods are not the class's methods; `signature` finds them for their types.
    expect(index.method('App\\Models\\Model', 'table')).toBeNull();
    expect(index.signature('App\\Models\\Model', 'table')?.decl.fqcn).toBe('App\\Models\\HasTable');
    expect(index.signature('App\\Models\\Post', 'table')?.decl.fqcn).toBe('App\\Models\\Post');
    expect(index.method('App\\Models\\Featured', 'SAVE')?.decl.fqcn).toBe('App\\Models\\Featured');
    expect(index.method('App\\Models\\Featured', 'log')?.decl.fqcn).toBe('App\\Models\\Concerns\\Loggable');
    expect(index.method('App\\Models\\Featured', 'nope')).toBeNull();
  });

  test('method nodes come from the file ASTs, lazily', () => {
    const found = index.method('App\\Models\\Featured', 'slug')!;
    expect(found.node?.kind).toBe('method');
    expect(found.node?.loc?.start.line).toBe(6);
  });

  test('lineage, vendorRoot, isA through parents and interfaces (and interface parents)', () => {
    expect(index.lineage('App\\Models\\Featured').map((c) => c.fqcn)).toEqual([
      'App\\Models\\Featured',
      'App\\Models\\Post',
      'App\\Models\\Model',
    ]);
    expect(index.vendorRoot('App\\Models\\Featured')).toBeNull();
    expect(index.vendorRoot('Vendor\\Thing')).toBe('Vendor\\Thing');
    expect(index.isA('App\\Models\\Featured', 'App\\Models\\Named')).toBe(true);
    expect(index.isA('app\\models\\featured', '\\JsonSerializable')).toBe(true);
    expect(index.isA('App\\Models\\Post', 'App\\Models\\Featured')).toBe(false);
    expect(index.lineage('App\\A').map((c) => c.fqcn)).toEqual(['App\\A', 'App\\B']);
    expect(index.isA('App\\A', 'Nope')).toBe(false);
  });

  test('traits of the class, its parents and its traits', () => {
    expect(index.traitsOf('App\\Models\\Featured')).toEqual([
      'App\\Models\\Concerns\\HasSlug',
      'App\\Models\\Concerns\\Loggable',
    ]);
  });

  test('constants across classes, self::, parent::, interfaces (and their parents)', () => {
    expect(index.constant('App\\Models\\Post', 'FULL')).toBe('app_posts');
    expect(index.constant('App\\Models\\Post', 'COLUMNS')).toEqual(['created_at', 'title', 'draft']);
    expect(index.constant('App\\Models\\Featured', 'ONLY_HERE')).toBe('posts!');
    expect(index.constant('App\\Models\\Post', 'CROSS')).toBe('posts!');
    expect(index.constant('App\\Models\\Featured', 'NAMED')).toBe('yes');
    expect(index.constant('App\\Models\\Featured', 'NOPE')).toBeUndefined();
    expect(index.constant('Vendor\\Thing', 'X')).toBeUndefined();
  });

  test('self:: in an inherited constant is the declaring class, not the subclass it is read through', () => {
    expect(index.constant('App\\Models\\Featured', 'FULL')).toBe('app_posts');
    expect(index.propertyDefault('App\\Models\\Featured', 'table')).toBe('posts');
  });

  test('recursive constants are Unknown, not a stack overflow', () => {
    expect(index.constant('App\\Models\\Post', 'LOOP_A')).toBeInstanceOf(Unknown);
    expect(index.constant('App\\Models\\Featured', 'BACK')).toBe('posts!');
    expect(index.constant('App\\A', 'X')).toBeInstanceOf(Unknown);
    // The index is still usable after a recursion was cut.
    expect(index.constant('App\\Models\\Post', 'TABLE')).toBe('posts');
  });

  test('enum cases, backed and pure', () => {
    expect(index.constant('App\\Enums\\Status', 'Live')).toEqual(
      new EnumCase('App\\Enums\\Status', 'Live', 'live'),
    );
    expect(index.constant('App\\Enums\\Status', 'DEFAULT')).toEqual(
      new EnumCase('App\\Enums\\Status', 'Draft', 'draft'),
    );
    expect(index.constant('App\\Enums\\Size', 'Small')).toEqual(
      new EnumCase('App\\Enums\\Size', 'Small', null),
    );
  });

  test('properties through parents and traits; defaults evaluated; types from docblocks and promotion', () => {
    expect(index.property('App\\Models\\Featured', 'slugColumn')?.decl.fqcn).toBe(
      'App\\Models\\Concerns\\HasSlug',
    );
    expect(index.propertyDefault('App\\Models\\Post', 'slugColumn')).toBe('slug');
    expect(index.propertyDefault('App\\Models\\Model', 'table')).toBeNull();
    expect(index.propertyDefault('App\\Models\\Post', 'status')).toBeUndefined();
    expect(index.propertyType('App\\Models\\Featured', 'status')).toEqual(t(['App\\Enums\\Status']));
    expect(index.propertyType('App\\Models\\Featured', 'ranker')).toEqual(t(['App\\Services\\Ranker']));
    expect(index.property('App\\Models\\Post', 'ranker')).toBeNull();
  });

  test('summaries survive a JSON round trip; an index of the round-tripped summaries answers the same', () => {
    const { summaries, asts } = summarize(APP);
    const copied = JSON.parse(JSON.stringify(summaries)) as FileSummary[];
    expect(copied).toEqual(summaries);
    const fresh = new ClassIndex(summaries, (f) => asts.get(f) ?? null);
    const revived = new ClassIndex(copied, (f) => asts.get(f) ?? null);
    expect(answers(revived)).toEqual(answers(fresh));
    expect(answers(revived)).toEqual(answers(index));
  });
});

// Real code when the machine has Laravel's sources (Debian's php-laravel-framework): nothing throws.
const LARAVEL_DATABASE = '/usr/share/php/Illuminate/Database';
(existsSync(LARAVEL_DATABASE) ? describe : describe.skip)("Laravel's Database component", () => {
  test('summaries, a JSON round trip and every question to the index', () => {
    const files: Record<string, string> = {};
    const walkDir = (dir: string) => {
      for (const name of readdirSync(dir).sort()) {
        const abs = join(dir, name);
        if (statSync(abs).isDirectory()) walkDir(abs);
        else if (name.endsWith('.php')) files[abs] = readFileSync(abs, 'utf8');
      }
    };
    walkDir(LARAVEL_DATABASE);
    const { summaries, asts } = summarize(files);
    const index = new ClassIndex(
      JSON.parse(JSON.stringify(summaries)) as FileSummary[],
      (f) => asts.get(f) ?? null,
    );
    expect(index.classes.length).toBeGreaterThan(150);
    for (const c of index.classes) {
      expect(index.methodsOf(c.fqcn).size).toBeGreaterThanOrEqual(c.summary.methods.length);
      for (const k of c.summary.constants) expect(index.constant(c.fqcn, k.name)).not.toBeUndefined();
      for (const p of c.summary.properties) index.propertyDefault(c.fqcn, p.name);
      for (const m of c.summary.methods) expect(index.method(c.fqcn, m.name)?.node?.kind).toBe('method');
    }
    const builder = 'Illuminate\\Database\\Eloquent\\Builder';
    expect(index.method(builder, 'where')?.decl.fqcn).toBe(builder);
    expect(index.traitsOf(builder)).toContain('Illuminate\\Database\\Concerns\\BuildsQueries');
  });
});

/** Calls followed into the app's own code: binding, late static binding, traits, recursion and budgets. */

import { children, type PhpNode } from '../../src/project/php/ast.js';
import {
  CallBudget,
  bindArguments,
  ownCallTarget,
  resolveCall,
  returnValue,
} from '../../src/project/php/calls.js';
import type { ClassIndex } from '../../src/project/php/class-index.js';
import { evaluate, evaluateArgs, type EvalContext, type EvalHost } from '../../src/project/php/evaluate.js';
import { Unknown, type PhpValue } from '../../src/project/php/value.js';
import { findNode, indexOf, program, returned } from './helpers.js';

const FILES: Record<string, string> = {
  'app/Support/Naming.php': `<?php
    namespace App\\Support;
    trait Naming {
      use Quoting;
      protected function prefixed(string $name): string { return self::PREFIX . $name; }
      public function traitHelper() { return $this->base() . '+' . $this->quote('t'); }
      public function className() { return __CLASS__; }
    }`,
  'app/Support/Quoting.php': `<?php
    namespace App\\Support;
    trait Quoting {
      public function quote(string $v): string { return "'$v'"; }
    }`,
  'app/Support/Base.php': `<?php
    namespace App\\Support;
    abstract class Base {
      const PREFIX = 'base_';
      protected $table = 'bases';
      public function base() { return 'base'; }
      public function kind() { return 'base kind'; }
      public function describe() { return static::kind() . '|' . self::kind() . '|' . $this->kind(); }
      abstract protected function todo(): string;
    }`,
  'app/Support/Repo.php': `<?php
    namespace App\\Support;
    use App\\Support\\Helper as H;
    class Repo extends Base {
      use Naming;
      const PREFIX = 'repo_';
      const SUFFIX = '_x';
      public function kind() { return 'repo kind'; }
      public function table(string $name, string $suffix = self::SUFFIX, bool $plural = true) {
        if ($plural) {
          return $name . 's' . $suffix;
        } else {
          return $name . $suffix;
        }
      }
      public function join(string $glue, string ...$parts) { return implode($glue, $parts); }
      public function chained(string $a) {
        $b = $this->table($a, plural: false);
        return $this->wrap($b);
      }
      private function wrap($v) { return "[$v]"; }
      public function parentKind() { return parent::kind(); }
      public function loop(int $n) { return $n <= 0 ? 'done' : $this->loop($n - 1); }
      public function ping() { return $this->pong(); }
      public function pong() { return $this->ping(); }
      public static function forever() { return static::forever(); }
      public function sum(array $items) {
        $total = 0;
        foreach ($items as $i) {
          $total += $i;
        }
        return $total;
      }
      public function idle(array $items) {
        foreach ($items as $i) {}
        return 'idle';
      }
      public function build() {
        $cols = ['id'];
        $cols[] = 'title';
        $sql = 'select ';
        $sql .= implode(', ', $cols);
        $named = [];
        $named['k'] = 'v';
        return [$sql, $cols, $named];
      }
      public function configured() { return config('repo.table', 'fallback'); }
      public function prop() { return $this->table; }
      public function abstractCall() { return $this->todo(); }
      public function noReturn() { $x = 1; }
      public function branch($flag) { if ($flag) { return 'a'; } return 'b'; }
      public function prefixedName() { return $this->prefixed('users'); }
      public function statics() { return H::name('x') . '/' . Helper::name(v: 'y'); }
      public function level1() { return $this->level2(); }
      public function level2() { return $this->level3(); }
      public function level3() { return $this->level4(); }
      public function level4() { return 'deep'; }
      protected function todo(): string { return 'todo'; }
    }`,
  'app/Support/Special.php': `<?php
    namespace App\\Support;
    class Special extends Repo {
      const PREFIX = 'special_';
      public function kind() { return 'special'; }
    }`,
  'app/Support/Helper.php': `<?php
    namespace App\\Support;
    class Helper {
      public static function name($v) { return "helper_$v"; }
    }`,
};

const REPO = 'App\\Support\\Repo';
const SPECIAL = 'App\\Support\\Special';

/**
 * Evaluates `return <code>;` as if written in a method of `cls`, with `$this->…`, `self::…` and
 * `Class::…` calls followed the way a reader wires them: returnValue with the call's own arguments.
 */
function run(
  index: ClassIndex,
  cls: string,
  code: string,
  budget = new CallBudget(),
  host?: EvalHost,
  vars: Record<string, PhpValue> = {},
): PhpValue {
  const { expr } = returned(`<?php namespace App\\Support; return ${code};`);
  const decl = index.get(cls)!;
  const ctx: EvalContext = {
    ...index.contextFor(decl),
    host,
    variable: (n) => vars[n],
    callMethod: (target, method, _args, node) =>
      returnValue(target, method, evaluateArgs(children(node, 'arguments'), ctx), node, {
        index,
        budget,
        caller: ctx,
      }),
  };
  return evaluate(expr, ctx);
}

describe('argument binding', () => {
  const index = indexOf(FILES);

  test('positional, defaults (evaluated in the class), named, variadic', () => {
    expect(run(index, REPO, "$this->table('post')")).toBe('posts_x');
    expect(run(index, REPO, "$this->table('post', '!')")).toBe('posts!');
    expect(run(index, REPO, "$this->table('post', plural: false)")).toBe('post_x');
    expect(run(index, REPO, "$this->table(suffix: '?', name: 'tag')")).toBe('tags?');
    expect(run(index, REPO, "$this->join(', ', 'a', 'b', 'c')")).toBe('a, b, c');
    expect(run(index, REPO, "$this->join('-')")).toBe('');
  });

  test('a missing argument without a default is Unknown; if/else on arguments', () => {
    expect(run(index, REPO, '$this->table()')).toBeInstanceOf(Unknown);
    expect(run(index, REPO, '$this->branch(true)')).toBe('a');
    expect(run(index, REPO, '$this->branch(0)')).toBe('b');
    expect(run(index, REPO, '$this->branch($unknown)')).toBeInstanceOf(Unknown);
  });

  test('bindArguments on its own', () => {
    const found = index.method(REPO, 'table')!;
    const vars = bindArguments(
      found,
      { positional: ['a'], named: { plural: false } },
      index.contextFor(index.get(REPO)),
    );
    expect([...vars]).toEqual([
      ['name', 'a'],
      ['suffix', '_x'],
      ['plural', false],
    ]);
  });
});

describe('what a followed method returns', () => {
  const index = indexOf(FILES);

  test('a helper calling another helper (with named arguments and locals)', () => {
    expect(run(index, REPO, "$this->chained('post')")).toBe('[post_x]');
  });

  test('locals: assignments, compound assignments, appended and keyed elements', () => {
    expect(run(index, REPO, '$this->build()')).toEqual(['select id, title', ['id', 'title'], { k: 'v' }]);
    expect(run(index, REPO, '$this->sum([1, 2, 3])')).toBe(6);
  });

  test('host knowledge and $this properties reach the callee', () => {
    const host: EvalHost = {
      callFunction: (n, a) => (n === 'config' && a[0] === 'repo.table' ? 'repos' : undefined),
    };
    expect(run(index, REPO, '$this->configured()', new CallBudget(), host)).toBe('repos');
    // Without a host, config() is not known (its default is the host's business).
    expect(run(index, REPO, '$this->configured()')).toBeInstanceOf(Unknown);
    expect(run(index, REPO, '$this->prop()')).toBe('bases');
  });

  test('a method without a body in the app, a method with no return, a method that does not exist', () => {
    expect(run(index, 'App\\Support\\Base', '$this->todo()')).toBeInstanceOf(Unknown);
    expect(run(index, REPO, '$this->abstractCall()')).toBe('todo');
    expect(run(index, REPO, '$this->noReturn()')).toBeNull();
    expect(run(index, REPO, '$this->nope()')).toBeInstanceOf(Unknown);
  });

  test('static calls on other classes, through use aliases and named arguments', () => {
    expect(run(index, REPO, '$this->statics()')).toBe('helper_x/helper_y');
  });
});

describe('self::, static::, $this and parent::', () => {
  const index = indexOf(FILES);

  test('late static binding: static:: and $this reach the subclass override, self:: the declaring class', () => {
    expect(run(index, REPO, '$this->describe()')).toBe('repo kind|base kind|repo kind');
    expect(run(index, SPECIAL, '$this->describe()')).toBe('special|base kind|special');
    expect(run(index, SPECIAL, 'static::kind()')).toBe('special');
    expect(run(index, SPECIAL, '$this->chained("a")')).toBe('[a_x]');
  });

  test('parent:: looks above the class that declares the calling method', () => {
    expect(run(index, REPO, '$this->parentKind()')).toBe('base kind');
    // Run for Special, parentKind is still Repo's method: its parent:: is Base.
    expect(run(index, SPECIAL, '$this->parentKind()')).toBe('base kind');
    expect(run(index, SPECIAL, 'parent::kind()')).toBe('repo kind');
  });

  test('trait methods: followed from the class and its subclasses; self:: and __CLASS__ are the using class', () => {
    expect(run(index, REPO, '$this->traitHelper()')).toBe("base+'t'");
    expect(run(index, REPO, '$this->prefixedName()')).toBe('repo_users');
    expect(run(index, SPECIAL, '$this->prefixedName()')).toBe('repo_users');
    expect(run(index, SPECIAL, '$this->className()')).toBe(REPO);
    expect(run(index, SPECIAL, '$this->quote("q")')).toBe("'q'");
  });

  test('resolveCall: the method found and the class it runs for', () => {
    const at = (r: ReturnType<typeof resolveCall>) => r && [r.found.decl.fqcn, r.self];
    expect(at(resolveCall(index, 'this', 'kind', SPECIAL, REPO))).toEqual([SPECIAL, SPECIAL]);
    expect(at(resolveCall(index, 'self', 'kind', SPECIAL, REPO))).toEqual([REPO, SPECIAL]);
    expect(at(resolveCall(index, 'parent', 'kind', SPECIAL, REPO))).toEqual(['App\\Support\\Base', SPECIAL]);
    expect(at(resolveCall(index, 'App\\Support\\Helper', 'name', SPECIAL))).toEqual([
      'App\\Support\\Helper',
      'App\\Support\\Helper',
    ]);
    expect(resolveCall(index, 'this', 'nope', REPO)).toBeNull();
    expect(resolveCall(index, 'this', 'kind', null)).toBeNull();
  });

  test('ownCallTarget', () => {
    const ast = program(
      `<?php $this->a(); $this?->b(); self::c(); static::d(); parent::e(); Foo::f(); $x->g(); h();`,
    );
    const calls: PhpNode[] = [];
    for (const st of children(ast, 'children')) calls.push(findNode(st, 'call'));
    expect(calls.map(ownCallTarget)).toEqual([
      { target: 'this', method: 'a' },
      { target: 'this', method: 'b' },
      { target: 'self', method: 'c' },
      { target: 'this', method: 'd' },
      { target: 'parent', method: 'e' },
      null,
      null,
      null,
    ]);
  });
});

describe('recursion and budgets', () => {
  const index = indexOf(FILES);

  test('a method calling itself, mutual recursion and static recursion are Unknown, without hanging', () => {
    const budget = new CallBudget();
    expect(run(index, REPO, '$this->loop(3)', budget)).toBeInstanceOf(Unknown);
    expect(run(index, REPO, '$this->loop(0)', budget)).toBe('done');
    expect(run(index, REPO, '$this->ping()', budget)).toBeInstanceOf(Unknown);
    expect(run(index, REPO, 'static::forever()', budget)).toBeInstanceOf(Unknown);
    expect(budget.depth).toBe(0);
  });

  test('the depth limit', () => {
    expect(run(index, REPO, '$this->level1()', new CallBudget(4))).toBe('deep');
    const shallow = new CallBudget(3);
    const v = run(index, REPO, '$this->level1()', shallow);
    expect(v).toBeInstanceOf(Unknown);
    expect((v as Unknown).reason).toContain('level4');
    expect(shallow.depth).toBe(0);
  });

  test('the step limit: a loop over a big array stops and says so', () => {
    const big = Array.from({ length: 30_000 }, (_, i) => i);
    const budget = new CallBudget();
    const v = run(index, REPO, '$this->sum($big)', budget, undefined, { big });
    expect(v).toBeInstanceOf(Unknown);
    expect((v as Unknown).reason).toBe('the work limit was reached');
    expect(budget.spent).toBe(true);
    // An empty loop body counts too.
    expect(run(index, REPO, '$this->idle($big)', new CallBudget(8, 1000), undefined, { big })).toBeInstanceOf(
      Unknown,
    );
    expect(run(index, REPO, '$this->sum([1, 2])', new CallBudget(8, 100))).toBe(3);
  });

  test('a spent budget stays spent for later calls', () => {
    const budget = new CallBudget(8, 10);
    expect(run(index, REPO, '$this->sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])', budget)).toBeInstanceOf(
      Unknown,
    );
    expect(run(index, REPO, '$this->noReturn()', budget)).toBeInstanceOf(Unknown);
  });
});

/** The static evaluator on real PHP snippets: what each expression is worth, and Unknown as a value. */

import { evaluate, type EvalContext, type EvalHost } from '../../src/project/php/evaluate.js';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { walk } from '../../src/project/php/ast.js';
import { parsePhp } from '../../src/project/php/parse.js';
import { RawSql, laravelHost } from '../../src/project/laravel/host.js';
import { ClosureValue, EnumCase, ObjectValue, Unknown, type PhpValue } from '../../src/project/php/value.js';
import { ChoiceValue } from '../../src/project/php/choice.js';
import { indexOf, program, returned } from './helpers.js';

/** Evaluates `return <expr>;` (or the last top-level return of a full snippet) with optional locals. */
function ev(code: string, vars: Record<string, PhpValue> = {}, ctx: EvalContext = {}): PhpValue {
  const { expr, scope } = returned(code);
  // The snippet's own namespace and imports, whatever class context it is evaluated in.
  return evaluate(expr, {
    file: 'app/Test.php',
    variable: (n) => (n in vars ? vars[n] : undefined),
    ...ctx,
    scope,
  });
}

describe('literals and numbers', () => {
  test.each([
    ["'a'", 'a'],
    ['"b"', 'b'],
    ['42', 42],
    ['1.5', 1.5],
    ['-3', -3],
    ['+3', 3],
    ['1e3', 1000],
    ['.5', 0.5],
    ['1_000_000', 1000000],
    ['0x1F', 31],
    ['0b101', 5],
    ['0o17', 15],
    ['0755', 493],
    ['true', true],
    ['FALSE', false],
    ['null', null],
    ['\\PHP_EOL', '\n'],
  ] as [string, PhpValue][])('%s', (code, want) => {
    expect(ev(code)).toEqual(want);
  });

  test('an unknown constant is Unknown with its name', () => {
    const v = ev('SOME_APP_CONSTANT');
    expect(v).toBeInstanceOf(Unknown);
    expect((v as Unknown).reason).toContain('SOME_APP_CONSTANT');
  });
});

describe('strings', () => {
  test('escapes in double quotes, none in single quotes', () => {
    expect(ev('"a\\tb\\x41"')).toBe('a\tbA');
    expect(ev("'a\\tb'")).toBe('a\\tb');
  });

  test('interpolation: {$a}, $b, array offsets and a known property', () => {
    expect(ev('"{$a}-$b"', { a: 'x', b: 2 })).toBe('x-2');
    expect(ev('"$list[1] and {$map[\'k\']} and $map[k]"', { list: ['a', 'b'], map: { k: 'v' } })).toBe(
      'b and v and v',
    );
    expect(ev('"t_{$this->table}"', {}, { property: (n) => (n === 'table' ? 'posts' : undefined) })).toBe(
      't_posts',
    );
  });

  test('an unknown part makes the whole string unknown', () => {
    expect(ev('"a $missing b"')).toBeInstanceOf(Unknown);
  });

  test('heredoc (indented, interpolated) and nowdoc (raw)', () => {
    const code = [
      '<?php',
      'return [<<<SQL',
      '    select $col',
      '      from t',
      "    SQL, <<<'RAW'",
      '$not {$vars}',
      'RAW];',
    ].join('\n');
    expect(ev(code, { col: 'id' })).toEqual(['select id\n  from t', '$not {$vars}']);
  });

  test('a shell string is never run', () => {
    expect(ev('`ls`')).toBeInstanceOf(Unknown);
  });

  test('concatenation converts numbers, booleans and null as PHP does', () => {
    expect(ev("'a' . 1 . true . false . null . 1.5")).toBe('a111.5');
    expect(ev("'x' . ['a']")).toBeInstanceOf(Unknown);
  });

  test('string offsets', () => {
    expect(ev("'abc'[1]")).toBe('b');
    expect(ev("'abc'[-1]")).toBe('c');
  });
});

describe('arithmetic and comparisons', () => {
  test.each([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['7 / 2', 3.5],
    ['6 / 2', 3],
    ['7 % 3', 1],
    ['-7 % 3', -1],
    ['2 ** 10', 1024],
    ['6 | 1', 7],
    ['6 & 3', 2],
    ['6 ^ 3', 5],
    ['1 << 4', 16],
    ['1 << 40', 1099511627776],
    ['2 ** 40 | 1', 1099511627777],
    ["'5' + 3", 8],
    ["'1.5' * 2", 3],
    ['60 * 60 * 24', 86400],
    ['1 < 2', true],
    ['2 <= 1', false],
    ["'a' < 'b'", true],
    ['1 <=> 2', -1],
    ["'a' === 'a'", true],
    ["1 === '1'", false],
    ["1 == '1'", true],
    ["'abc' == 0", false],
    ["'1e1' == '10'", true],
    ['null == false', true],
    ["null == ''", true],
    ["null === ''", false],
    ['[1, 2] === [1, 2]', true],
    ['[1, 2] == [2, 1]', false],
    ["'a' != 'b'", true],
    ["1 !== '1'", true],
    ['!0', true],
    ["!'0'", true],
    ["!'a'", false],
    ['-(2 + 3)', -5],
    ['~0', -1],
  ] as [string, PhpValue][])('%s', (code, want) => {
    expect(ev(code)).toEqual(want);
  });

  test('division by zero is Unknown, not Infinity', () => {
    expect(ev('1 / 0')).toBeInstanceOf(Unknown);
    expect(ev('1 % 0')).toBeInstanceOf(Unknown);
  });

  test('a comparison with an unknown inside an array is Unknown, not false', () => {
    expect(ev('[$x] === [1]')).toBeInstanceOf(Unknown);
    expect(ev('[$x] == [1]')).toBeInstanceOf(Unknown);
    expect(ev('$x === 1')).toBeInstanceOf(Unknown);
  });
});

describe('logic with short-circuit', () => {
  test('the left side decides when it can; an unknown right side does not matter', () => {
    expect(ev('false && $unknown')).toBe(false);
    expect(ev('true || $unknown')).toBe(true);
    expect(ev('0 and $unknown')).toBe(false);
    expect(ev("'x' or $unknown")).toBe(true);
    expect(ev("'x' ?? $unknown")).toBe('x');
  });

  test('the right side decides when the left is unknown and it settles the result', () => {
    expect(ev('$unknown && false')).toBe(false);
    expect(ev('$unknown || true')).toBe(true);
    expect(ev('$unknown && true')).toBeInstanceOf(Unknown);
    expect(ev('$unknown || false')).toBeInstanceOf(Unknown);
  });

  test('results are booleans', () => {
    expect(ev("1 && 'a'")).toBe(true);
    expect(ev("0 || ''")).toBe(false);
    expect(ev('true xor true')).toBe(false);
  });

  test('?? takes the right side for null and missing keys', () => {
    expect(ev("null ?? 'd'")).toBe('d');
    expect(ev("$a['missing'] ?? 'd'", { a: { k: 1 } })).toBe('d');
    expect(ev("$a['k'] ?? 'd'", { a: { k: 1 } })).toBe(1);
    expect(ev("$unknown ?? 'd'")).toBeInstanceOf(Unknown);
  });

  test('ternary and ?:', () => {
    expect(ev("true ? 'a' : $unknown")).toBe('a');
    expect(ev("0 ? $unknown : 'b'")).toBe('b');
    expect(ev("0 ?: 'b'")).toBe('b');
    expect(ev("'a' ?: $unknown")).toBe('a');
    expect(ev("$unknown ? 'a' : 'b'")).toBeInstanceOf(Unknown);
    expect(ev("$unknown ? 'same' : 'same'")).toBe('same');
  });

  test('match: strict comparison, several conditions per arm, default, match(true)', () => {
    const m = "match($v) { 1, 2 => 'low', '3' => 'string three', default => 'other' }";
    expect(ev(m, { v: 2 })).toBe('low');
    expect(ev(m, { v: 3 })).toBe('other');
    expect(ev(m, { v: '3' })).toBe('string three');
    expect(ev("match(true) { $n > 10 => 'big', $n > 1 => 'some', default => 'none' }", { n: 5 })).toBe(
      'some',
    );
    expect(ev("match($unknown) { 1 => 'a', default => $unknown }")).toBeInstanceOf(Unknown);
    expect(ev("match($unknown) { 1 => 'a' }")).toBeInstanceOf(Unknown);
  });

  test('a value chosen at run time from a list the code spells, with its fallback (choice.ts)', () => {
    const choice = (v: PhpValue) =>
      v instanceof ChoiceValue ? { fallback: v.fallback, options: v.options } : v;
    expect(choice(ev("match($unknown) { 1 => 'a', default => 'b' }"))).toEqual({
      fallback: 'b',
      options: ['b', 'a'],
    });
    expect(choice(ev("in_array($s, ['id', 'name']) ? $s : 'created_at'"))).toEqual({
      fallback: 'created_at',
      options: ['created_at', 'id', 'name'],
    });
    expect(choice(ev("['new' => 'created_at', 'az' => 'name'][$s] ?? 'id'"))).toEqual({
      fallback: 'id',
      options: ['id', 'created_at', 'name'],
    });
    // The picked branch must be the value tested; the list must be known.
    expect(ev("in_array($s, ['id']) ? $t : 'id'")).toBeInstanceOf(Unknown);
    expect(ev("in_array($s, $unknownList) ? $s : 'id'")).toBeInstanceOf(Unknown);
    // Anything computed from a choice is unknown, as for any run-time value.
    expect(ev("(in_array($s, ['a']) ? $s : 'b') . '_x'")).toBeInstanceOf(Unknown);
    // An escaped pick (Laravel's e(), htmlspecialchars, trim) of plain column names is the same choice…
    expect(choice(ev("in_array($s, ['id', 'users.name']) ? e($s) : 'id'"))).toEqual({
      fallback: 'id',
      options: ['id', 'users.name'],
    });
    expect(choice(ev("!in_array($s, ['id']) ? 'name' : \\htmlspecialchars($s)"))).toEqual({
      fallback: 'name',
      options: ['name', 'id'],
    });
    // …but not when an entry could come out changed, nor when the wrapper is not an escape.
    expect(ev("in_array($s, ['a&b']) ? e($s) : 'id'")).toBeInstanceOf(Unknown);
    expect(ev("in_array($s, ['id']) ? strtoupper($s) : 'id'")).toBeInstanceOf(Unknown);
    expect(ev("in_array($s, ['id']) ? e($t) : 'id'")).toBeInstanceOf(Unknown);
    // A known needle decides the test as before.
    expect(ev("in_array($s, ['id', 'name']) ? $s : 'created_at'", { s: 'name' })).toBe('name');
  });
});

describe('arrays', () => {
  test('lists and keyed arrays', () => {
    expect(ev('[1, 2, 3]')).toEqual([1, 2, 3]);
    expect(ev('array(1, 2)')).toEqual([1, 2]);
    expect(ev("['a' => 1, 'b' => [2, 3]]")).toEqual({ a: 1, b: [2, 3] });
    expect(ev('[]')).toEqual([]);
  });

  test('spreads of lists and keyed arrays', () => {
    expect(ev('[...[1, 2], 3, ...$more]', { more: [4] })).toEqual([1, 2, 3, 4]);
    expect(ev("[...['a' => 1, 'b' => 2], 'b' => 3]")).toEqual({ a: 1, b: 3 });
  });

  test('mixed numeric keys continue after the largest one; numeric strings are integer keys', () => {
    expect(ev("[5 => 'a', 'b', '7' => 'c', 'd']")).toEqual({ 5: 'a', 6: 'b', 7: 'c', 8: 'd' });
    expect(ev("['0' => 'a', '1' => 'b']")).toEqual(['a', 'b']);
    expect(ev("[0 => 'a', 'x' => 'b', 'c']")).toEqual({ 0: 'a', x: 'b', 1: 'c' });
    expect(ev("[1 => 'a', 0 => 'b']")).toEqual({ 1: 'a', 0: 'b' });
    expect(ev("[true => 'a', null => 'b', 1.7 => 'c']")).toEqual({ 1: 'c', '': 'b' });
    expect(ev("['a', 'b'] + ['x', 'y', 'z']")).toEqual(['a', 'b', 'z']);
    expect(ev("['k' => 1] + ['k' => 2, 'j' => 3]")).toEqual({ k: 1, j: 3 });
  });

  test('an unknown element leaves the other elements known', () => {
    const list = ev('[1, $unknown, 3]') as PhpValue[];
    expect(list[0]).toBe(1);
    expect(list[1]).toBeInstanceOf(Unknown);
    expect(list[2]).toBe(3);
    const map = ev("['table' => 'posts', 'when' => now(), 'n' => 2]") as Record<string, PhpValue>;
    expect(map.table).toBe('posts');
    expect(map.when).toBeInstanceOf(Unknown);
    expect(map.n).toBe(2);
  });

  test('offset lookups, numeric-string keys included; a known element of a partly known array', () => {
    expect(ev("['a' => 1]['a']")).toBe(1);
    expect(ev('[10, 20][1]')).toBe(20);
    expect(ev("[10, 20]['1']")).toBe(20);
    expect(ev("[1 => 'x'][1]")).toBe('x');
    expect(ev('[$unknown, 2][1]')).toBe(2);
    expect(ev("$cfg['db']['host']", { cfg: { db: { host: 'h' } } })).toBe('h');
  });
});

describe('casts', () => {
  test.each([
    ["(int) '12abc'", 12],
    ["(int) ' 7'", 7],
    ["(int) '1e3'", 1000],
    ['(int) 3.9', 3],
    ['(int) true', 1],
    ["(float) '1.5'", 1.5],
    ["(float) '1.5abc'", 1.5],
    ['(string) 5', '5'],
    ['(string) false', ''],
    ["(bool) '0'", false],
    ['(bool) []', false],
    ["(bool) 'a'", true],
    ["(array) 'a'", ['a']],
    ['(array) null', []],
    ['(array) [1]', [1]],
  ] as [string, PhpValue][])('%s', (code, want) => {
    expect(ev(code)).toEqual(want);
  });

  test('an object cast is Unknown', () => {
    expect(ev('(object) []')).toBeInstanceOf(Unknown);
  });
});

describe('magic constants and class names', () => {
  test('__DIR__, __FILE__, __CLASS__, __NAMESPACE__, __LINE__', () => {
    expect(ev("__DIR__ . '/../config'")).toBe('app/../config');
    expect(ev('__FILE__')).toBe('app/Test.php');
    expect(ev('__CLASS__', {}, { self: 'App\\Models\\User' })).toBe('App\\Models\\User');
    expect(ev('__CLASS__')).toBeInstanceOf(Unknown);
    expect(ev('<?php namespace App\\X; return __NAMESPACE__;')).toBe('App\\X');
    expect(ev('<?php\n\nreturn __LINE__;')).toBe(3);
    expect(ev('__FUNCTION__')).toBeInstanceOf(Unknown);
  });

  test('X::class resolved through use, the namespace, aliases and self/static', () => {
    const code = [
      '<?php',
      'namespace App\\Http;',
      'use App\\Models\\User;',
      'use App\\Models\\Post as Article;',
      'use App\\Support;',
      'return [User::class, Article::class, Local::class, \\Fully\\Qualified::class, Support\\Helper::class, namespace\\Rel::class, static::class];',
    ].join('\n');
    expect(ev(code, {}, { self: 'App\\Http\\Controller' })).toEqual([
      'App\\Models\\User',
      'App\\Models\\Post',
      'App\\Http\\Local',
      'Fully\\Qualified',
      'App\\Support\\Helper',
      'App\\Http\\Rel',
      'App\\Http\\Controller',
    ]);
  });
});

describe('class constants and enum cases through a ClassIndex', () => {
  const index = indexOf({
    'app/Models/Post.php': `<?php
      namespace App\\Models;
      use App\\Enums\\Status;
      class Post extends Base {
        const TABLE = 'posts';
        public const PREFIX = self::TABLE . '_';
        const DEFAULT_STATUS = Status::Draft;
        const LIMITS = ['page' => 20, 'max' => parent::MAX];
      }`,
    'app/Models/Base.php': `<?php
      namespace App\\Models;
      abstract class Base { const MAX = 100; }`,
    'app/Enums/Status.php': `<?php
      namespace App\\Enums;
      enum Status: string {
        case Draft = 'draft';
        case Published = 'pub' . 'lished';
        const DEFAULT = self::Draft;
      }`,
    'app/Enums/Size.php': `<?php
      namespace App\\Enums;
      enum Size { case Small; case Large; }`,
  });
  const inPost = index.contextFor(index.get('App\\Models\\Post'));
  const evIn = (code: string) =>
    ev(
      `<?php namespace App\\Models; use App\\Enums\\Status; use App\\Enums\\Size; return ${code};`,
      {},
      inPost,
    );

  test('constants, self::, parent:: and inherited constants', () => {
    expect(evIn('Post::TABLE')).toBe('posts');
    expect(evIn('self::PREFIX')).toBe('posts_');
    expect(evIn('static::MAX')).toBe(100);
    expect(evIn("self::LIMITS['max']")).toBe(100);
    expect(evIn('\\App\\Models\\Post::MAX')).toBe(100);
  });

  test('enum cases: ->value and ->name; a pure enum has no value', () => {
    expect(evIn('Status::Draft->value')).toBe('draft');
    expect(evIn('Status::Published->value')).toBe('published');
    expect(evIn('Status::Published->name')).toBe('Published');
    expect(evIn('Post::DEFAULT_STATUS->value')).toBe('draft');
    expect(evIn('Status::DEFAULT->name')).toBe('Draft');
    const small = evIn('Size::Small');
    expect(small).toBeInstanceOf(EnumCase);
    expect(small).toMatchObject({ fqcn: 'App\\Enums\\Size', name: 'Small', value: null });
    expect(evIn('Size::Small->name')).toBe('Small');
    expect(evIn('Status::Draft === Status::Draft')).toBe(true);
    expect(evIn('Status::Draft === Status::Published')).toBe(false);
  });

  test('a constant the index does not know is Unknown', () => {
    expect(evIn('Post::NOPE')).toBeInstanceOf(Unknown);
    expect(evIn('Vendor\\Thing::X')).toBeInstanceOf(Unknown);
    expect(evIn('Status::Nope->value')).toBeInstanceOf(Unknown);
  });
});

describe('builtins', () => {
  test.each([
    ["sprintf('%s_%s', 'a', 'b')", 'a_b'],
    ["sprintf('%d items', '12')", '12 items'],
    ["sprintf('%05d|%-4s|%4s|%%', 42, 'ab', 'cd')", '00042|ab  |  cd|%'],
    ["sprintf('%.2f', 3.14159)", '3.14'],
    ["sprintf('%2$s %1$s', 'a', 'b')", 'b a'],
    ["sprintf('%x', 255)", 'ff'],
    ["implode(', ', ['a', 'b'])", 'a, b'],
    ["implode(['a', 'b'], '-')", 'a-b'],
    ["implode(['a', 'b'])", 'ab'],
    ["join(',', [1, 2])", '1,2'],
    ["str_replace('-', '_', 'a-b-c')", 'a_b_c'],
    ["str_replace(['a', 'b'], ['x', 'y'], 'aabbc')", 'xxyyc'],
    ["str_replace(['a', 'b'], 'z', 'abc')", 'zzc'],
    ["str_replace('a', 'b', ['aa', 'ca'])", ['bb', 'cb']],
    ["strtolower('ABC')", 'abc'],
    ["ucfirst('abc')", 'Abc'],
    ["trim('  a  ')", 'a'],
    ["rtrim('a//', '/')", 'a'],
    ["explode(',', 'a,b')", ['a', 'b']],
    ["array_merge(['a' => 1, 'b' => 2], ['a' => 3])", { a: 3, b: 2 }],
    ['array_merge([1, 2], [3])', [1, 2, 3]],
    ["array_merge([5 => 'a'], ['k' => 'b'], ['c'])", { 0: 'a', k: 'b', 1: 'c' }],
    ["array_keys(['a' => 1, 'b' => 2])", ['a', 'b']],
    ["in_array('b', ['a', 'b'])", true],
    ["in_array('1', [1, 2], true)", false],
    ["in_array('1', [1, 2])", true],
    ['count([1, 2, 3])', 3],
    ['max(1, 5, 3)', 5],
    ['min([4, 2])', 2],
    ["strlen('héllo')", 6],
    ["\\strtoupper('a')", 'A'],
    ["intval('12abc')", 12],
    ["intval('1e3')", 1000],
    ['intval([1])', 1],
    ["str_replace('a', 'b', ['k' => 'aa'])", { k: 'bb' }],
  ] as [string, PhpValue][])('%s', (code, want) => {
    expect(ev(code)).toEqual(want);
  });

  test('an unknown argument makes the result unknown, not wrong', () => {
    expect(ev("sprintf('%s', $unknown)")).toBeInstanceOf(Unknown);
    expect(ev("sprintf('%d', $unknown)")).toBeInstanceOf(Unknown);
    expect(ev("implode(',', ['a', $unknown])")).toBeInstanceOf(Unknown);
    expect(ev('count($unknown)')).toBeInstanceOf(Unknown);
    expect(ev("in_array($unknown, ['a'])")).toBeInstanceOf(Unknown);
  });

  test('array_merge keeps an unknown element in place', () => {
    const merged = ev("array_merge(['a' => 1], ['b' => $unknown])") as Record<string, PhpValue>;
    expect(merged.a).toBe(1);
    expect(merged.b).toBeInstanceOf(Unknown);
  });

  test('a function that is not a pure builtin is Unknown', () => {
    expect(ev("file_get_contents('x')")).toBeInstanceOf(Unknown);
    expect(ev('now()')).toBeInstanceOf(Unknown);
  });
});

describe('host hooks', () => {
  const seen: string[] = [];
  const host: EvalHost = {
    callFunction(name, args) {
      seen.push(`fn ${name}`);
      if (name === 'config') return args[0] === 'app.prefix' ? 'pa_' : args[1];
      return undefined;
    },
    callStatic(fqcn, method, args) {
      seen.push(`static ${fqcn}::${method}`);
      if (fqcn === 'Illuminate\\Support\\Str' && method === 'upper') return String(args[0]).toUpperCase();
      return undefined;
    },
    construct(fqcn, args) {
      seen.push(`new ${fqcn}`);
      return fqcn === 'App\\Money' ? `money:${String(args[0])}` : undefined;
    },
  };
  const code = (expr: string) => `<?php namespace App; use Illuminate\\Support\\Str; return ${expr};`;

  test('callFunction answers config(); a host default argument comes through', () => {
    expect(ev(code("config('app.prefix') . 'users'"), {}, { host })).toBe('pa_users');
    expect(ev(code("\\config('missing', 'fallback')"), {}, { host })).toBe('fallback');
    expect(seen).toContain('fn config');
  });

  test('callStatic gets the resolved class; construct gets the resolved class and arguments', () => {
    expect(ev(code("Str::upper('a')"), {}, { host })).toBe('A');
    expect(ev(code('new Money(5)'), {}, { host })).toBe('money:5');
    expect(seen).toEqual(
      expect.arrayContaining(['static Illuminate\\Support\\Str::upper', 'new App\\Money']),
    );
  });

  test('what the host does not answer is Unknown (or an object of the class for new)', () => {
    expect(ev(code("Str::lower('A')"), {}, { host })).toBeInstanceOf(Unknown);
    expect(ev(code('new Other()'), {}, { host })).toEqual(new ObjectValue('App\\Other'));
    expect(ev(code('new $cls()'), {}, { host })).toBeInstanceOf(Unknown);
  });

  test('callMethod follows $this->, self:: and static:: calls; host functions win over builtins', () => {
    const calls: string[] = [];
    const ctx: EvalContext = {
      self: 'App\\A',
      callMethod: (target, method, args) => {
        calls.push(`${target}.${method}(${args.join(',')})`);
        return method === 'name' ? 'n' : undefined;
      },
      host: { callFunction: (name) => (name === 'strtolower' ? 'hosted' : undefined) },
    };
    expect(ev("$this->name(1) . self::name(2) . static::name(3) . strtolower('X')", {}, ctx)).toBe(
      'nnnhosted',
    );
    // `static::` binds late as `$this->` does, so it is followed as a `this` call.
    expect(calls).toEqual(['this.name(1)', 'self.name(2)', 'this.name(3)']);
  });

  test('a method name the code computes is followed when it evaluates to a string', () => {
    const calls: string[] = [];
    const ctx: EvalContext = {
      callMethod: (target, method) => {
        calls.push(`${target}.${method}`);
        return method === 'name' ? 'n' : undefined;
      },
    };
    expect(ev('$this->$m() . $this->{$m}() . $this->{"na" . "me"}()', { m: 'name' }, ctx)).toBe('nnn');
    expect(ev('$this->$unknown()', {}, ctx)).toBeInstanceOf(Unknown);
    expect(calls).toEqual(['this.name', 'this.name', 'this.name']);
  });

  test('closures capture the variables they use', () => {
    const v = ev('function () use ($a, $b) { return $a; }', { a: 1 });
    expect(v).toBeInstanceOf(ClosureValue);
    expect([...(v as ClosureValue).captured]).toEqual([['a', 1]]);
  });
});

describe("Laravel's host", () => {
  const host = laravelHost({
    config: (key) => ({ 'database.prefix': 'app_', 'auth.providers': { users: 'eloquent' } })[key],
    env: (name) => ({ DB_TABLE: 'people', FLAG: '(true)', EMPTY: 'empty' })[name],
  });
  const laravel = (expr: string) =>
    ev(
      `<?php namespace App; use Illuminate\\Support\\Str; use Illuminate\\Support\\Facades\\DB; use Illuminate\\Database\\Query\\Expression; return ${expr};`,
      {},
      { host },
    );

  test('config() and env() with their defaults', () => {
    expect(laravel("config('database.prefix') . 'users'")).toBe('app_users');
    expect(laravel("config('auth.providers')")).toEqual({ users: 'eloquent' });
    expect(laravel("config('missing.key', 'dflt')")).toBe('dflt');
    expect(laravel("config('missing.key')")).toBeInstanceOf(Unknown);
    expect(laravel("env('DB_TABLE', 'x')")).toBe('people');
    expect(laravel("[env('FLAG'), env('EMPTY'), env('UNSET', 5)]")).toEqual([true, '', 5]);
  });

  test('Str:: helpers, DB::raw and new Expression', () => {
    expect(laravel("Str::snake('UserProfile')")).toBe('user_profile');
    expect(laravel("Str::plural(Str::snake(class_basename('App\\\\Models\\\\BlogPost')))")).toBe(
      'blog_posts',
    );
    expect(laravel("DB::raw('count(*) as n')")).toEqual(new RawSql('count(*) as n'));
    expect(laravel("new Expression('now()')")).toEqual(new RawSql('now()'));
    expect(laravel("'x' . DB::raw('y')")).toBe('xy');
  });
});

describe('nothing throws on any node kind', () => {
  /** Evaluates every node of a file (statements included) in a context that answers what it can. */
  function evaluateAll(code: string, path: string): number {
    const index = indexOf({ [path]: code });
    const ast = program(code, path);
    const ctx: EvalContext = {
      ...index.contextFor(index.classes[0]),
      variable: () => undefined,
      property: () => undefined,
      callMethod: () => undefined,
    };
    let count = 0;
    walk(ast, (node) => {
      expect(() => evaluate(node, ctx)).not.toThrow();
      count++;
    });
    return count;
  }

  test('every node of a file with every construct', () => {
    const code = `<?php
      declare(strict_types=1);
      namespace App\\Kitchen;
      use Foo\\{Bar, Baz as Qux};
      use function strlen;
      interface I { const X = 1; public function m(): void; }
      trait T { public static $s = [1]; abstract function a(); }
      enum E: int implements I { case A = 1; const Y = self::A; public function label(): string { return match($this) { self::A => 'a' }; } public function m(): void {} }
      #[Attr(1)]
      abstract class K extends Bar implements I {
        use T { a as protected b; T::a insteadof Other; }
        public function __construct(private readonly ?Qux $q = null, int ...$rest) {}
        public function m(): void {
          static $n = 0; global $g;
          $a = [1, 'k' => 2, ...$x]; [$p, [, $r]] = $a; list('k' => $k) = $a;
          $a[] = 1; $a['x'] ??= 2; $a .= 'x'; $i++; --$i; $r = &$a;
          $s = "x {$a['k']} $a[k] {$this->q->m()} \${$x} \${x}" . <<<EOT
            h $x
            EOT . <<<'N'
            n
            N;
          $f = fn(int $x): int => $x * 2; $g = static function () use (&$a) { yield 1; yield 'k' => 2; yield from [3]; };
          $o = new class(1) extends Bar { public function __construct(public int $v) {} };
          $o = new static; $o = new self(); $o = new ($x . 'y'); $o = clone $o; $c = $o::class;
          $v = $o?->a?->b(); $w = $o->{$x}; $y = $o::$s; $z = $o::{$x}(); $u = K::m(...); $h = $x instanceof K;
          $e = @$x['n']; $l = isset($a, $b) && empty($c) || !$d; unset($a['k']); print $x; echo $x, 1;
          $t = \`ls\`; $cast = (object) ['a' => 1]; $un = (unset) $x; eval('1;'); include __DIR__ . '/x.php'; require_once 'y.php';
          if ($a): elseif ($b): else: endif; while (false) { break; continue 2; } do {} while (0);
          for ($i = 0, $j = 1; $i < 3; $i++, $j--) {} foreach ($a as $k => [$m, $n]) {} foreach ($a as &$ref) {}
          switch ($x) { case 1: case 'a': break; default: return; }
          try { throw new \\Exception('x'); } catch (\\RuntimeException | \\LogicException $ex) {} catch (\\Throwable) {} finally {}
          goto end; end: $x = $y <=> $z; $q = $a ?: $b; $q = $a ?? $b ?? null; $q = +$a - -$b * ~$c;
          $m = match(true) { $a > 1, $a < 0 => 'x', default => throw new \\Exception() };
          $$dyn = 1; $x->$dyn(); $x::$dyn; $fn = 'strlen'; $fn('a'); (function () {})(); new $x->cls;
          exit(1);
        }
      }
      function helper(string|int &$x = PHP_INT_MAX, callable ...$more): never { die(); }
      const TOP = 1;
      ?>inline html<?= $x ?>`;
    expect(evaluateAll(code, 'app/Kitchen.php')).toBeGreaterThan(300);
  });

  test('every node of every PHP fixture of the test suite', () => {
    let count = 0;
    for (const file of phpFiles(join(process.cwd(), '__tests__/fixtures'))) {
      const code = readFileSync(file, 'utf8');
      // A few fixtures are broken on purpose (parse-error reporting).
      if (parsePhp(file, code).parsed) count += evaluateAll(code, file);
    }
    expect(count).toBeGreaterThan(10000);
  });

  // A large real file when the machine has Laravel's sources (Debian's php-laravel-framework).
  const builder = '/usr/share/php/Illuminate/Database/Query/Builder.php';
  (existsSync(builder) ? test : test.skip)("every node of Laravel's query Builder.php", () => {
    expect(evaluateAll(readFileSync(builder, 'utf8'), 'vendor/Builder.php')).toBeGreaterThan(5000);
  });
});

function phpFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) out.push(...phpFiles(abs));
    else if (name.endsWith('.php')) out.push(abs);
  }
  return out;
}

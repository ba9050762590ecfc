import { child, children, type PhpNode } from '../../src/project/php/ast.js';
import { evaluate, type EvalContext, type EvalHost } from '../../src/project/php/evaluate.js';
import { FunctionIndex, withAppFunctions } from '../../src/project/php/functions.js';
import { parsePhp } from '../../src/project/php/parse.js';
import { SymbolicValue, Unknown, valueAt, withValueAt, type PhpValue } from '../../src/project/php/value.js';

function program(path: string, code: string): PhpNode {
  return parsePhp(path, `<?php ${code}`).parsed!.ast as unknown as PhpNode;
}

/** The value of the file's `return` expression. */
function run(code: string, ctx: EvalContext = {}): PhpValue {
  const ret = children(program('x.php', code), 'children').find((n) => n.kind === 'return');
  return evaluate(child(ret, 'expr'), ctx);
}

class Later extends SymbolicValue {
  describe(): string {
    return 'decided later';
  }
}

const symbolicHost: EvalHost = {
  callFunction: (name) => (name === 'later' ? new Later() : undefined),
};

describe('symbolic values', () => {
  it('are carried as themselves through arrays, chosen branches and parentheses', () => {
    const v = run(`return ['a' => (later()), 'b' => true ? later() : 1];`, { host: symbolicHost });
    expect(v).toEqual({ a: expect.any(Later), b: expect.any(Later) });
  });

  it('make every computation on them unknown', () => {
    for (const code of [
      `later() . 'x'`,
      `later() === 'x'`,
      `later() ? 1 : 2`,
      `later() ?? 'x'`,
      `(int) later()`,
      `strtolower(later())`,
      `in_array('x', [later()])`,
      `match (later()) { 'x' => 1, default => 2 }`,
    ]) {
      const v = run(`return ${code};`, { host: symbolicHost });
      expect(v).toBeInstanceOf(Unknown);
      expect((v as Unknown).reason).toBe('decided later');
    }
  });
});

describe('evaluator additions', () => {
  it('reads legacy octal numbers and empty()', () => {
    expect(run(`return [0664, 0o17, 0x1F, 10];`)).toEqual([436, 15, 31, 10]);
    expect(run(`return [empty(''), empty('0'), empty([1]), empty($nope)];`)).toEqual([
      true,
      true,
      false,
      expect.any(Unknown),
    ]);
  });

  it('with skipUnknownKeys, an array keeps the entries whose keys it knows', () => {
    const code = `return ['a' => 1, \\PDO::ATTR_TIMEOUT => 2, ...$unknown, 'b' => 3];`;
    expect(run(code)).toBeInstanceOf(Unknown);
    expect(run(code, { skipUnknownKeys: true })).toEqual({ a: 1, b: 3 });
  });

  it('reads and writes array paths without touching the original', () => {
    const base: PhpValue = { a: { b: 1 }, list: ['x'] };
    const changed = withValueAt(base, ['a', 'c'], 2);
    expect(changed).toEqual({ a: { b: 1, c: 2 }, list: ['x'] });
    expect(base).toEqual({ a: { b: 1 }, list: ['x'] });
    expect(withValueAt(base, ['list', '1'], 'y')).toEqual({ a: { b: 1 }, list: ['x', 'y'] });
    expect(withValueAt('scalar', ['a'], 1)).toBeInstanceOf(Unknown);
    expect(valueAt(changed, ['a', 'c'])).toBe(2);
    expect(valueAt(changed, ['a', 'missing'])).toBeUndefined();
    expect(valueAt({ a: new Unknown('x', null) }, ['a', 'b'])).toBeInstanceOf(Unknown);
  });
});

describe("the app's own functions", () => {
  const helpers = program(
    'app/helpers.php',
    `namespace App\\Support;
function table_name($base, $prefix = 'app_') { return $prefix . strtolower($base); }
function loop($n) { return loop($n); }
if (! function_exists('greet')) {
    function greet(...$names) { return implode(', ', $names); }
}`,
  );
  const globals = program(
    'app/globals.php',
    `function plain($x) { if ($x > 1) { return 'big'; } return 'small'; }`,
  );
  const index = new FunctionIndex([
    { path: 'app/helpers.php', ast: helpers },
    { path: 'app/globals.php', ast: globals },
  ]);
  const host = withAppFunctions({}, index);

  it('binds arguments and defaults and runs the body for its return value', () => {
    expect(run(`return App\\Support\\table_name('Users');`, { host })).toBe('app_users');
    expect(run(`return \\App\\Support\\table_name('Users', 'x_');`, { host })).toBe('x_users');
    expect(run(`return App\\Support\\greet('a', 'b');`, { host })).toBe('a, b');
    expect(run(`return [plain(2), plain(1)];`, { host })).toEqual(['big', 'small']);
  });

  it('stops recursion with an Unknown, and leaves unknown names to the next in line', () => {
    const v = run(`return App\\Support\\loop(1);`, { host });
    expect(v).toBeInstanceOf(Unknown);
    expect((v as Unknown).reason).toMatch(/calls itself/);
    expect(run(`return strtoupper('x');`, { host })).toBe('X');
    expect(run(`return nowhere();`, { host })).toBeInstanceOf(Unknown);
  });

  it('asks the host first', () => {
    const hosted = withAppFunctions(
      { callFunction: (name) => (name === 'plain' ? 'hosted' : undefined) },
      index,
    );
    expect(run(`return plain(5);`, { host: hosted })).toBe('hosted');
  });
});

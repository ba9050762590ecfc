/**
 * walk(), childNodes() and findAtLine() read each kind's child fields from a table instead of listing every
 * node's keys: the order and the nodes must be those of the nodes' own keys, and childless kinds must hold
 * no child node.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  CHILDLESS_KINDS,
  childNodes,
  findAtLine,
  isNode,
  walk,
  type PhpNode,
} from '../../src/project/php/ast.js';
import { program } from './helpers.js';

// What walk() never enters: positions and comments.
const SKIPPED = new Set(['loc', 'leadingComments', 'trailingComments', 'comments', 'errors', 'tokens']);

/** Every node of a program, found without walk(): its own keys, every field. */
function allNodes(root: unknown, out: PhpNode[] = []): PhpNode[] {
  if (Array.isArray(root)) for (const item of root) allNodes(item, out);
  else if (isNode(root)) {
    out.push(root);
    for (const [key, value] of Object.entries(root))
      if (!SKIPPED.has(key) && value && typeof value === 'object') allNodes(value, out);
  }
  return out;
}

/** Direct child nodes from the node's own keys, as childNodes() gives them (leaf kinds dropped). */
function ownChildNodes(n: PhpNode): PhpNode[] {
  const leaves = new Set(['string', 'number', 'boolean', 'nullkeyword', 'identifier', 'name', 'variable', 'inline',
    'commentline', 'commentblock', 'constref', 'magic', 'nowdoc', 'selfreference', 'staticreference',
    'parentreference', 'typereference', 'classconstant', 'propertystatement', 'traituse', 'usegroup', 'declare',
    'noop']); // prettier-ignore
  const out: PhpNode[] = [];
  for (const [key, v] of Object.entries(n)) {
    if (SKIPPED.has(key) || !v || typeof v !== 'object') continue;
    for (const item of Array.isArray(v) ? v : [v]) if (isNode(item) && !leaves.has(item.kind)) out.push(item);
  }
  return out;
}

function phpFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory() && e.name !== 'vendor') phpFiles(join(dir, e.name), out);
    else if (e.name.endsWith('.php')) out.push(join(dir, e.name));
  }
  return out;
}

const SNIPPET = `<?php
namespace App;
use Illuminate\\Support\\Facades\\DB;
#[Attr('x')]
final class A extends \\Base implements I {
  public const X = 'App\\\\Models\\\\User';
  public function f(int|string $a = null, self $b = null): static {
    $n = 1.5 + 0x1F + PHP_EOL + __LINE__ + true + null;
    $s = "a {$a} b" . <<<EOT
    x $a
    EOT . <<<'EOT'
    raw
    EOT;
    $$a = \${'b'};
    return parent::f(static::X, self::X, DB::table('t')?->get());
  }
}
?>inline html<?php echo 1;`;

// Rarer constructs, where php-parser sets \`attrGroups\` after the constructor or holds nodes in odd fields.
const RARE = `<?php
declare(strict_types=1);
namespace App\\Rare { use function strlen; use const PHP_EOL as EOL; }
namespace App {
#[A] trait T { use U, V { U::f insteadof V; V::f as protected g; } }
#[A] interface I extends J, K { const C = 1; }
enum E: string implements I { #[A] case X = 'x'; case Y = 'y' . 'z'; const D = self::X; }
#[A] function f(#[A] int ...$xs): never { global $g; static $s = 1, $t; throw new \\E(); }
abstract class B {
  public function __construct(#[A] public readonly int $x = 1, protected ?B $b = null) {}
  public string $p { get => $this->p; set(string $v) { $this->p = $v; } }
  #[A] abstract protected function m(): int|false;
  final public const int Z = 2;
}
$a = #[A] fn(int $x): int => $x * 2;
$b = #[A] static function () use (&$a, $c) { yield 1 => 2; yield from g(); };
$o = new #[A] class (1) extends B implements I { public function __construct(int $i) {} };
$m = match (true) { $a > 1, $a < 0 => 'x', default => throw new \\Exception() };
list('k' => $k, 'l' => [$l1, $l2]) = $arr; [, $x] = $y;
foreach ($xs as $k => &$v) { if ($v) continue 2; else break; }
for ($i = 0, $j = 1; $i < 10; $i++, --$j) { do { $i += 1; } while (false); }
while (0): endwhile; switch ($x) { case 1: case 2: echo 1; default: print 2; }
try { eval('1'); } catch (\\A | \\B $e) { exit(1); } finally { unset($a[1], $b->c); }
$r = isset($a, $b) ? empty($c) : @$d ?? clone $o;
$s = "x {$a->b} \${c} $d[1] $e->f"; $n = <<<EOT
  {$a['b']} $c
  EOT;
$o?->f(...$args)?->g(named: 1)::h(); $a::$b; $a->{$b}(); $$a = ${'b'}; $f = strlen(...);
include_once __DIR__ . '/x.php'; goto end; end: echo 2;
}`;

describe('walk', () => {
  it('visits every node of real files, childless kinds included, and those hold no node', () => {
    const sources = [
      SNIPPET,
      RARE,
      ...phpFiles(resolve('examples/laravel-app/app')).map((f) => readFileSync(f, 'utf8')),
    ];
    for (const code of sources) {
      const ast = program(code);
      const expected = allNodes(ast);
      const visited: PhpNode[] = [];
      walk(ast, (n) => visited.push(n));
      expect(visited).toEqual(expected);
      for (const n of expected.filter((x) => CHILDLESS_KINDS.has(x.kind))) expect(allNodes(n)).toEqual([n]);
      for (const n of expected) {
        const got = childNodes(n);
        const own = ownChildNodes(n);
        expect(got.length).toBe(own.length);
        got.forEach((c, i) => expect(c).toBe(own[i]));
      }
    }
  });

  it('finds the first node at a line, depth first', () => {
    const ast = program(RARE);
    for (const n of allNodes(ast)) {
      const line = n.loc?.start.line;
      if (line === undefined) continue;
      const first = allNodes(ast).find(
        (x) => x.kind === n.kind && x.loc!.start.line <= line && line <= x.loc!.end!.line && x === n,
      );
      expect(findAtLine(ast, line, (x) => x === n)).toBe(first ?? null);
    }
  });

  it('parses the rare constructs with attributes set after construction', () => {
    const nodes = allNodes(program(RARE));
    for (const k of ['enumcase', 'arrowfunc', 'trait', 'attrgroup', 'propertyhook', 'match', 'traitalias'])
      expect(nodes.map((n) => n.kind)).toContain(k);
    const attributed = nodes
      .filter((n) => Array.isArray(n.attrGroups) && n.attrGroups.length)
      .map((n) => n.kind);
    for (const k of [
      'enumcase',
      'arrowfunc',
      'trait',
      'interface',
      'function',
      'parameter',
      'method',
      'closure',
    ])
      expect(attributed).toContain(k);
  });

  it('sees each childless kind in the snippet', () => {
    const kinds = new Set(allNodes(program(SNIPPET)).map((n) => n.kind));
    for (const k of ['string', 'number', 'boolean', 'nullkeyword', 'identifier', 'name', 'inline', 'magic'])
      expect(kinds).toContain(k);
  });
});

/** walk() skips the keys of childless kinds: php-parser must give those nodes no child node. */

import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHILDLESS_KINDS, isNode, walk, type PhpNode } from '../../src/project/php/ast.js';
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

describe('walk', () => {
  it('visits every node of real files, childless kinds included, and those hold no node', () => {
    const sources = [
      SNIPPET,
      ...phpFiles(resolve('examples/laravel-app/app')).map((f) => readFileSync(f, 'utf8')),
    ];
    for (const code of sources) {
      const ast = program(code);
      const expected = allNodes(ast);
      const visited: PhpNode[] = [];
      walk(ast, (n) => visited.push(n));
      expect(visited).toEqual(expected);
      for (const n of expected.filter((x) => CHILDLESS_KINDS.has(x.kind))) expect(allNodes(n)).toEqual([n]);
    }
  });

  it('sees each childless kind in the snippet', () => {
    const kinds = new Set(allNodes(program(SNIPPET)).map((n) => n.kind));
    for (const k of ['string', 'number', 'boolean', 'nullkeyword', 'identifier', 'name', 'inline', 'magic'])
      expect(kinds).toContain(k);
  });
});

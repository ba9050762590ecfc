/** The Blade reader's delimiters: what is a PHP part, what is skipped, and hostile templates. */

import { scanBlade } from '../../src/project/laravel/blade/scan.js';
import { parseTemplate } from '../../src/project/laravel/blade/index.js';
import { synthesize } from '../../src/project/laravel/blade/synthesize.js';

test('parentheses inside PHP strings do not end a directive argument', () => {
  const { parts } = scanBlade(`@if ($a->where('x', ')')->exists() && $b("(")) ok @endif`);
  expect(parts).toEqual([
    { kind: 'directive', name: 'if', args: `$a->where('x', ')')->exists() && $b("(")`, line: 1 },
  ]);
});

test('raw PHP tags, <?= echoes and @use are read; custom directives and e-mail addresses are not', () => {
  const text = [
    '<?php $a = 1; ?>',
    '<?= $a->b ?>',
    "@use('App\\Models\\Post', 'P')",
    '@custom($x->where(1))',
    'me@if.example',
  ].join('\n');
  const { parts } = scanBlade(text);
  expect(parts.map((p) => [p.kind, p.line])).toEqual([
    ['php', 1],
    ['echo', 2],
    ['directive', 3],
  ]);
  expect(synthesize(parts)).toBe(
    '<?php  $a = 1;  ?>\n<?php echo  $a->b ; ?>\n<?php use \\App\\Models\\Post as P; ?>',
  );
});

test('each part stays on its template line, also after a part spread over several lines', () => {
  const text = '{{\n  $a->x\n}}\n<p>\n{{ $b->y }} {{{ $c->z }}}';
  const parsed = parseTemplate('resources/views/x.blade.php', text).parsed;
  const lines = parsed?.ast.children.filter((c) => c.kind === 'echo').map((c) => c.loc?.start.line);
  expect(lines).toEqual([1, 5, 5]);
});

test('hostile templates are read in linear time with notes, never a hang', () => {
  const n = 100_000;
  for (const text of [
    '@if('.repeat(n),
    '{{'.repeat(n),
    '@php '.repeat(n),
    '{!! '.repeat(n),
    `@foreach ("${'('.repeat(n)}`,
  ]) {
    const started = Date.now();
    const { parts, notes } = scanBlade(text);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(parts).toEqual([]);
    expect(notes.length).toBeGreaterThan(0);
  }
});

test('an unclosed Blade comment ends the reading at its line', () => {
  const { parts, notes } = scanBlade('{{ $a }}\n{{-- open\n{{ $b }}');
  expect(parts.map((p) => p.line)).toEqual([1]);
  expect(notes).toEqual([
    { line: 2, message: 'Blade comment {{-- is never closed: the rest of the template is not read' },
  ]);
});

test('an echo or argument that calls no method and reads no property is left out: it cannot query', () => {
  const { parts } = scanBlade("{{ $title }} {{ __('Save') }} @if ($open) x @endif {{ $user->name }}");
  expect(parts).toHaveLength(4);
  expect(synthesize(parts)).toBe('<?php echo  $user->name ; ?>');
});

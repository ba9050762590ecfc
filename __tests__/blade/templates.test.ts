/** Queries in Blade templates: read where the chain's start is known, at the template's own lines. */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { phpDirectives } from '../../src/gate/ignores.js';
import { FIXTURES, at, extract, parseDir, preds } from '../queries/helpers.js';

const { queries, problems } = extract(parseDir(join(FIXTURES, 'blade')));
const INDEX = 'resources/views/posts/index.blade.php';
const one = (file: string, line: number) => {
  const found = at(queries, file, line);
  expect(found).toHaveLength(1);
  return found[0];
};

test('an echo with a model chain, a class imported in @php', () => {
  const q = one(INDEX, 7);
  expect(q.table).toBe('posts');
  expect(preds(q)).toEqual(['status =']);
  expect(q.place).toBe('request');
});

test('a @foreach over a relation of a variable typed by an @var docblock', () => {
  const q = one(INDEX, 8);
  expect(q.table).toBe('posts');
  expect(preds(q)).toEqual(['user_id =', 'published =']);
});

test('the loop variable of a @foreach over known rows is a model: its relation in the loop body is read', () => {
  const q = one(INDEX, 10);
  expect(q.table).toBe('comments');
  expect(preds(q)).toEqual(['post_id =', 'approved =']);
});

test('a builder kept in a variable of a @php block is sent where it runs', () => {
  const q = one(INDEX, 13);
  expect(preds(q)).toEqual(['state =', 'author_id =']);
});

test('raw echoes, @if arguments, @php(...) and @forelse over DB::table', () => {
  expect(preds(one(INDEX, 16))).toEqual(['flagged =']);
  expect(preds(one(INDEX, 17))).toEqual(['user_id =', 'pinned =']);
  expect(preds(one(INDEX, 20))).toEqual(['hidden_at is null']);
  const tags = one(INDEX, 21);
  expect(tags.table).toBe('tags');
  expect(preds(tags)).toEqual(['visible =']);
});

test('comments, escaped echoes and directives, @verbatim and chains on unknown variables are not read', () => {
  const quiet = queries.filter((q) => q.location.file === 'resources/views/posts/quiet.blade.php');
  expect(quiet.map((q) => q.location.line)).toEqual([15]);
});

test('a Blade comment holding an ignore directive silences the line below it', () => {
  const q = one('resources/views/posts/quiet.blade.php', 15);
  expect(preds(q)).toEqual(['archived =']);
  expect(q.inlineIgnores).toEqual([{ rule: 'PA101', reason: 'the archive page is rare' }]);
});

test('a mail template renders when the mail is built: place job', () => {
  expect(one('resources/views/emails/digest.blade.php', 1).place).toBe('job');
});

test('an unbalanced directive and an unclosed @php are noted at their lines; the rest is read', () => {
  const file = 'resources/views/broken/unbalanced.blade.php';
  expect(preds(one(file, 3))).toEqual(['after_unbalanced =']);
  expect(queries.filter((q) => q.location.file === file)).toHaveLength(1);
  const notes = problems.filter((p) => p.location.file === file).map((p) => [p.location.line, p.message]);
  expect(notes).toEqual([
    [2, 'Blade template: the parentheses after @if are not balanced: skipped'],
    [4, 'Blade template: @php is never closed by @endphp: skipped'],
  ]);
});

test('a part that is not PHP is left out with a note; an unclosed echo too', () => {
  const file = 'resources/views/broken/not-php.blade.php';
  expect(preds(one(file, 2))).toEqual(['after_bad_echo =']);
  expect(queries.filter((q) => q.location.file === file)).toHaveLength(1);
  const notes = problems.filter((p) => p.location.file === file);
  expect(notes.map((p) => p.location.line)).toEqual([1, 3]);
  expect(notes[0].message).toMatch(/^Blade template: not read: PHP parse error/);
  expect(notes[1].message).toBe('Blade template: {{ is never closed by }}: skipped');
});

test("the gate reads a template's ignore directive from its text, at the template's lines", () => {
  const path = 'resources/views/posts/quiet.blade.php';
  const found = phpDirectives(path, readFileSync(join(FIXTURES, 'blade', path), 'utf8'));
  expect(found).toEqual([
    { rules: ['PA101'], reason: 'the archive page is rare', lines: [15, 14], at: { file: path, line: 14 } },
  ]);
});

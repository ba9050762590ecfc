/**
 * The shapes read from __tests__/fixtures/queries/extract are the SQL Laravel's own builder emits for the same
 * code: the fixture's methods are run by real PHP with Debian's Laravel (toSql(), no database reached), the SQL
 * is read back with the raw-SQL reader, and both shapes are compared.
 */

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { shapesFromSql } from '../../src/project/sql/shapes.js';
import type { QueryShape } from '../../src/project/model.js';
import { FIXTURES, extract, orders, parseDir, preds } from './helpers.js';

const ROOT = join(FIXTURES, 'queries/extract');
const PHP = `require '/usr/share/php/Illuminate/autoload.php';
$root = $argv[1];
spl_autoload_register(function ($c) use ($root) {
    if (str_starts_with($c, 'App\\\\')) {
        $f = $root . '/app/' . str_replace('\\\\', '/', substr($c, 4)) . '.php';
        if (is_file($f)) require $f;
    }
});
$capsule = new Illuminate\\Database\\Capsule\\Manager;
$capsule->addConnection(['driver' => 'mysql', 'host' => '127.0.0.1', 'database' => 'none', 'username' => 'none']);
$capsule->setAsGlobal();
$capsule->bootEloquent();
Illuminate\\Container\\Container::setInstance($capsule->getContainer());
$book = new App\\Models\\Book; $book->id = 1;
$label = new App\\Models\\Label; $label->id = 1;
$repo = new App\\Repositories\\BookRepository($book);
$capsule->getContainer()->bind('App\\Contracts\\Note', 'App\\Models\\Note');
// Finders' other repository extends a package the test does not load: built without its constructor.
$finders = (new ReflectionClass(App\\Repositories\\Finders::class))->newInstanceWithoutConstructor();
(fn () => $this->notes = new App\\Repositories\\NoteRepository)->call($finders);
$shelf = new App\\Queries\\ShelfQuery;
$out = [
  'BookRepository.php:15' => $repo->byIsbn('x'),
  'BookRepository.php:20' => $repo->byAuthor(1),
  'BookRepository.php:25' => $repo->byShelf(1),
  'BookRepository.php:30' => $repo->byYear(2020),
  'ShelfQuery.php:30' => $shelf->recent(),
  'ShelfQuery.php:35' => $shelf->onShelfByTitle(3),
  'ShelfQuery.php:47' => $shelf->notesOf($book),
  'ShelfQuery.php:52' => $shelf->labelsOf($book),
  'ShelfQuery.php:57' => $shelf->booksOf($label),
  'Finders.php:22' => $finders->matching(),
  'NoteRepository.php:16' => (new App\\Repositories\\NoteRepository)->scoredIn([[1, 5]]),
  'LatestNotes.php:22' => (new App\\Queries\\LatestNotes(new App\\Models\\Note, new App\\Services\\Visibility))->build(),
];
echo json_encode(array_map(fn ($q) => $q->toSql(), $out));`;

const laravel = JSON.parse(execFileSync('php', ['-r', PHP, '--', ROOT], { encoding: 'utf8' })) as Record<
  string,
  string
>;
const { queries } = extract(parseDir(ROOT));

/** A shape's predicates; Laravel's `whereNotNull` on a relation key it also compares is left aside. */
const filters = (q: QueryShape): string[] => {
  const all = preds(q);
  return all.filter((p) => !p.endsWith(' is not null') || !all.includes(p.replace(/ is not null$/, ' =')));
};

test.each(Object.keys(laravel))('%s reads as the SQL Laravel builds', (at) => {
  const [file, line] = at.split(':');
  const ours = queries.filter(
    (q) => q.location.file.endsWith(`/${file}`) && q.location.line === Number(line),
  );
  expect(ours).toHaveLength(1);
  const { shapes, problem } = shapesFromSql(laravel[at], { file, line: Number(line) });
  expect(problem).toBeNull();
  expect(shapes).toHaveLength(1);
  const theirs = shapes[0];
  expect(ours[0].table).toBe(theirs.table);
  expect(filters(ours[0])).toEqual(filters(theirs));
  expect(orders(ours[0])).toEqual(orders(theirs));
  expect(ours[0].joins.map((j) => j.table)).toEqual(theirs.joins.map((j) => j.table));
});

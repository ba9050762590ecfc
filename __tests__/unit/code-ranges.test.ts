/** CodeRanges: the ranges holding a location, of that file only, bounds included, in the order given. */

import { CodeRanges } from '../../src/project/code-ranges.js';

const ranges = new CodeRanges([
  { file: 'app/A.php', line: 10, endLine: 40, name: 'class' },
  { file: 'app/B.php', line: 10, endLine: 40, name: 'other file' },
  { file: 'app/A.php', line: 20, endLine: 30, name: 'method' },
]);
const names = (file: string, line: number) => ranges.holding(file, line).map((r) => r.name);

test('a location inside nested ranges is held by each, outer first as given', () => {
  expect(names('app/A.php', 25)).toEqual(['class', 'method']);
});

test('the first and last lines are inside; the lines around are not', () => {
  expect(names('app/A.php', 20)).toEqual(['class', 'method']);
  expect(names('app/A.php', 30)).toEqual(['class', 'method']);
  expect(names('app/A.php', 31)).toEqual(['class']);
  expect(names('app/A.php', 9)).toEqual([]);
  expect(names('app/A.php', 41)).toEqual([]);
});

test('another file’s ranges never hold the location', () => {
  expect(names('app/C.php', 25)).toEqual([]);
  expect(names('app/B.php', 25)).toEqual(['other file']);
});

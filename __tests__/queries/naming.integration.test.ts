/** Our port of Str::snake / Str::pluralStudly / Str::singular against Laravel's own, run by real PHP. */

import { execFileSync } from 'node:child_process';
import { conventionalTable, singular, snake } from '../../src/project/laravel/naming.js';

const NAMES = [
  'DiscordPractice', 'Person', 'Category', 'Status', 'Child', 'Quiz', 'Analysis', 'Equipment', 'UserData', 'Mouse',
  'Matrix', 'Box', 'Leaf', 'Wife', 'Hero', 'Octopus', 'Criterion', 'Bus', 'Address', 'Knife', 'Story', 'Day', 'Sheep',
  'Index', 'HTTPLog', 'OAuthToken', 'Medium', 'Alumnus', 'Crisis', 'Fish', 'Woman', 'Tooth', 'Goose', 'Cactus',
  'Photo', 'Series', 'Axis', 'Echo', 'Certificate', 'IntegrationEvent', 'PracticePackage', 'Lesson', 'Chapter',
  'Course', 'Order', 'Invoice', 'InvoiceLine', 'Movie', 'Wave', 'Cookie', 'Zombie', 'News', 'Software', 'Traffic',
  'Campus', 'Menu', 'Vertex', 'Potato', 'Thesis', 'Curriculum', 'Foot', 'Ox', 'Alias', 'Gulf', 'Hive', 'Taxon',
  'Safe', 'Proof', 'Radius', 'Virus', 'Access', 'Glass', 'Buzz', 'Fox', 'Inquiry', 'Toy', 'Stadium', 'Datum',
]; // prettier-ignore

test('table names and pivot singulars match Laravel for common and irregular nouns', () => {
  const php = `require '/usr/share/php/Illuminate/autoload.php';
    foreach (array_slice($argv, 1) as $c) {
      echo $c, ' ', Illuminate\\Support\\Str::snake(Illuminate\\Support\\Str::pluralStudly($c)), ' ',
        Illuminate\\Support\\Str::singular(Illuminate\\Support\\Str::snake($c)), "\\n";
    }`;
  const out = execFileSync('php', ['-r', php, '--', ...NAMES], { encoding: 'utf8' });
  const expected = out.trim().split('\n');
  const ours = NAMES.map((n) => `${n} ${conventionalTable(n)} ${singular(snake(n))}`);
  expect(ours).toEqual(expected);
});

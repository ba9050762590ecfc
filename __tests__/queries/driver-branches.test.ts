/** Driver tests read as MariaDB takes them; a test that is not only about the driver leaves both branches. */

import { driverTest } from '../../src/project/laravel/queries/driver.js';
import { child, children, type PhpNode } from '../../src/project/php/ast.js';
import { parseSource } from './helpers.js';

function test_(expr: string): boolean | null {
  const file = parseSource('t.php', `<?php if (${expr}) { f(); }`);
  const stmt = children(file.ast as unknown as PhpNode, 'children')[0];
  return driverTest(child(stmt, 'test'));
}

describe('driverTest', () => {
  test.each([
    ["DB::getDriverName() === 'pgsql'", false],
    ["'pgsql' == DB::connection()->getDriverName()", false],
    ["DB::getDriverName() !== 'pgsql'", true],
    ["DB::getDriverName() === 'mysql'", true],
    // Without `mariadb` named, the test is read for Laravel's `mysql` driver.
    ["DB::getDriverName() !== 'mysql'", false],
    ["DB::getDriverName() === 'mariadb' || DB::getDriverName() === 'mysql'", true],
    ["$query->getConnection()->getDriverName() == 'sqlite'", false],
    ["in_array(DB::getDriverName(), ['pgsql', 'sqlite'])", false],
    ["in_array(DB::getDriverName(), ['mysql', 'mariadb'])", true],
    ["config('database.default') === 'pgsql'", false],
    ["!(DB::getDriverName() === 'pgsql')", true],
    ["DB::getDriverName() === 'pgsql' && $strict", false],
    ["DB::getDriverName() === 'pgsql' || $strict", null],
    ['$strict', null],
    ["$driver === 'pgsql'", null],
  ])('%s', (expr, expected) => {
    expect(test_(expr)).toBe(expected);
  });
});

/** When a query sent only with an optional filter is bounded (calibrate/optional-filter-severity.ts). */

import type { QueryShape } from '../../src/project/model.js';
import { optionalFilterBound } from '../../src/rules/calibrate/optional-filter-severity.js';
import type { TableSize } from '../../src/rules/calibrate/size-class.js';
import { shape } from '../indexes/seed.js';

const growing: TableSize = { class: 'growing', source: 'code', reason: 'rows are added by create()' };
const cityFilter = (over: Partial<QueryShape> = {}) =>
  shape({
    table: 'parcels',
    where: [{ column: 'city', op: '=' }],
    location: { file: 'app/Http/Controllers/ParcelController.php', line: 12 },
    optionalBranch: { columns: ['city'], requestInput: true },
    ...over,
  });

describe('the optional-filter bound', () => {
  it('bounds a request list query sent only with a filter the request chooses to info, naming the filter', () => {
    expect(optionalFilterBound(cityFilter(), 'request', growing)).toEqual({
      cap: 'info',
      reason:
        "the query runs only when the request sends the optional filter `city` (app/Http/Controllers/ParcelController.php:12), not on the list's common path",
    });
    const two = cityFilter({ optionalBranch: { columns: ['city', 'zip'], requestInput: true } });
    expect(optionalFilterBound(two, 'request', growing)?.reason).toContain(
      'the optional filters `city`, `zip`',
    );
  });

  it('leaves the common path, a branch on something else than the input, a job and a single-row lookup alone', () => {
    expect(optionalFilterBound(cityFilter({ optionalBranch: undefined }), 'request', growing)).toBeNull();
    const onUser = cityFilter({ optionalBranch: { columns: ['city'], requestInput: false } });
    expect(optionalFilterBound(onUser, 'request', growing)).toBeNull();
    expect(optionalFilterBound(cityFilter(), 'job', growing)).toBeNull();
    expect(optionalFilterBound(cityFilter({ single: true }), 'request', growing)).toBeNull();
  });

  it('a table measured at 100,000 rows or more keeps it; a smaller measured one does not', () => {
    const measured = (rows: number): TableSize => ({ class: 'growing', source: 'stats', reason: '', rows });
    expect(optionalFilterBound(cityFilter(), 'request', measured(100_000))).toBeNull();
    expect(
      optionalFilterBound(cityFilter(), 'request', { ...measured(250_000), source: 'config' }),
    ).toBeNull();
    expect(optionalFilterBound(cityFilter(), 'request', measured(40_000))).not.toBeNull();
  });

  it('a filter among a menu says how many it is one of; an optional clause that adds no column warns', () => {
    const menu = (n: number) =>
      optionalFilterBound(
        cityFilter({ optionalBranch: { columns: ['city'], requestInput: true, menu: n } }),
        'request',
        growing,
      );
    expect(menu(3)).toMatchObject({
      cap: 'info',
      reason: expect.stringContaining('one of the 3 optional filters'),
    });
    expect(menu(1)?.reason).toContain(
      "(app/Http/Controllers/ParcelController.php:12), not on the list's common path",
    );
    expect(menu(4)).toEqual({
      cap: 'info',
      reason:
        'the query runs only when the request sends the optional filter `city`, one of the 4 optional filters it accepts (app/Http/Controllers/ParcelController.php:12)',
    });
    expect(menu(24)?.cap).toBe('info');
    // `if ($request->boolean('deleted')) $q->withTrashed();`: the same filters, other rows.
    const clause = cityFilter({ optionalBranch: { columns: [], requestInput: true } });
    expect(optionalFilterBound(clause, 'request', growing)).toEqual({
      cap: 'warning',
      reason:
        "the query runs only when the request sends an optional clause (app/Http/Controllers/ParcelController.php:12), not on the list's common path",
    });
    const large: TableSize = { class: 'growing', source: 'stats', reason: '', rows: 200_000 };
    const onLarge = cityFilter({ optionalBranch: { columns: ['city'], requestInput: true, menu: 24 } });
    expect(optionalFilterBound(onLarge, 'request', large)).toBeNull();
  });
});

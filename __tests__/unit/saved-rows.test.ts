/**
 * `save()` adds a row only when the model is new. A model the code read (first(), find(), firstWhere(), a
 * to-one relation, a loop over fetched rows, the signed-in user) is updated in place: it does not make its
 * table grow, as is the model route model binding hands a controller action, one an object holds in a
 * property, and `$this` in the model. A new instance, a replicate(), firstOrNew()/firstOr(), what a factory
 * method builds and returns, and a model handed to any other method as a parameter may be new and still
 * count as a write.
 */

import { join } from 'node:path';
import { extractModels } from '../../src/project/laravel/models.js';
import { extractQueries } from '../../src/project/laravel/queries/index.js';
import { FIXTURES, parseDir } from '../queries/helpers.js';

const files = parseDir(join(FIXTURES, 'calibrate/saved-rows-app'));
const { writes } = extractQueries(files, extractModels(files));
const written = (table: string) => writes.filter((w) => w.table === table).map((w) => w.method);

describe('save() on a model the code read', () => {
  it('is an update: no row is added to channels, settings, authors or users', () => {
    for (const table of ['channels', 'settings', 'authors', 'users']) expect(written(table)).toEqual([]);
  });

  it('through local scopes, a refresh(), a try/catch and a conditional arm that returns', () => {
    expect(written('modules')).toEqual([]);
    expect(written('notification_channels')).toEqual([]);
  });

  it('a new instance, a replicate(), firstOrNew() and firstOr() still add rows', () => {
    expect(written('posts')).toEqual(['save']);
    expect(written('templates')).toEqual(['save']);
    expect(written('tags')).toEqual(['save']);
    expect(written('profiles')).toEqual(['save']);
  });

  it('a model handed to a service as a parameter may be new: its save() still adds rows', () => {
    expect(writes.filter((w) => w.table === 'orders').map((w) => w.location.file)).toEqual([
      'app/Services/OrderBook.php',
    ]);
  });

  it('a model held in a property or saving itself is a stored row: its save() updates it', () => {
    // VerifyUser's `$this->user->save()` after setting a token; Folder::updateCounters()'s `$this->save()`.
    expect(written('users')).toEqual([]);
    expect(written('folders')).toEqual([]);
  });

  it('a factory method that returns a new instance builds it: saving what it returns adds a row', () => {
    // InvitationFactory::create(), draft()'s `(new Invitation())->forceFill(…)` and blank()'s
    // `$template->newInstance()->forceFill(…)` build one; find() returns a stored row, whose save() updates it.
    expect(
      writes.filter((w) => w.table === 'invitations').map((w) => [w.location.file, w.location.line]),
    ).toEqual([
      ['app/Http/Controllers/InvitationController.php', 15],
      ['app/Http/Controllers/InvitationController.php', 28],
      ['app/Http/Controllers/InvitationController.php', 41],
    ]);
  });

  it("a model's method that saves `$this`, called on a new instance, adds a row; on a stored one it updates", () => {
    expect(
      writes.filter((w) => w.table === 'journal_entries').map((w) => [w.location.file, w.location.line]),
    ).toEqual([['app/Http/Controllers/JournalController.php', 13]]);
  });

  it('a model a controller action is handed is the row route model binding loaded: its save() updates it', () => {
    // A single-action controller too (ArchiveOrder::__invoke), with neither the base class nor the name.
    expect(writes.filter((w) => w.location.file.endsWith('ArchiveOrder.php'))).toEqual([]);
    expect(
      writes
        .filter((w) => w.location.file.endsWith('SaveController.php'))
        .map((w) => w.table)
        .sort(),
    ).toEqual(['posts', 'profiles', 'tags', 'templates']);
  });
});

describe('a model handed to a helper and assigned back (`$item = $request->handleImages($item)`)', () => {
  it('is the same model: a new one still adds rows, a read one is still updated', () => {
    expect(written('departments')).toEqual(['save']);
    expect(written('units')).toEqual([]);
  });

  it('not when the helper is declared to return something else', () => {
    expect(written('badges')).toEqual([]);
  });
});

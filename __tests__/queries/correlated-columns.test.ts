/**
 * Filters that reach past the query they are written in (real PHP parser): whereColumn() against a column
 * of the outer query (a correlated subquery's `songs.album_id = albums.id`) is one value per outer row, an
 * equality an index on the subquery's column seeks; a nested whereHas's filter is its last relation's.
 */

import { extract, parseSource, preds } from './helpers.js';

const builder = parseSource(
  'app/Builders/AlbumBuilder.php',
  `<?php
namespace App\\Builders;
use Illuminate\\Support\\Facades\\DB;
class AlbumBuilder
{
    public function withLength()
    {
        $length = DB::table('songs')->whereColumn('songs.album_id', 'albums.id')->selectRaw('SUM(length)');
        $played = DB::table('interactions')->whereColumn('albums.last_played_at', '<', 'interactions.played_at')->get();
        $own = DB::table('songs')->whereColumn('songs.updated_at', '>', 'songs.created_at')->get();
        $joined = DB::table('songs')->join('albums', 'albums.id', '=', 'songs.album_id')->whereColumn('songs.year', 'albums.year')->get();
        return $length->get();
    }
}
`,
);
const { queries } = extract([builder]);
const at = (line: number) => queries.filter((q) => q.location.line === line);

test('a column of the outer query is a value: songs.album_id = ? seeks; the operator turns with the sides', () => {
  expect(at(8).flatMap(preds)).toEqual(['album_id =']);
  expect(at(9).flatMap(preds)).toEqual(['played_at >']);
});

test("must not: two columns of the query's own tables compare nothing an index seeks", () => {
  expect(at(10).flatMap(preds)).toEqual(['updated_at other']);
  expect(at(10)[0].where[0].compare).toMatchObject({ column: 'created_at', operator: '>' });
  expect(at(11).flatMap(preds)).toEqual(['year other']);
});

const nested = parseSource(
  'app/Repositories/AlbumRepository.php',
  `<?php
namespace App\\Repositories;
use App\\Models\\Album;
class AlbumRepository
{
    public function byGenre($genre)
    {
        return Album::whereHas('songs.genres', fn ($q) => $q->where('genres.name', $genre))->get();
    }
    public function withLongSongs()
    {
        return Album::whereHas('songs', fn ($q) => $q->where('length', '>', 600))->get();
    }
}
`,
);
const album = parseSource(
  'app/Models/Album.php',
  `<?php
namespace App\\Models;
use Illuminate\\Database\\Eloquent\\Model;
class Album extends Model
{
    public function songs() { return $this->hasMany(Song::class); }
}
`,
);

test("a nested relation's filter is the last relation's: it is not put on the first relation's query", () => {
  const { queries: found } = extract([
    nested,
    album,
    parseSource(
      'app/Models/Song.php',
      `<?php
namespace App\\Models;
use Illuminate\\Database\\Eloquent\\Model;
class Song extends Model {}
`,
    ),
  ]);
  const songs = found.filter((q) => q.table === 'songs');
  const byLine = (line: number) => songs.filter((q) => q.location.line === line).flatMap(preds);
  expect(byLine(8)).toEqual(['album_id =']);
  expect(byLine(12)).toEqual(['album_id =', 'length >']);
});

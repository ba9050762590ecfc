/**
 * A query that keeps only rows with a related row of one key (`whereHas('memberships', fn ($q) =>
 * $q->where('team_id', $id))`): the shapes come from models and a controller read with the real PHP parser,
 * the plans from MariaDB. The whereHas is recorded on the query (QueryShape.existsIn) only when it filters
 * (not withCount, not OR-ed, not negated) through a relation that comes back by the primary key, and a
 * finding on such a query is info when the related key is selective and indexed
 * (calibrate/related-key-bound.ts); a flag or an unindexed related column bounds nothing.
 */

import type { QueryShape } from '../../src/project/model.js';
import type { Schema } from '../../src/schema/model.js';
import { extract, parseSource } from '../queries/helpers.js';
import { pa101OnSchema, seedConfig } from './seed.js';

const model = (name: string, body: string) =>
  parseSource(
    `app/Models/${name}.php`,
    `<?php
namespace App\\Models;
use Illuminate\\Database\\Eloquent\\Model;
class ${name} extends Model {
${body}
}
`,
  );

const USER = model(
  'User',
  `    public function memberships() { return $this->hasMany(Membership::class); }
    public function teams() { return $this->belongsToMany(Team::class); }
    public function company() { return $this->belongsTo(Company::class); }`,
);
const MEMBERSHIP = model('Membership', '');
const TEAM = model('Team', '');
const COMPANY = model('Company', '');

const FILE = 'app/Http/Controllers/MemberController.php';
const CONTROLLER = parseSource(
  FILE,
  `<?php
namespace App\\Http\\Controllers;
use App\\Models\\User;
use Illuminate\\Http\\Request;
class MemberController
{
    public function recent(Request $request)
    {
        return User::whereHas('memberships', function ($q) use ($request) {
            $q->where('team_id', $request->input('team'));
        })->where('last_seen_at', '>=', $request->input('since'))->get();
    }

    public function owners(Request $request)
    {
        return User::whereHas('memberships', fn ($q) => $q->where('is_owner', true))
            ->where('signed_up_at', '>=', $request->input('since'))->get();
    }

    public function noted(Request $request)
    {
        return User::whereHas('memberships', fn ($q) => $q->where('note', $request->input('note')))
            ->where('expires_at', '>=', $request->input('from'))->get();
    }

    public function teamMembers(Request $request)
    {
        return User::whereRelation('teams', 'team_user.team_id', $request->input('team'))
            ->where('verified_at', '>=', $request->input('since'))->get();
    }

    public function others(Request $request)
    {
        $a = User::where('locale', $request->input('locale'))
            ->orWhereHas('memberships', fn ($q) => $q->where('team_id', 1))->get();
        $b = User::whereDoesntHave('memberships', fn ($q) => $q->where('team_id', 1))
            ->where('timezone', $request->input('tz'))->get();
        $c = User::withCount(['memberships' => fn ($q) => $q->where('team_id', 1)])
            ->where('referrer', $request->input('ref'))->get();
        $d = User::whereHas('company', fn ($q) => $q->where('slug', 'acme'))
            ->where('nickname', $request->input('nick'))->get();
        $e = User::whereHas('memberships', fn ($q) => $q->where('team_id', 1), '>=', 3)
            ->where('handle', $request->input('handle'))->get();
        return [$a, $b, $c, $d, $e];
    }
}
`,
);

const col = (name: string, type: string) => ({ name, type, nullable: false, default: null });
const pk = { name: 'PRIMARY', columns: ['id'], unique: true, primary: true };
const index = (table: string, columns: string[]) => ({
  name: `${table}_${columns.join('_')}_index`,
  columns,
  unique: false,
});
const schema: Schema = {
  source: 'static',
  tables: [
    {
      name: 'users',
      columns: [
        col('id', 'bigint(20) unsigned'),
        col('company_id', 'bigint(20) unsigned'),
        ...['last_seen_at', 'signed_up_at', 'expires_at', 'verified_at'].map((c) => col(c, 'datetime')),
        ...['locale', 'timezone', 'referrer', 'nickname', 'handle'].map((c) => col(c, 'varchar(64)')),
      ],
      indexes: [pk, index('users', ['company_id'])],
      foreignKeys: [],
    },
    {
      name: 'memberships',
      columns: [
        col('id', 'bigint(20) unsigned'),
        col('user_id', 'bigint(20) unsigned'),
        col('team_id', 'bigint(20) unsigned'),
        col('is_owner', 'tinyint(1)'),
        col('note', 'varchar(120)'),
      ],
      indexes: [
        pk,
        index('memberships', ['user_id']),
        index('memberships', ['team_id']),
        index('memberships', ['is_owner']),
      ],
      foreignKeys: [],
    },
    {
      name: 'team_user',
      columns: [col('team_id', 'bigint(20) unsigned'), col('user_id', 'bigint(20) unsigned')],
      indexes: [{ name: 'PRIMARY', columns: ['team_id', 'user_id'], unique: true, primary: true }],
      foreignKeys: [],
    },
    { name: 'teams', columns: [col('id', 'bigint(20) unsigned')], indexes: [pk], foreignKeys: [] },
    {
      name: 'companies',
      columns: [col('id', 'bigint(20) unsigned'), col('slug', 'varchar(64)')],
      indexes: [pk, index('companies', ['slug'])],
      foreignKeys: [],
    },
  ],
};

const users = (): QueryShape[] =>
  extract([USER, MEMBERSHIP, TEAM, COMPANY, CONTROLLER]).queries.filter((q) => q.table === 'users');
const filtering = (shapes: QueryShape[], column: string) =>
  shapes.find((s) => s.where.some((p) => p.column === column))!;

describe('whereHas on a related key, read from the code', () => {
  const shapes = users();

  it('records the related table and the columns the filter fixes', () => {
    expect(filtering(shapes, 'last_seen_at').existsIn).toEqual([
      { table: 'memberships', columns: ['team_id'], relation: 'memberships' },
    ]);
    expect(filtering(shapes, 'signed_up_at').existsIn).toEqual([
      { table: 'memberships', columns: ['is_owner'], relation: 'memberships' },
    ]);
  });

  it("a many-to-many relation's pivot column is read on the pivot", () => {
    expect(filtering(shapes, 'verified_at').existsIn).toEqual([
      { table: 'team_user', columns: ['team_id'], relation: 'teams' },
    ]);
  });

  it('OR-ed, negated, counted, through a belongsTo, or asking for several, the related rows bound nothing', () => {
    for (const column of ['locale', 'timezone', 'referrer', 'nickname', 'handle'])
      expect(filtering(shapes, column).existsIn).toBeUndefined();
  });
});

const findings = () => pa101OnSchema(schema, users(), { ...seedConfig(), queries: [] });

describe('PA101 on a query a related key bounds', () => {
  let fs: Awaited<ReturnType<typeof findings>>;
  beforeAll(async () => {
    fs = await findings();
  }, 60_000);
  const leading = (column: string) => fs.find((f) => f.columns[0] === column)!;

  it('a selective, indexed related key makes the finding info, and the message says why', () => {
    const f = leading('last_seen_at');
    expect(f.severity).toBe('info');
    expect(f.message).toContain(
      `Info only: the query keeps only users rows with a memberships row of one team_id (whereHas('memberships') at ${FILE}:9): MariaDB finds those through memberships_team_id_index and reads users by its primary key.`,
    );
    expect(f.evidence).toMatchObject({ relatedKey: [expect.stringContaining('memberships_team_id_index')] });
    expect(leading('verified_at').severity).toBe('info');
  });

  it('a flag, or a related column no index leads with, keeps the finding critical', () => {
    for (const column of ['signed_up_at', 'expires_at']) {
      const f = leading(column);
      expect(f.severity).toBe('critical');
      expect(f.evidence).not.toHaveProperty('relatedKey');
    }
  });
});

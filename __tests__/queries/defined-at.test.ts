/** A relation's query says where the relation method is written (`definedAt`): its key filter is spelled there. */

import { bareModel, extract, parseSource, preds } from './helpers.js';

const TEAM = parseSource(
  'app/Models/Team.php',
  `<?php
namespace App\\Models;
use Illuminate\\Database\\Eloquent\\Model;
class Team extends Model
{
    public function members()
    {
        return $this->hasMany(Member::class);
    }
}
`,
);
const MEMBER = bareModel('Member');
const CONTROLLER = parseSource(
  'app/Http/Controllers/TeamController.php',
  `<?php
namespace App\\Http\\Controllers;
use App\\Models\\Member;
use App\\Models\\Team;
class TeamController
{
    public function show(Team $team)
    {
        $all = $team->members;
        $leads = $team->members()->where('role', 'lead')->get();
        $teams = Team::with('members')->get();
        return Member::where('email', 'x')->first();
    }
}
`,
);

test('lazy, chained and eager relation queries carry the relation method’s place; a plain query none', () => {
  const shapes = extract([TEAM, MEMBER, CONTROLLER]).queries.filter((q) => q.table === 'members');
  const seen = shapes.map((q) => [preds(q).join(', '), q.location.line, q.definedAt ?? null]);
  const team = { file: 'app/Models/Team.php', line: 8 };
  expect(seen).toEqual([
    ['team_id =', 9, team],
    ['team_id =, role =', 10, team],
    ['team_id in', 11, team],
    ['email =', 12, null],
  ]);
});

/**
 * Validation's `unique` and `exists` rules are queries (validation-rules.ts): Laravel's presence verifier
 * counts the rows. laravel-parity.test.ts checks the SQL against Laravel's own; this file pins the rule
 * strings' parameters and what is not a database rule.
 */

import { COMPUTED, databaseRules, parseRule } from '../../src/project/laravel/queries/validation-rules.js';
import { extract, parseSource, preds } from './helpers.js';

describe('rule strings', () => {
  test('table, column, the ignored row and extra conditions', () => {
    expect(databaseRules('required|unique:users,email,5,user_id,account_id,!3,archived_at,NOT_NULL')).toEqual(
      [
        {
          rule: 'unique',
          table: 'users',
          column: 'email',
          except: 'user_id',
          extra: [
            { column: 'account_id', op: '!=' },
            { column: 'archived_at', op: 'is not null' },
          ],
        },
      ],
    );
    expect(databaseRules('exists:mysql.teams,NULL,deleted_at,NULL')).toEqual([
      { rule: 'exists', table: 'teams', column: null, extra: [{ column: 'deleted_at', op: 'is null' }] },
    ]);
    expect(databaseRules('unique:App\\Models\\User')).toEqual([
      { rule: 'unique', table: 'App\\Models\\User', column: null, extra: [] },
    ]);
  });

  test('an ignored id the code computes is still a row left out; NULL is none', () => {
    expect(databaseRules(`unique:users,email,${COMPUTED}`)[0].except).toBe('id');
    expect(databaseRules('unique:users,email,NULL')[0].except).toBeUndefined();
  });

  test('not database rules, or a table the code computes: nothing', () => {
    expect(databaseRules('required|string|max:255|unique')).toEqual([]);
    expect(databaseRules(`unique:${COMPUTED},name`)).toEqual([]);
    expect(parseRule('exists', [`teams`, `${COMPUTED}_id`])).toBeNull();
  });
});

describe('in a rules array', () => {
  const model = parseSource(
    'app/Models/User.php',
    `<?php
namespace App\\Models;
use Illuminate\\Database\\Eloquent\\Model;
class User extends Model { protected $primaryKey = 'user_id'; }
`,
  );
  const request = parseSource(
    'app/Http/Requests/UserRequest.php',
    `<?php
namespace App\\Http\\Requests;
use App\\Models\\User;
use App\\Rules\\Rule as OwnRule;
use Illuminate\\Foundation\\Http\\FormRequest;
use Illuminate\\Validation\\Rule;
class UserRequest extends FormRequest
{
    public function rules()
    {
        return [
            'code' => [Rule::unique(User::class, 'invite_code')->ignore($this->user)],
            'team_id' => [Rule::exists('teams', 'id')->where(function ($query) {
                $query->where('account_id', 1)->whereNull('deleted_at');
            })],
            'name' => 'required|string|max:255',
            'other' => 'unique:' . $this->table . ',name',
            'own' => [OwnRule::unique('users')],
            'label' => 'unique:labels,NULL',
        ];
    }
}
`,
  );
  const { queries } = extract([model, request]);
  const shapes = queries.map((q) => `${q.table} ${preds(q).join(', ')} (${q.place})`);

  test('each database rule is one request query; a model class names its table and key', () => {
    expect(shapes).toEqual([
      'users invite_code =, user_id != (request)',
      'teams id =, account_id =, deleted_at is null (request)',
      'labels label = (request)',
    ]);
  });
});

/**
 * A builder passed to a method that narrows it in the arms of an if/elseif/else chain: each arm is one
 * alternative of the query the caller sends (optional.ts), never AND-ed with the other arms, whether the
 * arm adds plain wheres or a parenthesised OR group; the common path (no arm) is a shape too.
 */

import { join } from 'node:path';
import type { QueryShape } from '../../src/project/model.js';
import { FIXTURES, extract, parseDir, predText } from './helpers.js';

const { queries } = extract(parseDir(join(FIXTURES, 'queries/branches-through')));

/** `company_id =, (user_id = or assigned_user_id =)`: a parenthesised OR group in parentheses. */
function text(shape: QueryShape): string {
  const out: string[] = [];
  let group: number | null = null;
  for (const p of shape.where) {
    const id = p.group?.id ?? null;
    const sep = id !== null && id === group ? ' or ' : out.length ? ', ' : '';
    if (group !== null && id !== group) out.push(')');
    out.push(sep + (id !== null && id !== group ? '(' : '') + predText(p));
    group = id;
  }
  if (group !== null) out.push(')');
  return out.join('');
}

function shapesAt(file: string, table: string, line?: number): string[] {
  return queries
    .filter((q) => q.location.file === `app/Http/Controllers/${file}` && q.table === table)
    .filter((q) => line === undefined || q.location.line === line)
    .map(text);
}

const ARMS = ['id =', 'user_id =', '(user_id = or assigned_user_id =)'];

test.each([
  ['WebhookController.php', 'webhooks'],
  ['ClientController.php', 'clients'],
])('%s: the common path, one shape per arm and the optional filter; no two arms together', (file, table) => {
  const shapes = shapesAt(file, table, 13);
  expect(shapes.sort()).toEqual(
    [
      'company_id =',
      'company_id =, id =',
      'company_id =, user_id =',
      'company_id =, (user_id = or assigned_user_id =)',
      'company_id =, updated_at >=',
    ].sort(),
  );
  // What is left besides the caller's where and the optional filter is at most one arm's clauses.
  for (const s of shapes) {
    const rest = s.split(', ').filter((c) => c !== 'company_id =' && c !== 'updated_at >=');
    expect(rest.length).toBeLessThanOrEqual(1);
    expect(rest.every((c) => ARMS.includes(c))).toBe(true);
  }
});

test('a method whose clauses always apply keeps them, OR group included, in one shape', () => {
  expect(shapesAt('ClientController.php', 'clients', 20)).toEqual([
    'company_id =, (user_id = or assigned_user_id =), is_deleted =',
  ]);
});

test("a chain passed straight to the method that runs it is the caller's query, with the arms as alternatives", () => {
  expect(shapesAt('WebhookController.php', 'webhooks', 20).sort()).toEqual(
    [
      'event_id =',
      'event_id =, id =',
      'event_id =, user_id =',
      'event_id =, (user_id = or assigned_user_id =)',
      'event_id =, updated_at >=',
    ].sort(),
  );
});

test('a chain the method returns is sent once, by the caller; one the method neither runs nor returns is not sent', () => {
  expect(shapesAt('ClientController.php', 'clients', 27)).toEqual(['company_id =, user_id =']);
  expect(shapesAt('ClientController.php', 'clients', 32)).toEqual([]);
});

test("each shape's code shows the calls of its own arm only", () => {
  const codes = queries
    .filter((q) => q.location.file === 'app/Http/Controllers/WebhookController.php' && q.location.line === 13)
    .map((q) => q.code)
    .sort();
  expect(codes).toEqual(
    [
      "Webhook::where('company_id', 1) …->paginate(20)",
      "Webhook::where('company_id', 1) …->where('id', $user->id) …->paginate(20)",
      "Webhook::where('company_id', 1) …->where('user_id', '=', $user->id) …->paginate(20)",
      "Webhook::where('company_id', 1) …->where(function (…) {…}) …->paginate(20)",
      "Webhook::where('company_id', 1) …->where('updated_at', '>=', request()->input('updated_at')) …->paginate(20)",
    ].sort(),
  );
});

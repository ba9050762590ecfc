/** Global scopes and typed class properties (jobs, Livewire components, mailables). */

import { join } from 'node:path';
import { FIXTURES, at, extract, parseDir, preds } from './helpers.js';

const FILE = 'Jobs/SendStatement.php';
const { models, queries } = extract(parseDir(join(FIXTURES, 'queries/app')));
const only = (line: number) => {
  const found = at(queries, FILE, line);
  expect(found).toHaveLength(1);
  return found[0];
};

test('global scopes from closures and Scope classes are read from booted()', () => {
  const ticket = models.find((m) => m.className === 'Ticket');
  expect(ticket?.globalScopes).toEqual([
    { name: 'open', where: [{ column: 'state', op: '=', value: 'open' }], orderBy: [] },
    { name: 'App\\Scopes\\TenantScope', where: [{ column: 'tenant_id', op: '=', value: 1 }], orderBy: [] },
  ]);
});

test('global scopes apply to every query unless removed by name, by class or all at once', () => {
  expect(preds(only(22))).toEqual(['priority =', 'state =', 'tenant_id =']);
  expect(only(22).where[1].via).toBe('globalScope:open');
  expect(preds(only(23))).toEqual(['priority =', 'tenant_id =']);
  expect(preds(only(24))).toEqual(['priority =']);
  expect(preds(only(25))).toEqual(['priority =', 'state =']);
});

test('typed and promoted properties give `$this->prop` its model', () => {
  expect(preds(only(20))).toEqual(['client_id =', 'archived_at is null']);
  expect(preds(only(21))).toEqual(['user_id =', 'deleted_at is null']);
});

import { fingerprint, normalizeQuery } from '../../src/rules/finalize.js';

describe('fingerprint', () => {
  it('ignores literals and whitespace in the query', () => {
    expect(normalizeQuery("SELECT * FROM t WHERE a = 'x'  AND b > 3")).toBe(
      'select * from t where a = ? and b > ?',
    );
  });
  it('does not depend on the line and changes with the columns', () => {
    const a = fingerprint('PA101', {
      title: 't',
      message: 'm',
      table: 't',
      columns: ['a'],
      location: { file: 'x', line: 1 },
    });
    const b = fingerprint('PA101', {
      title: 't',
      message: 'm',
      table: 't',
      columns: ['a'],
      location: { file: 'x', line: 9 },
    });
    const c = fingerprint('PA101', { title: 't', message: 'm', table: 't', columns: ['b'] });
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });
});

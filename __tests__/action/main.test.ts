import { redact, resolveBaseline, secretsOf } from '../../src/main.js';

describe('action helpers', () => {
  it('baseline "base" is the pull request base; other events audit everything', () => {
    expect(resolveBaseline('base', { baseSha: 'abc123' })).toBe('abc123');
    expect(resolveBaseline('base', null)).toBeNull();
    expect(resolveBaseline('origin/main', null)).toBe('origin/main');
    expect(resolveBaseline(null, { baseSha: 'abc' })).toBeNull();
  });

  it('finds the token and the database password, and masks them whole', () => {
    const before = process.env['INPUT_DATABASE-URL'];
    process.env['INPUT_DATABASE-URL'] = 'mysql://root:p%40ss%2Fword@db:3306/app';
    try {
      const secrets = secretsOf({ githubToken: 'ghs_abcdef' });
      expect(secrets).toEqual([
        'mysql://root:p%40ss%2Fword@db:3306/app',
        'p%40ss%2Fword',
        'ghs_abcdef',
        'p@ss/word',
      ]);
      expect(
        redact(
          'connect mysql://root:p%40ss%2Fword@db:3306/app failed; pw p@ss/word; token ghs_abcdef',
          secrets,
        ),
      ).toBe('connect *** failed; pw ***; token ***');
    } finally {
      if (before === undefined) delete process.env['INPUT_DATABASE-URL'];
      else process.env['INPUT_DATABASE-URL'] = before;
    }
  });
});

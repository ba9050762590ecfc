import { defaultConfig } from '../../src/config/defaults.js';
import { POSITIVE, ruleOption } from '../../src/rules/options.js';

describe('ruleOption', () => {
  const config = defaultConfig('.');
  config.rules.PA109 = { options: { 'max-queries': 50, usersPerWorker: '3', bad: 'x', zero: 0 } };

  it('reads kebab-case keys, camelCase keys and numeric strings', () => {
    expect(ruleOption(config, 'PA109', 'max-queries', 30)).toBe(50);
    expect(ruleOption(config, 'PA109', 'users-per-worker', 2.5)).toBe(3);
  });

  it('falls back when absent, not a number, or below the minimum', () => {
    expect(ruleOption(config, 'PA108', 'min-repeats', 5)).toBe(5);
    expect(ruleOption(config, 'PA109', 'bad', 7)).toBe(7);
    expect(ruleOption(config, 'PA109', 'zero', 9, POSITIVE)).toBe(9);
    expect(ruleOption(config, 'PA109', 'zero', 9, 0)).toBe(0);
  });
});

import { comparisonOperator, likeOperator, mirrored } from '../../src/project/operators.js';

describe('comparisonOperator', () => {
  it('reads equality and inequality in their SQL and PHP spellings', () => {
    for (const op of ['=', '==', '<=>']) expect(comparisonOperator(op)).toBe('=');
    for (const op of ['!=', '<>', ' <> ']) expect(comparisonOperator(op)).toBe('!=');
    for (const op of ['<', '>', '<=', '>='] as const) expect(comparisonOperator(op)).toBe(op);
  });

  it('reads list, range and null tests whatever their case and spacing', () => {
    expect(comparisonOperator('IN')).toBe('in');
    expect(comparisonOperator('not  in')).toBe('not in');
    expect(comparisonOperator('BETWEEN')).toBe('between');
    expect(comparisonOperator('IS')).toBe('is null');
    expect(comparisonOperator('IS NOT')).toBe('is not null');
  });

  it('tells an index-friendly LIKE prefix from any other pattern', () => {
    expect(comparisonOperator('LIKE', 'abc%')).toBe('like-prefix');
    expect(comparisonOperator('like binary', 'abc%')).toBe('like-prefix');
    expect(comparisonOperator('like', '%abc')).toBe('like');
    expect(comparisonOperator('like', '_bc')).toBe('like');
    expect(comparisonOperator('like', '')).toBe('like');
    expect(comparisonOperator('LIKE')).toBe('like');
    expect(comparisonOperator('like', 42)).toBe('like');
  });

  it('gives `other` for what an index cannot serve as such', () => {
    for (const op of ['not like', 'NOT LIKE', 'regexp', 'rlike', 'ilike', '&', 'sounds like', 'toString'])
      expect(comparisonOperator(op)).toBe('other');
  });
});

describe('likeOperator and mirrored', () => {
  it('likeOperator needs a known pattern that does not start with a wildcard', () => {
    expect(likeOperator('a%')).toBe('like-prefix');
    expect(likeOperator('%a')).toBe('like');
    expect(likeOperator(undefined)).toBe('like');
  });

  it('mirrored swaps the sides of ordering comparisons and keeps the rest', () => {
    expect(mirrored('<')).toBe('>');
    expect(mirrored('>=')).toBe('<=');
    expect(mirrored('=')).toBe('=');
    expect(mirrored('in')).toBe('in');
  });
});

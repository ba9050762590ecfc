import { describe, expect, it } from '@jest/globals';
import { parseLabels } from '../../eval/src/labels.js';

const SHA = '1'.repeat(40);

describe('parseLabels', () => {
  it('keeps good rows and names the bad ones', () => {
    const text = JSON.stringify({
      historic: [
        {
          fix: SHA,
          parent: SHA,
          table: 't',
          columns: ['a'],
          query: { file: 'q.php', line: 2 },
          alreadyIndexed: true,
          existing: ['a'],
        },
        { fix: SHA, parent: SHA, table: 't', columns: ['a', 'b'], existing: [['a'], ['a', 'c']] },
        { fix: SHA, parent: SHA, table: 't', columns: ['a'], existing: [3] },
        { fix: SHA, parent: 'HEAD~1', table: 't', columns: ['a'] },
        { fix: SHA, parent: SHA, table: 't', columns: [] },
      ],
      reviewed: [
        { rule: 'PA101', table: 't', columns: ['a'], file: 'f.php', line: 3, verdict: 'false', reason: 'r' },
        { rule: 'PA101', table: 't', columns: ['a'], file: 'f.php', verdict: 'maybe' },
        { rule: 'PA105', table: 't', columns: ['a'], file: null, line: null, verdict: 'debatable' },
        { rule: 'PA102', table: 't', columns: [], file: 'g.php', verdict: 'true' },
        { rule: 'PA102', table: 't', columns: [3], file: 'g.php', verdict: 'true' },
      ],
    });
    const l = parseLabels(text, 'x.json');
    expect(l.historic).toHaveLength(2);
    expect(l.historic[0]).toMatchObject({
      alreadyIndexed: true,
      existing: [['a']],
      query: { file: 'q.php', line: 2 },
      migration: null,
    });
    expect(l.historic[1]!.existing).toEqual([['a'], ['a', 'c']]);
    expect(l.reviewed.map((r) => [r.verdict, r.file, r.columns])).toEqual([
      ['false', 'f.php', ['a']],
      ['debatable', null, ['a']],
      ['true', 'g.php', []],
    ]);
    expect(l.problems).toEqual([
      'x.json historic[2]: existing is not an index (a list of column names) or a list of indexes',
      'x.json historic[3]: parent "HEAD~1" is not a 40-hex sha',
      'x.json historic[4]: columns is not a non-empty list of names',
      'x.json reviewed[1]: verdict "maybe" is not true, debatable or false',
      'x.json reviewed[4]: columns is not a list of names',
    ]);
  });

  it('reports a file that is not JSON (one being written) and goes on', () => {
    const l = parseLabels('{"historic": [', 'half.json');
    expect(l.historic).toEqual([]);
    expect(l.problems[0]).toMatch(/^half\.json: not JSON/);
  });
});

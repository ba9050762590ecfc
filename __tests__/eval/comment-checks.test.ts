import { describe, expect, it } from '@jest/globals';
import { checkComment, duplicatedRows, firstScreen } from '../../eval/src/comment-checks.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { cacheDriver, missingIndex, report } from '../report/sample-report.js';

describe('the comment acceptance checks', () => {
  it('counts a row repeated within one table or list, not the same row in two tables', () => {
    const md = [
      '| a | b |',
      '|---|---|',
      '| x | 1 |',
      '| x | 1 |',
      '',
      '| a | b |',
      '|---|---|',
      '| x | 1 |',
      '',
      '- one',
      '- two',
      '- one',
    ].join('\n');
    expect(duplicatedRows(md)).toBe(2);
    expect(duplicatedRows('| a |\n|---|\n| x |\n| y |')).toBe(0);
  });

  it('the first screen ends at the first collapsed section', () => {
    expect(firstScreen('head\n<details><summary>s</summary>\nbody</details>')).toBe('head\n');
    expect(firstScreen('all open')).toBe('all open');
  });

  it('the rendered comment names its blocking finding before anything collapsed, and has no repeated row', () => {
    const r = report({
      findings: [
        missingIndex('practices', 'user_id'),
        missingIndex('posts', 'slug', { status: 'existing' }),
        cacheDriver(),
      ],
    });
    const md = renderMarkdown(r, { commentKey: 'default' });
    expect(checkComment(r, md)).toEqual({
      chars: md.length,
      duplicatedRows: 0,
      blockingNamed: { named: 1, of: 1 },
    });
    // The same finding shown only under a collapsed section is not named on the first screen.
    const buried = md.replace(
      '### Blocking findings',
      '<details><summary>x</summary>\n\n### Blocking findings',
    );
    expect(checkComment(r, buried).blockingNamed).toEqual({ named: 0, of: 1 });
  });
});

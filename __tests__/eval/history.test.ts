import { HISTORY_END, HISTORY_START, withHistory } from '../../eval/src/history.js';

describe('eval/RESULTS.md history', () => {
  it('carries the hand-kept block over a rewrite, and adds nothing when there was none', () => {
    const block = `${HISTORY_START}\n## Before and after\n- x\n${HISTORY_END}`;
    const out = withHistory('# new figures\n', `# old figures\n\n${block}\n`);
    expect(out).toBe(`# new figures\n\n${block}\n`);
    expect(withHistory('# new\n', '# old\n')).toBe('# new\n');
    expect(withHistory('# new\n', `${HISTORY_END} ${HISTORY_START}`)).toBe('# new\n');
  });
});

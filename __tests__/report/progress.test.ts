import { PhaseLog } from '../../src/audit/phases.js';
import { progressLine, useColor, type PhaseEvent } from '../../src/report/progress.js';

describe('progress lines', () => {
  it('a line when a phase starts and one when it ends, with its time and what it counted', async () => {
    const phases = new PhaseLog();
    const events: PhaseEvent[] = [];
    phases.onEvent = (e) => events.push(e);
    await phases.run('schema', async () => ({ value: 1, note: 'migrations: 42 tables' }));
    await phases.run('planner', async () => {
      throw new Error('MariaDB did not answer within 1500 ms');
    });
    phases.skip('http', 'no URL given');
    const lines = events.map((e) => progressLine(e, false).replace(/\(\d+ ms\)/, '(N ms)'));
    expect(lines).toEqual([
      '▶ schema…',
      '✔ schema (N ms): migrations: 42 tables',
      '▶ planner…',
      expect.stringMatching(/^✖ planner failed after \d+ ms: MariaDB did not answer within 1500 ms$/),
      '– http skipped: no URL given',
    ]);
  });

  it('labels the baseline audit', () => {
    expect(progressLine({ phase: 'project', state: 'start', label: 'baseline' }, false)).toBe(
      '▶ baseline project…',
    );
    expect(progressLine({ phase: 'schema', state: 'ran', ms: 2500, note: '3 tables' }, false)).toBe(
      '✔ schema (2.5 s): 3 tables',
    );
  });

  it('colours on a terminal only; NO_COLOR and FORCE_COLOR are honoured, CI logs get none unless asked', () => {
    expect(useColor(true, {})).toBe(true);
    expect(useColor(false, {})).toBe(false);
    expect(useColor(true, { NO_COLOR: '1' })).toBe(false);
    expect(useColor(true, { CI: 'true' })).toBe(false);
    expect(useColor(false, { FORCE_COLOR: '1' })).toBe(true);
    expect(useColor(true, { FORCE_COLOR: '0' })).toBe(false);
    expect(progressLine({ phase: 'schema', state: 'start' }, true)).toBe('\u001b[36m▶\u001b[0m schema…');
  });
});

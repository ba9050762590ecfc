import { PhaseLog } from '../../src/audit/phases.js';
import { progressLine, tenthsCounter, useColor, type PhaseEvent } from '../../src/report/progress.js';

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

  it('a long phase says how far it is, at most once a tenth; a short one says nothing until it ends', async () => {
    const phases = new PhaseLog();
    const events: PhaseEvent[] = [];
    phases.onEvent = (e) => events.push({ ...e, label: 'baseline' });
    await phases.run('schema', async (count) => {
      const applied = count('statements applied');
      for (let i = 0; i <= 250; i++) applied(i, 250);
      // A second batch starts its own count; a batch of 5 is too short to count.
      const more = count('statements applied');
      for (let i = 0; i <= 5; i++) more(i, 5);
      return { value: null, note: '250 tables' };
    });
    const counts = events.filter((e) => e.state === 'count').map((e) => progressLine(e, false));
    expect(counts).toEqual([
      '… baseline schema: 25/250 statements applied',
      '… baseline schema: 50/250 statements applied',
      '… baseline schema: 75/250 statements applied',
      '… baseline schema: 100/250 statements applied',
      '… baseline schema: 125/250 statements applied',
      '… baseline schema: 150/250 statements applied',
      '… baseline schema: 175/250 statements applied',
      '… baseline schema: 200/250 statements applied',
      '… baseline schema: 225/250 statements applied',
      '… baseline schema: 250/250 statements applied',
    ]);
  });

  it('a counter restarts when its total changes, and dims the line on a terminal', () => {
    const told: string[] = [];
    const c = tenthsCounter((d, t) => told.push(`${d}/${t}`));
    c(30, 30);
    c(10, 100);
    c(100, 100);
    expect(told).toEqual(['30/30', '10/100', '100/100']);
    expect(
      progressLine({ phase: 'http', state: 'count', done: 8, total: 40, note: 'samples taken' }, true),
    ).toBe('\u001b[2m…\u001b[0m http: 8/40 samples taken');
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

import { blocks, summarize } from '../../src/gate/policy.js';
import { finding } from '../report/sample-report.js';

describe('summarize', () => {
  const newCritical = finding({ rule: 'PA101', severity: 'critical' });
  const oldCritical = finding({ rule: 'PA101', severity: 'critical', status: 'existing' });
  const newWarning = finding({ rule: 'PA201', severity: 'warning' });
  const info = finding({ rule: 'PA901', severity: 'info' });

  it('blocks only on new findings at or above fail-on', () => {
    expect(summarize([oldCritical, newWarning], 'critical', 'planner').blocked).toBe(false);
    expect(summarize([oldCritical, newCritical], 'critical', 'planner').blocked).toBe(true);
    expect(summarize([oldCritical, newWarning], 'warning', 'planner').blocked).toBe(true);
    expect(summarize([newCritical], 'never', 'planner').blocked).toBe(false);
  });

  it('counts every unsilenced finding, and the new ones apart', () => {
    const s = summarize([newCritical, oldCritical, newWarning, info], 'critical', 'static', 2);
    expect(s).toEqual({
      critical: 2,
      warning: 1,
      info: 1,
      blocked: true,
      silenced: 0,
      failOn: 'critical',
      verdicts: 'static',
      new: { critical: 1, warning: 1, info: 1 },
      fixed: 2,
    });
  });

  it('without a baseline every finding is new, so old debt blocks too', () => {
    // baseline: none → the engine never compares, and findings keep the status "new" they are born with.
    const s = summarize([finding({ rule: 'PA101', severity: 'critical' })], 'critical', 'static');
    expect(s.blocked).toBe(true);
  });

  it('a silenced finding never blocks', () => {
    expect(blocks({ ...newCritical, silenced: { reason: 'r', by: 'b' } }, 'critical')).toBe(false);
    expect(blocks(info, 'warning')).toBe(false);
  });
});

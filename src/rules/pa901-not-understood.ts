import type { FindingDraft } from '../findings.js';
import type { Rule } from './rule.js';

/** PA901: a file that does not parse, or a construct perf-audit does not understand. Never fatal. */
export const pa901: Rule = {
  id: 'PA901',
  name: 'not-understood',
  title: 'File or construct not understood',
  defaultSeverity: 'info',
  needs: 'project',
  check(ctx) {
    const problems = [...ctx.project.problems, ...(ctx.database?.applyProblems ?? [])];
    return problems.map((p): FindingDraft => ({
      title: p.construct === 'parse error' ? 'File does not parse' : 'Construct not understood',
      message: `${p.message}. The rest of the app was still audited; verdicts that depend on this file may be incomplete.`,
      location: p.location,
      evidence: { construct: p.construct ?? null },
      fingerprintKey: `${p.location.file}\u0000${p.construct ?? ''}\u0000${p.message}`,
    }));
  },
};

/** Runs every enabled rule over the facts; a rule that needs a phase that did not run is skipped. */

import type { Finding } from '../findings.js';
import { compareFindings } from '../findings.js';
import { finalize } from '../rules/finalize.js';
import type { Rule, RuleContext } from '../rules/rule.js';

export interface RulesOutcome {
  findings: Finding[];
  /** Rules skipped for want of a phase, and rules that threw (a bug: reported, never hidden). */
  skipped: { rule: string; reason: string }[];
  errors: { rule: string; message: string }[];
}

function missingFact(rule: Rule, ctx: RuleContext): string | null {
  if (rule.needs === 'database' && !ctx.database) return 'no database';
  if (rule.needs === 'http' && !ctx.http) return 'no URL audited';
  return null;
}

export function runRules(rules: Rule[], ctx: RuleContext): RulesOutcome {
  const outcome: RulesOutcome = { findings: [], skipped: [], errors: [] };
  for (const rule of rules) {
    if (ctx.config.rules[rule.id]?.off) {
      outcome.skipped.push({ rule: rule.id, reason: 'turned off in the config' });
      continue;
    }
    const missing = missingFact(rule, ctx);
    if (missing) {
      outcome.skipped.push({ rule: rule.id, reason: missing });
      continue;
    }
    try {
      for (const draft of rule.check(ctx)) outcome.findings.push(finalize(rule, draft, ctx.config));
    } catch (err) {
      outcome.errors.push({ rule: rule.id, message: err instanceof Error ? err.message : String(err) });
    }
  }
  outcome.findings.sort(compareFindings);
  return outcome;
}

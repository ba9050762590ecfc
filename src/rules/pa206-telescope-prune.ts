import type { FindingDraft } from '../findings.js';
import { describeSource, truthy } from '../project/laravel/settings/verdicts.js';
import type { Rule } from './rule.js';

/** PA206: Telescope records every request, query and job, and nothing schedules `telescope:prune`. */
export const pa206: Rule = {
  id: 'PA206',
  name: 'telescope-without-prune',
  title: 'Telescope enabled without pruning',
  defaultSeverity: 'warning',
  needs: 'project',
  check(ctx) {
    const { settings, laravelVersion } = ctx.project;
    const pkg = settings['composer.laravel/telescope'];
    const enabled = settings['telescope.enabled'];
    if (!pkg && !enabled) return [];
    if (enabled && !truthy(enabled.value)) return [];
    if (settings['schedule.telescope:prune']) return [];

    const devOnly = pkg?.source.endsWith('require-dev') ?? false;
    const v11 = (laravelVersion ?? 0) >= 11;
    const schedule = v11
      ? "In routes/console.php:\nSchedule::command('telescope:prune --hours=48')->daily();"
      : "In app/Console/Kernel.php, schedule():\n$schedule->command('telescope:prune --hours=48')->daily();";
    const draft: FindingDraft = {
      title: 'Telescope records without pruning',
      message:
        `Telescope is installed (${pkg ? `${pkg.source} ${pkg.value}` : 'config/telescope.php'}) and enabled ` +
        `(${enabled ? describeSource(enabled) : 'its default'}), and neither app/Console/Kernel.php nor routes/console.php schedules telescope:prune: ` +
        'every request, query and job adds rows to telescope_entries, which grows without limit and slows every write to it.' +
        (devOnly
          ? ' It is only in require-dev: if production installs with --no-dev this matters only where it runs.'
          : ''),
      severity: devOnly ? 'info' : undefined,
      location: enabled?.location ?? pkg?.location ?? undefined,
      evidence: {
        package: pkg?.value ?? null,
        packageSection: pkg?.source ?? null,
        enabled: enabled?.value ?? null,
        enabledSource: enabled?.source ?? null,
      },
      fix: { text: `${schedule}\nor turn it off in production: TELESCOPE_ENABLED=false` },
      fingerprintKey: 'telescope',
    };
    return [draft];
  },
};

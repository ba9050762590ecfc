import type { FindingDraft } from '../findings.js';
import { isProductionCompose } from '../project/laravel/settings/docker-env.js';
import { truthy } from '../project/laravel/settings/verdicts.js';
import type { Rule } from './rule.js';

/**
 * An env file is a production one when it is named so (`.env.production`, `.env.prod`, a production
 * compose file such as docker-compose.prod.yml), when the config
 * names it as the env file to audit, or when it sets APP_ENV=production itself.
 */
export function isProductionEnvFile(
  path: string,
  configured: string | null,
  appEnvInFile: string | null | undefined,
): boolean {
  const name = path.split('/').pop() ?? path;
  if (name === '.env.production' || name === '.env.prod' || isProductionCompose(path)) return true;
  if (configured && configured.replace(/^\.\//, '') === path) return true;
  return appEnvInFile === 'production' || appEnvInFile === 'prod';
}

/** PA207: APP_DEBUG is on in a production env file. */
export const pa207: Rule = {
  id: 'PA207',
  name: 'app-debug-production',
  title: 'APP_DEBUG on in production',
  defaultSeverity: 'warning',
  needs: 'project',
  check(ctx) {
    const { settings } = ctx.project;
    const debugDefs = settings['app.debug']?.definitions ?? [];
    const envDefs = settings['app.env']?.definitions ?? [];
    const drafts: FindingDraft[] = [];
    for (const def of debugDefs) {
      if (!truthy(def.value)) continue;
      const file = def.location.file;
      const appEnv = envDefs.find((d) => d.location.file === file)?.value;
      if (!isProductionEnvFile(file, ctx.config.envFile, appEnv)) continue;
      drafts.push({
        title: `APP_DEBUG is on in ${file}`,
        message:
          `${file}:${def.location.line} sets APP_DEBUG=${def.value}` +
          (appEnv ? ` with APP_ENV=${appEnv}` : '') +
          ': Laravel then renders full error pages with stack traces and environment values to visitors, and debug tooling collects data on every request.',
        location: def.location,
        evidence: { file, value: def.value, appEnv: appEnv ?? null },
        fix: { text: `In ${file} (line ${def.location.line}):\nAPP_DEBUG=false` },
        fingerprintKey: `app.debug ${file}`,
      });
    }
    return drafts;
  },
};

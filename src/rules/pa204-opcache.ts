import type { FindingDraft } from '../findings.js';
import { iniBool } from '../project/laravel/settings/ini.js';
import { where } from '../project/laravel/settings/verdicts.js';
import { POSITIVE, ruleOption } from './options.js';
import type { Rule } from './rule.js';

/**
 * PA204: the production PHP configuration the repository carries (docker/, deploy/, .docker/, ops/ or the
 * configured php-ini files; files named dev/local/test are not production) revalidates OPcache timestamps
 * or gives OPcache too little room.
 */
export const pa204: Rule = {
  id: 'PA204',
  name: 'opcache-production',
  title: 'OPcache not tuned for production',
  defaultSeverity: 'info',
  needs: 'project',
  check(ctx) {
    const s = ctx.project.settings;
    const enable = s['php.opcache.enable'];
    if (!enable) return [];
    const drafts: FindingDraft[] = [];
    if (iniBool(enable.value) === false) {
      drafts.push({
        title: 'OPcache is disabled',
        message: `opcache.enable=${enable.value} (${where(enable)}): PHP compiles every file of the framework on every request.`,
        location: enable.location ?? undefined,
        evidence: { setting: 'php.opcache.enable', value: enable.value, source: enable.source },
        fix: { text: `In ${enable.location?.file ?? 'php.ini'}:\nopcache.enable=1` },
        fingerprintKey: 'opcache.enable',
      });
      return drafts;
    }

    const validate = s['php.opcache.validate_timestamps'];
    if (validate && iniBool(validate.value) !== false) {
      drafts.push({
        title: 'OPcache revalidates file timestamps in production',
        message:
          `opcache.validate_timestamps=${validate.value} (${where(validate)}): PHP stats every included file ` +
          `every opcache.revalidate_freq seconds (${s['php.opcache.revalidate_freq']?.value ?? '2'}), although production code only changes on deploy.`,
        location: validate.location ?? undefined,
        evidence: {
          setting: 'php.opcache.validate_timestamps',
          value: validate.value,
          source: validate.source,
        },
        fix: {
          text: `In ${validate.location?.file ?? 'php.ini'}:\nopcache.validate_timestamps=0\nopcache.revalidate_freq=0\nand reload PHP-FPM on every deploy (the new code is not seen until then).`,
        },
        fingerprintKey: 'opcache.validate_timestamps',
      });
    }

    const minMemory = ruleOption(ctx.config, 'PA204', 'min-memory-mb', 128, POSITIVE);
    const memory = s['php.opcache.memory_consumption'];
    const memoryMb = memory ? Number(memory.value) : NaN;
    if (memory && Number.isFinite(memoryMb) && memoryMb < minMemory) {
      drafts.push({
        title: 'OPcache memory is too small',
        message: `opcache.memory_consumption=${memory.value} MB (${where(memory)}) is below ${minMemory} MB: when it fills up, OPcache stops caching or restarts, and PHP compiles files again.`,
        location: memory.location ?? undefined,
        evidence: {
          setting: 'php.opcache.memory_consumption',
          value: memory.value,
          minimumMb: minMemory,
          source: memory.source,
        },
        fix: { text: `In ${memory.location?.file ?? 'php.ini'}:\nopcache.memory_consumption=256` },
        fingerprintKey: 'opcache.memory_consumption',
      });
    }

    const minFiles = ruleOption(ctx.config, 'PA204', 'min-files', 10000, POSITIVE);
    const files = s['php.opcache.max_accelerated_files'];
    const filesN = files ? Number(files.value) : NaN;
    if (files && Number.isFinite(filesN) && filesN < minFiles) {
      drafts.push({
        title: 'OPcache holds too few files',
        message: `opcache.max_accelerated_files=${files.value} (${where(files)}) is below ${minFiles}: a Laravel app with its vendor folder has more PHP files than that, and the ones left over are compiled on every request.`,
        location: files.location ?? undefined,
        evidence: {
          setting: 'php.opcache.max_accelerated_files',
          value: files.value,
          minimum: minFiles,
          source: files.source,
        },
        fix: { text: `In ${files.location?.file ?? 'php.ini'}:\nopcache.max_accelerated_files=20000` },
        fingerprintKey: 'opcache.max_accelerated_files',
      });
    }
    return drafts;
  },
};

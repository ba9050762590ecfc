/** Kept equal to package.json's version and repository (a test checks it; `npm run release` sets it). */
export const VERSION = '0.1.0';

/** The project's repository: its docs at the tag of this version are what reports link to. */
export const REPOSITORY_URL = 'https://github.com/perf-audit/perf-audit';

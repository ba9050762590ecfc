/** ts-jest's ESM preset: @actions/core 3 and @actions/github 9 are ESM-only. */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json', diagnostics: { warnOnly: false } }],
  },
  testTimeout: 120000,
  // Commands the tests start do not share a project cache unless a test gives them one.
  setupFiles: ['<rootDir>/__tests__/setup-env.cjs'],
  // Temporary files under one folder, and a check at the end that the tests removed theirs and the
  // databases and accounts they created.
  globalSetup: '<rootDir>/__tests__/global-setup.mjs',
  globalTeardown: '<rootDir>/__tests__/global-teardown.mjs',
};

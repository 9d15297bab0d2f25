/**
 * End-to-end tests of the task pane in Debian's Chromium (npm run test:e2e). Kept apart from `npm test`: the
 * files are named *.e2e.ts, which jest.config.js's testMatch (**\/*.test.ts) does not pick up.
 * @type {import('jest').Config}
 */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest'] },
  globalSetup: '<rootDir>/test/e2e/global-setup.ts',
  globalTeardown: '<rootDir>/test/e2e/global-teardown.ts',
  // One browser at a time on a two-core machine; a build and a cold Chromium take a while.
  maxWorkers: 1,
  testTimeout: 120_000,
};

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest'] },
  // A safety net against hangs, not a speed check: component tests drive a whole React tree, which on a busy
  // two-core machine can take longer than jest's default 5 s.
  testTimeout: 30_000,
};

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['runtime/**/*.test.ts', 'gateway/**/*.test.ts', 'subgraphs/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // End-to-end suites start five HTTP services each; two at a time suits a 2-core machine.
    maxWorkers: 2,
  },
});

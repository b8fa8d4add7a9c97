import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql ships ESM and CJS builds; Apollo's packages load the CJS one, so ours must too
    // (two copies of graphql in one process reject each other's schema objects).
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['runtime/**/*.test.ts', 'gateway/**/*.test.ts', 'subgraphs/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // End-to-end suites start five HTTP services each; two at a time suits a 2-core machine.
    maxWorkers: 2,
  },
});

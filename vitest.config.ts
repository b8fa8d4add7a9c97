import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
/** Tests that measure the memory of the process they run in. */
const MEASURES_ITS_OWN_PROCESS = ['test/hardening/fuzz.test.ts'];

export default defineConfig({
  resolve: {
    // graphql ships ESM and CJS builds; Apollo's packages load the CJS one, so ours must too
    // (two copies of graphql in one process reject each other's schema objects).
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // Tracking secrets are hashed with a cheaper scrypt cost than production allows: tests file many grievances.
    // The test client stands behind a loopback proxy: X-Forwarded-For lets a test speak from many addresses.
    // The escalation and overdue rounds are off: a test moves the clock and runs a round itself when it means to.
    // So are the outbox relays, event consumers and webhook rounds: a test settles the events itself (`settleEvents`).
    env: {
      TRACKING_SECRET_HASH_COST: '10',
      TRUST_PROXY: 'loopback',
      DEADLINE_ESCALATION_INTERVAL_MS: '0',
      CORRECTIVE_ACTION_OVERDUE_INTERVAL_MS: '0',
      OUTBOX_RELAY_INTERVAL_MS: '0',
      WEBHOOK_DISPATCH_INTERVAL_MS: '0',
    },
    // Generous, so that a busy machine slows the suite down rather than failing it.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // End-to-end suites start five HTTP services each; two at a time suits a 2-core machine.
    maxWorkers: 2,
    // Workers are reused from file to file, so node_modules load once per worker rather than once per
    // file (most of a file's start-up); fresh-modules.ts still gives every file fresh project modules.
    isolate: false,
    setupFiles: ['test/support/fresh-modules.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'suite',
          include: [
            'runtime/**/*.test.ts',
            'gateway/**/*.test.ts',
            'subgraphs/**/*.test.ts',
            'scripts/**/*.test.ts',
            'test/**/*.test.ts',
          ],
          exclude: [...MEASURES_ITS_OWN_PROCESS, 'node_modules/**', 'dist/**'],
        },
      },
      {
        // A process of its own: what earlier files left in a shared worker would count in its heap.
        extends: true,
        test: { name: 'own-process', include: MEASURES_ITS_OWN_PROCESS, isolate: true },
      },
    ],
  },
});

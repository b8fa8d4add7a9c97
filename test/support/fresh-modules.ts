import { vi } from 'vitest';

/**
 * Runs before every test file. Vitest reuses its workers from file to file (`isolate: false`), which
 * spares each file re-loading the packages of node_modules: Node keeps those. The project's own modules
 * are evaluated afresh for every file, so that one file's configuration overrides, cached keys or
 * seeded generators never reach the next, whichever worker it happens to run in.
 */
vi.resetModules();

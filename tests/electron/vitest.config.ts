import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * `npx vitest run --config tests/electron/vitest.config.ts`: the Electron smoke test and its
 * helper's tests. Separate from the unit/integration projects because it needs the built app
 * and, to really run, the Electron binary and a display (else it reports NOT RUN as a todo).
 */
export default defineConfig({
  test: {
    root: path.resolve(import.meta.dirname, '..', '..'),
    include: ['tests/electron/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

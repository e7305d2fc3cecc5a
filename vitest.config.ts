import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Playwright specs live in tests/e2e and run under Playwright's runner, never here.
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one, on a two-core machine. Many files here
    // wait on child processes, fsync or a busy timeout, so two run side by side.
    maxWorkers: 2,
  },
});

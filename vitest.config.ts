import { defineConfig } from 'vitest/config';

// Core tests run in plain Node against real encrypted databases in temp folders.
export default defineConfig({
  test: {
    include: ['electron/**/*.test.ts', 'shared/**/*.test.ts', 'migrations/**/*.test.ts', 'renderer/**/*.test.ts', 'e2e/host/**/*.test.ts'],
    environment: 'node',
    // Native module + Argon2 memory: separate processes, and not more of them than cores.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

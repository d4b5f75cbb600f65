import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium and real Firefox. One file at a time,
// since each launches a browser and the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    reporters: ['default'],
  },
});

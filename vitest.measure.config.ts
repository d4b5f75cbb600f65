import { defineConfig } from 'vitest/config';

// Measurements that print figures (npm run bench), kept out of npm test.
export default defineConfig({
  test: { include: ['bench/**/*.measure.ts'], environment: 'node', testTimeout: 300_000, pool: 'forks', execArgv: ['--expose-gc'] },
});

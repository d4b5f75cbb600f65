import { defineConfig } from 'vitest/config';

// Unit tests and benchmarks only; the extension build lives in vite.config.ts.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: { __TARGET_BROWSER__: JSON.stringify('chrome') },
});

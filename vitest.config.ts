import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    // bench/tmp holds scratch copies of the project (benchmarks, hostile input, determinism).
    exclude: [...configDefaults.exclude, 'bench/tmp/**'],
    allowOnly: !process.env.CI,
  },
});

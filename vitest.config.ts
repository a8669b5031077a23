import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{contracts,models,knowledge,server,kiosk,robot,eval}/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Native modules (better-sqlite3, hnswlib, onnxruntime) are safest in forked processes.
    pool: 'forks',
    fileParallelism: true,
  },
});

/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  base: './',
  build: { target: 'es2022', sourcemap: false },
  // The run worker (src/worker/run-worker.ts) is a module worker: its own chunk, loaded on start.
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: false },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    pool: 'threads',
    testTimeout: 60_000,
    setupFiles: ['test/setup-run-words.ts'],
  },
});

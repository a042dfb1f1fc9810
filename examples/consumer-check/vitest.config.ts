import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { include: ['test/**/*.test.ts'], environment: 'node', hookTimeout: 300_000, testTimeout: 120_000 } });

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/lib/**/*.test.ts',
      'tests/components/**/*.test.{ts,tsx}',
      'tests/scripts/**/*.test.ts',
      'tests/integrations/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
  },
});

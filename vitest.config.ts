import { defineConfig } from 'vitest/config';

// Unit and checker tests run on plain Vite: the modules they cover are pure TypeScript.
// Build tests run the real `astro build` in a child process on fixture content.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});

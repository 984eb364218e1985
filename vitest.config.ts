import { defineConfig } from 'vitest/config';

// Three suites: fast unit tests, pack verification (real Pyodide running every
// milestone's starter, solution, mistakes and alternatives) and end-to-end tests
// driving Debian's Chromium against browser mode.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'packs', include: ['tests/packs/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 120_000 } },
      // Hostile input, resource abuse and durability (SECURITY.md); some cases drive Chromium.
      { test: { name: 'hardening', include: ['tests/hardening/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 180_000, fileParallelism: false } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

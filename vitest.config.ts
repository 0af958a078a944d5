import { defineConfig } from 'vitest/config';

// The suite asserts behaviour and counts work (test/linear.test.ts), never time: speed lives in
// bench/. Some tests annotate hundreds of kilobytes or spawn the CLI, which on a shared or slow
// machine takes longer than vitest's 5 s default; the limit is only there to catch a hang.
export default defineConfig({
  test: { testTimeout: 60_000, hookTimeout: 60_000 },
});

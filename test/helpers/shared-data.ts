/**
 * Access to ../shared for tests: the data is read in place, never copied. When it is absent a test
 * is skipped with a message saying so, unless CHAPERONE_REQUIRE_SHARED=1 (CI), where absence fails.
 */
import { test } from 'node:test';
import { readShared, sharedDir } from '../../src/eval/datasets.js';

/** True when CI demands the shared data (absence is then a failure, not a skip). */
export const SHARED_REQUIRED = process.env.CHAPERONE_REQUIRE_SHARED === '1';

/**
 * Read a shared JSONL file, or register a test that visibly skips (or fails, when required) and
 * return null. `relative` is relative to the shared folder, e.g. 'real/presidio/x.jsonl'.
 */
export function sharedRowsOrSkip<T>(relative: string): T[] | null {
  const rows = readShared<T>(relative);
  if (rows) return rows;
  const why = sharedDir() ? `${relative} not found in ${sharedDir()}` : 'shared data not found (set CHAPERONE_SHARED or put shared/ beside the repository)';
  if (SHARED_REQUIRED) {
    test(`shared data: ${relative}`, () => {
      throw new Error(`${why}; CHAPERONE_REQUIRE_SHARED=1 requires it`);
    });
  } else {
    test(`shared data: ${relative}`, { skip: why }, () => {});
  }
  return null;
}

// Test helper: runs `work` and checks that it fails with exactly this ContentError.
import { expect } from 'vitest';
import { ContentError } from '@/lib/content/types';

export async function expectContentError(work: () => unknown, expected: { file: string; line: number | undefined; problem: string | RegExp }): Promise<void> {
  let caught: unknown;
  try {
    await work();
  } catch (error) {
    caught = error;
  }
  expect(caught, 'expected a ContentError').toBeInstanceOf(ContentError);
  const error = caught as ContentError;
  expect({ file: error.file, line: error.line }).toEqual({ file: expected.file, line: expected.line });
  if (typeof expected.problem === 'string') expect(error.problem).toBe(expected.problem);
  else expect(error.problem).toMatch(expected.problem);
  expect(error.message).toBe(`${expected.file}${expected.line ? `:${expected.line}` : ''}: ${error.problem}`);
}

// The result of checking one milestone: Exercism's test-runner format (version 3)
// extended for Buildpath. Documented in docs/check-result.md; the JSON Schema in
// docs/check-result.schema.json is generated from the schema below.

import { z } from 'zod';
import { displayRecordSchema, type DisplayRecord } from './display';

export const TEST_STATUSES = ['pass', 'fail', 'error', 'not_attempted', 'timeout'] as const;
export const OVERALL_STATUSES = ['pass', 'fail', 'error', 'not_attempted'] as const;

export const testResultSchema = z.strictObject({
  name: z.string(),
  task_id: z.number().int().positive().nullable(),
  status: z.enum(TEST_STATUSES),
  /** What is wrong, in a teacher's words; null when the check passed. */
  message: z.string().nullable(),
  /** What the learner's code printed during this check, at most 500 characters. */
  output: z.string().max(500).nullable(),
  hidden: z.boolean(),
  duration_ms: z.number().nonnegative(),
});

export const checkResultSchema = z.strictObject({
  version: z.literal(3),
  format: z.literal('buildpath-check/1'),
  status: z.enum(OVERALL_STATUSES),
  /** Set when the code could not be checked at all (syntax error, crash at top level). */
  message: z.string().nullable(),
  /** The failing line when the learner's module itself failed. */
  error_line: z.number().int().positive().nullable(),
  project: z.string(),
  milestone: z.string(),
  /** In the order of the checks in checks.py. */
  tests: z.array(testResultSchema),
  /** What the learner's code showed with buildpath.show while it was checked. */
  displays: z.array(displayRecordSchema),
  duration_ms: z.number().nonnegative(),
});

export type TestStatus = (typeof TEST_STATUSES)[number];
export type TestResult = z.infer<typeof testResultSchema>;
export type CheckResult = Omit<z.infer<typeof checkResultSchema>, 'displays'> & { displays: DisplayRecord[] };

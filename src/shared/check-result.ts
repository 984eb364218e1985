// The result of checking one milestone: Exercism's test-runner format (version 3)
// extended for Buildpath. Documented in docs/check-result.md; validated in tests
// against docs/check-result.schema.json.

import type { DisplayRecord } from './display';

export type TestStatus = 'pass' | 'fail' | 'error' | 'not_attempted' | 'timeout';

export interface TestResult {
  name: string;
  task_id: number | null;
  status: TestStatus;
  /** What is wrong, in a teacher's words; null when the check passed. */
  message: string | null;
  /** What the learner's code printed during this check, at most 500 characters. */
  output: string | null;
  hidden: boolean;
  duration_ms: number;
}

export type OverallStatus = 'pass' | 'fail' | 'error' | 'not_attempted';

export interface CheckResult {
  version: 3;
  format: 'buildpath-check/1';
  status: OverallStatus;
  /** Set when the code could not be checked at all (syntax error, crash at top level). */
  message: string | null;
  /** The failing line when status is "error" because the module itself failed. */
  error_line: number | null;
  project: string;
  milestone: string;
  tests: TestResult[];
  displays: DisplayRecord[];
  duration_ms: number;
}

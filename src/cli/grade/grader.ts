// Grades submissions on a pool of sandboxed Python processes, each reused from one
// submission to the next (the runtime gives every check a clean Python). Each
// submission has a wall-time limit: its milestone's check budgets plus start-up.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { CheckResult } from '../../shared/check-result';
import type { CheckBundle } from '../../shared/pack/types';
import { toCheckRequest } from '../../shared/python/check-request';
import type { PythonClient } from '../../shared/python/python-client';
import { visibleLine } from '../terminal-text';
import { resumeKey, type GradedSubmission, type GradeStatus } from './gradebook';
import type { Submission } from './submissions';

/** Time to start a replacement Python and load the project's data, on top of the checks' budgets. */
export const START_UP_SECONDS = 20;

export interface MilestonePlan {
  bundle: CheckBundle;
  checksTotal: number;
  wallSeconds: number;
}

export interface GradeOptions {
  project: string;
  plans: Map<string, MilestonePlan>;
  pythons: PythonClient[];
  earlier: Map<string, GradedSubmission>;
  memoryLimitMb: number;
  onDone(row: GradedSubmission, skipped: boolean): void;
}

/** Declared checks and their budgets, read from checks.py in the sandbox. */
export async function planMilestone(python: PythonClient, bundle: CheckBundle): Promise<MilestonePlan> {
  const listing = await python.listChecks({ checks: bundle.checks, checksSupport: bundle.checksSupport ?? null });
  if ('error' in listing) throw new Error(`the checks of ${bundle.project}/${bundle.milestone} could not be read: ${listing.error}`);
  const budgets = listing.checks.reduce((total, check) => total + (check.seconds ?? bundle.defaultBudgetSeconds), 0);
  return { bundle, checksTotal: listing.checks.length, wallSeconds: budgets + START_UP_SECONDS };
}

export async function gradeSubmissions(submissions: Submission[], options: GradeOptions): Promise<GradedSubmission[]> {
  const rows: GradedSubmission[] = new Array(submissions.length);
  let next = 0;
  async function work(python: PythonClient): Promise<void> {
    while (next < submissions.length) {
      const index = next++;
      const { row, skipped } = await gradeOne(python, submissions[index]!, options);
      rows[index] = row;
      options.onDone(row, skipped);
    }
  }
  await Promise.all(options.pythons.map((python) => work(python)));
  return rows;
}

async function gradeOne(python: PythonClient, submission: Submission, options: GradeOptions): Promise<{ row: GradedSubmission; skipped: boolean }> {
  const plan = options.plans.get(submission.milestone)!;
  const base = { submission: submission.name, project: options.project, milestone: submission.milestone, file: submission.relative };
  const blank = { checks_passed: 0, checks_total: plan.checksTotal, duration_ms: 0, result: null };
  let bytes: Buffer;
  try {
    bytes = await readFile(submission.file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { row: { ...base, ...blank, sha256: null, status: 'not_attempted', message: `no ${submission.relative}`, graded: true }, skipped: false };
    return { row: { ...base, ...blank, sha256: null, status: 'error', message: `cannot read ${submission.relative} (${code ?? error})`, graded: false }, skipped: false };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const kept = options.earlier.get(resumeKey(submission.name, submission.milestone, sha256));
  if (kept) return { row: kept, skipped: true };

  const code = new TextDecoder().decode(bytes);
  const startFailure = await python.ready().then(() => null, (error: unknown) => String(error instanceof Error ? error.message : error));
  if (startFailure !== null) {
    return { row: { ...base, ...blank, sha256, status: 'error', message: oneLine(`Python could not start: ${startFailure}`), graded: false }, skipped: false };
  }
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void python.stop();
  }, plan.wallSeconds * 1000);
  let result: CheckResult;
  try {
    result = await python.check(toCheckRequest(plan.bundle, code));
  } finally {
    clearTimeout(timer);
  }
  return { row: { ...base, sha256, ...summarise(result, plan, timedOut, options.memoryLimitMb), result }, skipped: false };
}

function summarise(result: CheckResult, plan: MilestonePlan, timedOut: boolean, memoryLimitMb: number) {
  const passed = result.tests.filter((test) => test.status === 'pass').length;
  // The client restarts Python for a check over its budget (a timed-out test) or for a
  // module that never finished loading (no tests, the message says how long it took).
  const slowModule = result.tests.length === 0 && (result.message ?? '').startsWith('Your code took longer than');
  const timeout = timedOut || slowModule || result.tests.some((test) => test.status === 'timeout');
  const status: GradeStatus = timeout ? 'timeout' : result.status;
  let message = result.message ?? result.tests.find((test) => test.status !== 'pass')?.message ?? '';
  if (timedOut) message = `took longer than ${plan.wallSeconds} s (the milestone's check budgets plus start-up) and was stopped`;
  else if (message.includes(`used more than ${memoryLimitMb} MB`)) message = `used more than ${memoryLimitMb} MB of memory and was stopped`;
  return {
    status,
    checks_passed: passed,
    checks_total: Math.max(plan.checksTotal, result.tests.length),
    duration_ms: Math.round(result.duration_ms),
    message: oneLine(message),
    graded: true, // whatever the code did to its own Python, it was graded
  };
}

/** The gradebook's message cell: one line, control characters shown, at most 300 characters. */
function oneLine(text: string): string {
  const flat = visibleLine(text.replace(/\s*\n\s*/g, ' ').trim());
  return flat.length > 300 ? `${flat.slice(0, 299)}…` : flat;
}

// Grades submissions on a pool of sandboxed Pythons, one per job. Each job takes the
// next submission as soon as its check ends (the file already read, see read-ahead.ts)
// and keeps its Python for the next (each check's learner code gets a fresh interpreter
// in it): a Python that must not be reused (it refused something, or kept timers) is
// replaced by the sandbox at the moment it replies, so the
// replacement starts while the parent records the result. Each submission has a
// wall-time limit: its milestone's check budgets plus start-up.

import type { CheckResult } from '../../shared/check-result';
import type { CheckBundle } from '../../shared/pack/types';
import { toCheckRequest } from '../../shared/python/check-request';
import type { CheckRequest } from '../../shared/python/protocol';
import type { PythonClient } from '../../shared/python/python-client';
import { visibleLine } from '../terminal-text';
import type { GradedSubmission, GradeStatus } from './gradebook';
import { prepareSubmission, readAhead, type PreparedSubmission } from './read-ahead';
import type { Submission } from './submissions';

/** Time to start a replacement Python and load the project's data, on top of the checks' budgets. */
export const START_UP_SECONDS = 20;

export interface MilestonePlan {
  bundle: CheckBundle;
  checksTotal: number;
  wallSeconds: number;
  /** The check request but the learner's code, built once for the whole batch. */
  request: Omit<CheckRequest, 'code'>;
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
  const { code: _code, ...request } = toCheckRequest(bundle, '');
  return { bundle, checksTotal: listing.checks.length, wallSeconds: budgets + START_UP_SECONDS, request };
}

export async function gradeSubmissions(submissions: Submission[], options: GradeOptions): Promise<GradedSubmission[]> {
  const rows: GradedSubmission[] = new Array(submissions.length);
  const preparation = { project: options.project, earlier: options.earlier, checksTotal: (milestone: string) => options.plans.get(milestone)!.checksTotal };
  const queue = readAhead(submissions, (submission) => prepareSubmission(submission, preparation), options.pythons.length);
  async function work(python: PythonClient): Promise<void> {
    for (let next = queue.take(); next; next = queue.take()) {
      const prepared = await next.prepared;
      const { row, skipped } = prepared.kind === 'graded' ? prepared : { row: await checkOne(python, prepared, options), skipped: false };
      rows[next.index] = row;
      options.onDone(row, skipped);
    }
  }
  await Promise.all(options.pythons.map((python) => work(python)));
  return rows;
}

async function checkOne(python: PythonClient, prepared: Extract<PreparedSubmission, { kind: 'check' }>, options: GradeOptions): Promise<GradedSubmission> {
  const { submission, sha256, code } = prepared;
  const plan = options.plans.get(submission.milestone)!;
  const base = { submission: submission.name, project: options.project, milestone: submission.milestone, file: submission.relative, sha256 };
  const startFailure = await python.ready().then(() => null, (error: unknown) => String(error instanceof Error ? error.message : error));
  if (startFailure !== null) {
    const message = oneLine(`Python could not start: ${startFailure}`);
    return { ...base, checks_passed: 0, checks_total: plan.checksTotal, duration_ms: 0, result: null, status: 'error', message, graded: false };
  }
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void python.stop();
  }, plan.wallSeconds * 1000);
  let result: CheckResult;
  try {
    result = await python.check({ ...plan.request, code });
  } finally {
    clearTimeout(timer);
  }
  return { ...base, ...summarise(result, plan, timedOut, options.memoryLimitMb), result };
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

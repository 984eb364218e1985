// The learner's progress file (<workspace>/progress.json): a versioned JSON document.
// Version 1 is described here; a file with a higher `version` was written by a newer
// Buildpath and is opened read-only (see src/services/workspace/progress-store.ts).

import { z } from 'zod';
import { MILESTONE_ID_PATTERN, SLUG_PATTERN } from '../pack/schema';
import { planHistorySchema } from '../planner/plan';

export const PROGRESS_VERSION = 1;
export const PROGRESS_FORMAT = 'buildpath-progress';

export const projectSlugSchema = z.string().max(64).regex(SLUG_PATTERN, 'a project slug: lower-case letters, digits and hyphens');

export const milestoneIdSchema = z.string().max(80).regex(MILESTONE_ID_PATTERN, 'a milestone folder name such as 01-load-data');

const isoTime = z.iso.datetime();

export const milestoneStatusSchema = z.enum(['not_started', 'in_progress', 'passed', 'passed_with_solution']);
export type MilestoneStatus = z.infer<typeof milestoneStatusSchema>;

export const testStatusSchema = z.enum(['pass', 'fail', 'error', 'not_attempted', 'timeout']);
export const overallStatusSchema = z.enum(['pass', 'fail', 'error', 'not_attempted']);

/** The outcome of the latest check, kept so task verdicts survive a restart. */
export const lastCheckSchema = z.object({
  at: isoTime,
  status: overallStatusSchema,
  passed: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** Task number ("1", "2", …) → the worst verdict among that task's checks. */
  tasks: z.record(z.string(), testStatusSchema),
});
export type LastCheck = z.infer<typeof lastCheckSchema>;

export const milestoneProgressSchema = z.object({
  status: milestoneStatusSchema,
  first_attempt_at: isoTime.nullable(),
  passed_at: isoTime.nullable(),
  checks_run: z.number().int().nonnegative(),
  hints_used: z.number().int().nonnegative(),
  solution_seen: z.boolean(),
  time_spent_ms: z.number().nonnegative(),
  last_check: lastCheckSchema.nullable(),
});
export type MilestoneProgress = z.infer<typeof milestoneProgressSchema>;

export const projectProgressSchema = z.object({
  last_milestone: milestoneIdSchema.nullable(),
  last_activity_at: isoTime.nullable(),
  milestones: z.record(milestoneIdSchema, milestoneProgressSchema),
});
export type ProjectProgress = z.infer<typeof projectProgressSchema>;

/** A stretch of active study; gaps longer than IDLE_GAP_MS between signs of activity are idle. */
export const activityIntervalSchema = z.object({
  start: isoTime,
  end: isoTime,
  project: projectSlugSchema,
  milestone: milestoneIdSchema,
});
export type ActivityInterval = z.infer<typeof activityIntervalSchema>;

export const progressSchema = z.object({
  format: z.literal(PROGRESS_FORMAT),
  version: z.literal(PROGRESS_VERSION),
  updated_at: isoTime,
  projects: z.record(projectSlugSchema, projectProgressSchema),
  /** Chronological. Read by the study planner. */
  activity: z.array(activityIntervalSchema),
  /** Study plans, oldest first; the last is current. Absent in files written before plans existed. */
  plans: planHistorySchema.default([]),
});
export type Progress = z.infer<typeof progressSchema>;

export function emptyProgress(now: Date): Progress {
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, updated_at: now.toISOString(), projects: {}, activity: [], plans: [] };
}

export function emptyMilestoneProgress(): MilestoneProgress {
  return {
    status: 'not_started',
    first_attempt_at: null,
    passed_at: null,
    checks_run: 0,
    hints_used: 0,
    solution_seen: false,
    time_spent_ms: 0,
    last_check: null,
  };
}

export function isPassed(status: MilestoneStatus): boolean {
  return status === 'passed' || status === 'passed_with_solution';
}

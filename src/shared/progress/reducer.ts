// Pure functions folding a learner's events into their progress. No I/O, no clock:
// the caller passes the moment the event happened.

import { recordActivityMoment } from './activity';
import type { ProgressEvent } from './events';
import {
  emptyMilestoneProgress,
  isPassed,
  type LastCheck,
  type MilestoneProgress,
  type Progress,
  type ProjectProgress,
} from './schema';

type TestStatus = LastCheck['tasks'][string];

// When a task has several checks, the task shows its most serious verdict.
const SEVERITY: Record<TestStatus, number> = { pass: 0, not_attempted: 1, fail: 2, timeout: 3, error: 4 };

export function taskVerdicts(tests: readonly { task_id: number | null; status: TestStatus }[]): Record<string, TestStatus> {
  const tasks: Record<string, TestStatus> = {};
  for (const test of tests) {
    if (test.task_id === null) continue;
    const key = String(test.task_id);
    const current = tasks[key];
    if (current === undefined || SEVERITY[test.status] > SEVERITY[current]) tasks[key] = test.status;
  }
  return tasks;
}

function started(milestone: MilestoneProgress, at: string): MilestoneProgress {
  return {
    ...milestone,
    status: milestone.status === 'not_started' ? 'in_progress' : milestone.status,
    first_attempt_at: milestone.first_attempt_at ?? at,
  };
}

function afterCheck(
  milestone: MilestoneProgress,
  event: Extract<ProgressEvent, { type: 'check_completed' }>,
  at: string,
): MilestoneProgress {
  const next = started(milestone, at);
  const lastCheck: LastCheck = {
    at,
    status: event.status,
    passed: event.tests.filter((test) => test.status === 'pass').length,
    total: event.tests.length,
    tasks: taskVerdicts(event.tests),
  };
  const passedNow = event.status === 'pass' && !isPassed(next.status);
  return {
    ...next,
    checks_run: next.checks_run + 1,
    last_check: lastCheck,
    // Once passed a milestone stays passed: a later experiment that breaks it is not a regression of the learner.
    status: passedNow ? (next.solution_seen ? 'passed_with_solution' : 'passed') : next.status,
    passed_at: passedNow ? at : next.passed_at,
  };
}

function updateMilestone(milestone: MilestoneProgress, event: ProgressEvent, at: string): MilestoneProgress {
  switch (event.type) {
    case 'milestone_opened':
    case 'activity':
      return milestone;
    case 'code_edited':
      return started(milestone, at);
    case 'check_completed':
      return afterCheck(milestone, event, at);
    case 'hint_revealed':
      return { ...started(milestone, at), hints_used: Math.max(milestone.hints_used, event.hint_index + 1) };
    case 'solution_seen':
      return { ...started(milestone, at), solution_seen: true };
  }
}

export function applyProgressEvent(progress: Progress, event: ProgressEvent, now: Date): Progress {
  const at = now.toISOString();
  const project: ProjectProgress = progress.projects[event.project] ?? {
    last_milestone: null,
    last_activity_at: null,
    milestones: {},
  };
  const milestone = project.milestones[event.milestone] ?? emptyMilestoneProgress();
  const { activity, addedMs } = recordActivityMoment(progress.activity, now, event.project, event.milestone);
  const updated = updateMilestone(milestone, event, at);
  return {
    ...progress,
    updated_at: at,
    activity,
    projects: {
      ...progress.projects,
      [event.project]: {
        last_milestone: event.milestone,
        last_activity_at: at,
        milestones: {
          ...project.milestones,
          [event.milestone]: { ...updated, time_spent_ms: updated.time_spent_ms + addedMs },
        },
      },
    },
  };
}

export function milestoneProgressOf(progress: Progress, project: string, milestone: string): MilestoneProgress {
  return progress.projects[project]?.milestones[milestone] ?? emptyMilestoneProgress();
}

/** How many of the given milestones are passed (with or without the solution). */
export function countPassed(progress: Progress, project: string, milestones: readonly string[]): number {
  return milestones.filter((id) => isPassed(milestoneProgressOf(progress, project, id).status)).length;
}

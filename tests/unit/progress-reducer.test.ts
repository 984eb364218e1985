import { describe, expect, it } from 'vitest';
import {
  applyProgressEvent,
  continueTarget,
  countPassed,
  emptyProgress,
  IDLE_GAP_MS,
  milestoneProgressOf,
  progressEventSchema,
  progressFromMilestoneFiles,
  progressSchema,
  recordActivityMoment,
  taskVerdicts,
  totalActiveMs,
  type Progress,
  type ProgressEvent,
} from '../../src/shared/progress';

const T0 = Date.parse('2026-11-21T18:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000);
const where = { project: 'house-prices', milestone: '01-load-data' } as const;

function replay(events: [number, ProgressEvent][]): Progress {
  return events.reduce((progress, [minute, event]) => applyProgressEvent(progress, event, at(minute)), emptyProgress(at(0)));
}

const passingCheck: ProgressEvent = {
  type: 'check_completed',
  ...where,
  status: 'pass',
  tests: [
    { task_id: 1, status: 'pass' },
    { task_id: 2, status: 'pass' },
  ],
};
const failingCheck: ProgressEvent = {
  type: 'check_completed',
  ...where,
  status: 'fail',
  tests: [
    { task_id: 1, status: 'pass' },
    { task_id: 2, status: 'fail' },
    { task_id: 2, status: 'not_attempted' },
  ],
};

describe('milestone status', () => {
  it('goes from not started to in progress to passed, with the moments recorded', () => {
    const progress = replay([
      [1, { type: 'milestone_opened', ...where }],
      [2, { type: 'code_edited', ...where }],
      [3, failingCheck],
      [4, passingCheck],
    ]);
    expect(milestoneProgressOf(progress, where.project, where.milestone)).toMatchObject({
      status: 'passed',
      first_attempt_at: at(2).toISOString(),
      passed_at: at(4).toISOString(),
      checks_run: 2,
      solution_seen: false,
      last_check: { status: 'pass', passed: 2, total: 2, tasks: { '1': 'pass', '2': 'pass' } },
    });
    expect(progressSchema.safeParse(progress).success).toBe(true);
  });

  it('only opening a milestone does not start it', () => {
    const progress = replay([[1, { type: 'milestone_opened', ...where }]]);
    expect(milestoneProgressOf(progress, where.project, where.milestone).status).toBe('not_started');
    expect(progress.projects[where.project]?.last_milestone).toBe(where.milestone);
  });

  it('is passed with the solution when the solution was seen before passing', () => {
    const progress = replay([
      [1, failingCheck],
      [2, { type: 'solution_seen', ...where }],
      [3, passingCheck],
    ]);
    expect(milestoneProgressOf(progress, where.project, where.milestone).status).toBe('passed_with_solution');
  });

  it('stays passed on its own merit when the solution is looked at afterwards, and after a later failure', () => {
    const progress = replay([
      [1, passingCheck],
      [2, { type: 'solution_seen', ...where }],
      [3, failingCheck],
    ]);
    const milestone = milestoneProgressOf(progress, where.project, where.milestone);
    expect(milestone).toMatchObject({ status: 'passed', solution_seen: true, passed_at: at(1).toISOString() });
    expect(milestone.last_check?.status).toBe('fail');
  });

  it('counts hints as the furthest one revealed', () => {
    const progress = replay([
      [1, { type: 'hint_revealed', ...where, hint_index: 0 }],
      [2, { type: 'hint_revealed', ...where, hint_index: 2 }],
      [3, { type: 'hint_revealed', ...where, hint_index: 1 }],
    ]);
    expect(milestoneProgressOf(progress, where.project, where.milestone).hints_used).toBe(3);
  });

  it('counts passed milestones of a project', () => {
    const progress = replay([[1, passingCheck]]);
    expect(countPassed(progress, where.project, ['01-load-data', '02-split'])).toBe(1);
  });

  it('does not change the progress it was given', () => {
    const before = emptyProgress(at(0));
    const snapshot = JSON.stringify(before);
    applyProgressEvent(before, passingCheck, at(1));
    expect(JSON.stringify(before)).toBe(snapshot);
  });
});

describe('task verdicts', () => {
  it('shows the most serious verdict of each task and ignores checks without a task', () => {
    expect(
      taskVerdicts([
        { task_id: 1, status: 'pass' },
        { task_id: 1, status: 'timeout' },
        { task_id: 2, status: 'not_attempted' },
        { task_id: 2, status: 'pass' },
        { task_id: null, status: 'error' },
      ]),
    ).toEqual({ '1': 'timeout', '2': 'not_attempted' });
  });
});

describe('active time', () => {
  it('merges moments closer than the idle gap and leaves longer gaps out', () => {
    const progress = replay([
      [0, { type: 'activity', ...where }],
      [3, { type: 'activity', ...where }],
      [5, { type: 'activity', ...where }],
      [40, { type: 'activity', ...where }], // back after a break
      [42, { type: 'activity', ...where }],
    ]);
    expect(progress.activity).toEqual([
      { start: at(0).toISOString(), end: at(5).toISOString(), ...where },
      { start: at(40).toISOString(), end: at(42).toISOString(), ...where },
    ]);
    expect(milestoneProgressOf(progress, where.project, where.milestone).time_spent_ms).toBe(7 * 60_000);
    expect(totalActiveMs(progress.activity)).toBe(7 * 60_000);
  });

  it('a gap of exactly the idle limit still counts; one millisecond more does not', () => {
    const first = recordActivityMoment([], at(0), 'p', '01-a');
    const within = recordActivityMoment(first.activity, new Date(T0 + IDLE_GAP_MS), 'p', '01-a');
    expect(within.addedMs).toBe(IDLE_GAP_MS);
    const beyond = recordActivityMoment(first.activity, new Date(T0 + IDLE_GAP_MS + 1), 'p', '01-a');
    expect(beyond.addedMs).toBe(0);
    expect(beyond.activity).toHaveLength(2);
  });

  it('credits the time of moving straight on to the next milestone to that milestone', () => {
    const progress = replay([
      [0, { type: 'activity', ...where }],
      [2, { type: 'activity', project: where.project, milestone: '02-split' }],
    ]);
    expect(progress.activity[1]).toEqual({ start: at(0).toISOString(), end: at(2).toISOString(), project: where.project, milestone: '02-split' });
    expect(milestoneProgressOf(progress, where.project, '02-split').time_spent_ms).toBe(2 * 60_000);
  });

  it('ignores a moment before the last one (a clock set back)', () => {
    const first = recordActivityMoment([], at(10), 'p', '01-a');
    expect(recordActivityMoment(first.activity, at(5), 'p', '01-a')).toEqual({ activity: first.activity, addedMs: 0 });
  });
});

describe('events from the UI', () => {
  it('are validated: unknown types, bad names and path tricks are refused', () => {
    expect(progressEventSchema.safeParse({ type: 'activity', ...where }).success).toBe(true);
    expect(progressEventSchema.safeParse({ type: 'teleport', ...where }).success).toBe(false);
    expect(progressEventSchema.safeParse({ type: 'activity', project: '../etc', milestone: '01-a' }).success).toBe(false);
    expect(progressEventSchema.safeParse({ type: 'activity', project: 'p', milestone: '01-a/../../x' }).success).toBe(false);
    expect(progressEventSchema.safeParse({ type: 'hint_revealed', ...where, hint_index: -1 }).success).toBe(false);
  });
});

it('rebuilds progress from the milestone files present: each one in progress', () => {
  const progress = progressFromMilestoneFiles([{ project: 'p', milestone: '01-a' }, { project: 'p', milestone: '02-b' }], at(0));
  expect(milestoneProgressOf(progress, 'p', '02-b').status).toBe('in_progress');
  expect(progress.projects.p?.last_milestone).toBe('02-b');
  expect(progressSchema.safeParse(progress).success).toBe(true);
});

describe('where Continue goes', () => {
  const ids = ['01-load-data', '02-split', '03-fit'];

  it('to the first milestone in a new project', () => {
    expect(continueTarget(null, where.project, ids)).toBe('01-load-data');
  });

  it('back to the milestone last worked on while it is not passed', () => {
    const progress = replay([[1, { type: 'code_edited', project: where.project, milestone: '03-fit' }]]);
    expect(continueTarget(progress, where.project, ids)).toBe('03-fit');
  });

  it('on to the first milestone not passed once the last one is passed', () => {
    const progress = replay([[1, passingCheck]]);
    expect(continueTarget(progress, where.project, ids)).toBe('02-split');
  });
});

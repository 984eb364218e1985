// When will the learner finish their target path? Remaining estimated work on the
// target path and the stages and paths it builds on (the Foundations stage every path
// lists first), scaled by the learner's pace, spread over the hours they plan per week.
// Dates are local calendar dates.

import { addDays, dateKeyOf, type DateKey } from './local-time';
import { measurePace, type Pace } from './pace';
import { isPassed } from '../progress/schema';
import { pathWithPrerequisites, type MilestoneWork, type PathPrerequisites } from './work';

export interface ProjectionInput {
  milestones: readonly MilestoneWork[];
  paths: readonly PathPrerequisites[];
  targetPath: string;
  hoursPerWeek: number;
  nowMs: number;
  timeZone: string;
}

export interface RemainingWork {
  /** Target path first, then the stages and paths it builds on that still have work. */
  paths: string[];
  milestones: number;
  estimatedMinutes: number;
}

export type Projection =
  | { kind: 'unknown-path'; message: string }
  | { kind: 'no-milestones'; message: string }
  | { kind: 'done'; message: string; remaining: RemainingWork }
  | { kind: 'no-hours'; message: string; remaining: RemainingWork; pace: Pace }
  | {
      kind: 'projected';
      remaining: RemainingWork;
      pace: Pace;
      /** Hours still to study: remaining estimate × pace. */
      hoursNeeded: number;
      weeks: number;
      /** Local date the learner is projected to finish on. */
      finishDate: DateKey;
    };

export function remainingWork(input: Pick<ProjectionInput, 'milestones' | 'paths' | 'targetPath'>): RemainingWork {
  const covered = pathWithPrerequisites(input.targetPath, input.paths);
  const open = input.milestones.filter(
    (milestone) => !isPassed(milestone.status) && milestone.paths.some((path) => covered.includes(path)),
  );
  return {
    paths: covered.filter(
      (path, index) => index === 0 || open.some((milestone) => milestone.paths.includes(path)),
    ),
    milestones: open.length,
    estimatedMinutes: open.reduce((sum, milestone) => sum + milestone.estimated_minutes, 0),
  };
}

export function projectFinish(input: ProjectionInput): Projection {
  if (!input.paths.some((path) => path.id === input.targetPath)) {
    return { kind: 'unknown-path', message: `There is no certification path called "${input.targetPath}".` };
  }
  const covered = pathWithPrerequisites(input.targetPath, input.paths);
  if (!input.milestones.some((milestone) => milestone.paths.some((path) => covered.includes(path)))) {
    return { kind: 'no-milestones', message: 'No project trains this path yet, so there is nothing to project.' };
  }
  const remaining = remainingWork(input);
  if (remaining.milestones === 0) {
    return { kind: 'done', message: 'Every milestone on this path and the paths it builds on is passed.', remaining };
  }
  const pace = measurePace(input.milestones);
  if (!(input.hoursPerWeek > 0)) {
    return {
      kind: 'no-hours',
      message: 'With 0 hours a week planned there is no finish date: set the hours you can study each week.',
      remaining,
      pace,
    };
  }
  const hoursNeeded = (remaining.estimatedMinutes * pace.ratio) / 60;
  const weeks = hoursNeeded / input.hoursPerWeek;
  const today = dateKeyOf(input.nowMs, input.timeZone);
  return { kind: 'projected', remaining, pace, hoursNeeded, weeks, finishDate: addDays(today, Math.ceil(weeks * 7)) };
}

// Active study time from scattered signs of activity. Each event the UI reports is a
// moment the learner was present; consecutive moments no more than IDLE_GAP_MS apart
// belong to one interval, longer gaps are idle and not counted.

import type { ActivityInterval } from './schema';

export const IDLE_GAP_MS = 5 * 60 * 1000;

export interface ActivityUpdate {
  activity: ActivityInterval[];
  /** Active milliseconds this moment added, to credit to the milestone. */
  addedMs: number;
}

export function recordActivityMoment(
  activity: readonly ActivityInterval[],
  at: Date,
  project: string,
  milestone: string,
): ActivityUpdate {
  const last = activity[activity.length - 1];
  const atIso = at.toISOString();
  if (!last) return { activity: [{ start: atIso, end: atIso, project, milestone }], addedMs: 0 };

  const sinceLastMs = at.getTime() - Date.parse(last.end);
  // A clock that went backwards must not shorten or reorder what is recorded.
  if (sinceLastMs < 0) return { activity: [...activity], addedMs: 0 };

  const continuous = sinceLastMs <= IDLE_GAP_MS;
  const sameMilestone = last.project === project && last.milestone === milestone;
  if (continuous && sameMilestone) {
    return { activity: [...activity.slice(0, -1), { ...last, end: atIso }], addedMs: sinceLastMs };
  }
  // Moving straight on to another milestone: the time in between belongs to the new one.
  const start = continuous ? last.end : atIso;
  return {
    activity: [...activity, { start, end: atIso, project, milestone }],
    addedMs: continuous ? sinceLastMs : 0,
  };
}

/** Total active time recorded in a list of intervals. */
export function totalActiveMs(activity: readonly ActivityInterval[]): number {
  return activity.reduce((sum, interval) => sum + (Date.parse(interval.end) - Date.parse(interval.start)), 0);
}

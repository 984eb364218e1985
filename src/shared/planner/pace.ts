// The learner's pace: how long milestones actually take them compared with the
// estimate. 1.0 means "as estimated", 1.5 means half as long again.

import { isPassed } from '../progress/schema';
import type { MilestoneWork } from './work';

/** Below this many timed, passed milestones the estimate itself is used (pace 1.0). */
export const MIN_PASSED_FOR_PACE = 2;

export interface Pace {
  ratio: number;
  source: 'measured' | 'default';
  /** Passed milestones with recorded study time that the ratio is measured on. */
  samples: number;
}

/**
 * Ratio of total active time to total estimated time over passed milestones. Summing
 * first weighs each milestone by its size, so one short milestone done slowly does
 * not swing the projection. Milestones passed with no recorded time carry no
 * information about pace and are left out.
 */
export function measurePace(milestones: readonly MilestoneWork[]): Pace {
  const timed = milestones.filter(
    (milestone) => isPassed(milestone.status) && milestone.active_ms > 0 && milestone.estimated_minutes > 0,
  );
  if (timed.length < MIN_PASSED_FOR_PACE) return { ratio: 1, source: 'default', samples: timed.length };
  const actualMinutes = timed.reduce((sum, milestone) => sum + milestone.active_ms / 60_000, 0);
  const estimatedMinutes = timed.reduce((sum, milestone) => sum + milestone.estimated_minutes, 0);
  return { ratio: actualMinutes / estimatedMinutes, source: 'measured', samples: timed.length };
}

// The cramming rule: a gentle warning when most of a week's study happens on one
// local day. Spaced practice is remembered better than the same hours in one sitting.

import { WEEKDAY_NAMES, formatMinutes } from './format';
import { weekdayOf, type DateKey } from './local-time';

/**
 * Below two hours a week, one sitting is simply a short week, not cramming: a single
 * one-hour session would otherwise be "100% in one day". Two hours is also the
 * smallest week in which a learner could have spread two ordinary sessions.
 */
export const CRAMMING_MIN_WEEK_MINUTES = 120;
/** "More than half the week's time on one day." */
export const CRAMMING_DAY_SHARE = 0.5;

export interface DaySpent {
  date: DateKey;
  spentMinutes: number;
}

export type CrammingCheck = { warn: false } | { warn: true; date: DateKey; share: number; message: string };

/**
 * For a finished week the share is of the time spent. In the running week the rest of
 * the plan may still come, so the share is of the larger of spent and planned time:
 * two hours on a Monday of a seven-hour plan is a good start, not cramming.
 */
export function checkCramming(days: readonly DaySpent[], plannedMinutes: number, weekFinished: boolean): CrammingCheck {
  const spentMinutes = days.reduce((sum, day) => sum + day.spentMinutes, 0);
  if (spentMinutes < CRAMMING_MIN_WEEK_MINUTES) return { warn: false };
  const busiest = days.reduce((best, day) => (day.spentMinutes > best.spentMinutes ? day : best));
  const weekMinutes = weekFinished ? spentMinutes : Math.max(spentMinutes, plannedMinutes);
  const share = busiest.spentMinutes / weekMinutes;
  if (share <= CRAMMING_DAY_SHARE) return { warn: false };
  const dayName = WEEKDAY_NAMES[weekdayOf(busiest.date)];
  const ofWhat =
    weekMinutes === spentMinutes ? `this week's ${formatMinutes(spentMinutes)}` : `the ${formatMinutes(weekMinutes)} planned this week`;
  return {
    warn: true,
    date: busiest.date,
    share,
    message:
      `${formatMinutes(busiest.spentMinutes)} of ${ofWhat} ` +
      `${weekFinished ? 'was' : 'is'} on ${dayName}. Shorter sessions spread over the week are remembered ` +
      'better than one long one.',
  };
}

// One local week (Monday to Sunday) of planned study against time actually spent,
// and the streak of weeks on plan. A week is judged against the latest plan made
// before it ended, so changing the plan mid-way re-targets the running week and
// leaves earlier weeks judged by the plan they had.

import type { ActivityInterval } from '../progress/schema';
import { activeMsByLocalDay } from './activity';
import { checkCramming, type CrammingCheck } from './cramming';
import { addDays, dateKeyOf, startOfLocalDay, weekStartOf, weekdayOf, type DateKey, type Weekday } from './local-time';
import { blockMinutesOn, planInForceAt, type StudyPlan } from './plan';

export interface StudyRecord {
  plans: readonly StudyPlan[];
  activity: readonly ActivityInterval[];
  nowMs: number;
  timeZone: string;
}

export interface WeekDayView {
  date: DateKey;
  weekday: Weekday;
  plannedMinutes: number;
  spentMinutes: number;
}

export interface WeekView {
  weekStart: DateKey;
  plan: StudyPlan | null;
  /** The plan's hours per week, in minutes. */
  targetMinutes: number;
  spentMinutes: number;
  days: WeekDayView[];
  finished: boolean;
  onPlan: boolean;
  cramming: CrammingCheck;
}

export interface Streak {
  /** Consecutive weeks on plan, counting the running week once it is on plan. */
  weeks: number;
  currentWeekOnPlan: boolean;
}

const MINUTE_MS = 60_000;

function weekContext(record: StudyRecord, spentByDay: Map<DateKey, number>, weekStart: DateKey): WeekView {
  const nextWeekStartMs = startOfLocalDay(addDays(weekStart, 7), record.timeZone);
  const finished = nextWeekStartMs <= record.nowMs;
  const plan = planInForceAt(record.plans, Math.min(nextWeekStartMs - 1, record.nowMs));
  const days = Array.from({ length: 7 }, (_, index) => {
    const date = addDays(weekStart, index);
    const weekday = weekdayOf(date);
    return {
      date,
      weekday,
      plannedMinutes: blockMinutesOn(plan, weekday),
      spentMinutes: (spentByDay.get(date) ?? 0) / MINUTE_MS,
    };
  });
  const targetMinutes = (plan?.hours_per_week ?? 0) * 60;
  const spentMinutes = days.reduce((sum, day) => sum + day.spentMinutes, 0);
  return {
    weekStart,
    plan,
    targetMinutes,
    spentMinutes,
    days,
    finished,
    onPlan: targetMinutes > 0 && spentMinutes >= targetMinutes,
    cramming: checkCramming(days, targetMinutes, finished),
  };
}

/** The week holding `weekOf` (a local date), or the current week. */
export function weekView(record: StudyRecord, weekOf?: DateKey): WeekView {
  const day = weekOf ?? dateKeyOf(record.nowMs, record.timeZone);
  return weekContext(record, activeMsByLocalDay(record.activity, record.timeZone), weekStartOf(day));
}

/**
 * Finished weeks on plan, counted back from last week until a week falls short or
 * has no plan (a 0-hour plan is no plan to be on), plus the running week once its
 * target is already met. A running week not yet met does not break the streak.
 */
export function weekStreak(record: StudyRecord): Streak {
  const spentByDay = activeMsByLocalDay(record.activity, record.timeZone);
  const thisWeek = weekStartOf(dateKeyOf(record.nowMs, record.timeZone));
  const currentWeekOnPlan = weekContext(record, spentByDay, thisWeek).onPlan;
  let weeks = 0;
  for (let week = addDays(thisWeek, -7); ; week = addDays(week, -7)) {
    const view = weekContext(record, spentByDay, week);
    if (!view.onPlan) break;
    weeks += 1;
  }
  return { weeks: weeks + (currentWeekOnPlan ? 1 : 0), currentWeekOnPlan };
}

// When the next study blocks start, as instants: what desktop reminders are
// scheduled from. Blocks are local wall-clock times, so a block at 19:00 stays at
// 19:00 across a daylight-saving change.

import { addDays, dateKeyOf, instantAtLocalTime, weekdayOf } from './local-time';
import type { StudyBlock, StudyPlan } from './plan';

export interface UpcomingBlock {
  block: StudyBlock;
  startsAtMs: number;
}

/** The blocks starting after `fromMs` and no later than `toMs` (at most a day apart): the reminders due. */
export function blocksStartingBetween(plan: StudyPlan | null, fromMs: number, toMs: number, timeZone: string): UpcomingBlock[] {
  return upcomingBlocks(plan, fromMs, timeZone, 1).filter((entry) => entry.startsAtMs <= toMs);
}

/** The blocks of the plan starting after `nowMs` within the next `days` local days, soonest first. */
export function upcomingBlocks(plan: StudyPlan | null, nowMs: number, timeZone: string, days = 7): UpcomingBlock[] {
  if (!plan) return [];
  const today = dateKeyOf(nowMs, timeZone);
  const upcoming: UpcomingBlock[] = [];
  for (let offset = 0; offset <= days; offset += 1) {
    const date = addDays(today, offset);
    for (const block of plan.blocks) {
      if (block.weekday !== weekdayOf(date)) continue;
      const startsAtMs = instantAtLocalTime(date, block.start, timeZone);
      if (startsAtMs > nowMs) upcoming.push({ block, startsAtMs });
    }
  }
  return upcoming.sort((a, b) => a.startsAtMs - b.startsAtMs);
}

import { describe, expect, it } from 'vitest';
import type { StudyPlan } from '../../src/shared/planner/plan';
import { blocksStartingBetween, upcomingBlocks } from '../../src/shared/planner/reminders';

const plan: StudyPlan = {
  hours_per_week: 3,
  target_path: 'machine-learning',
  blocks: [
    { weekday: 7, start: '19:00', minutes: 60 },
    { weekday: 1, start: '07:30', minutes: 60 },
    { weekday: 1, start: '19:00', minutes: 60 },
  ],
  created_at: '2026-03-01T08:00:00.000Z',
};
const starts = (nowIso: string, timeZone: string, days?: number) =>
  upcomingBlocks(plan, Date.parse(nowIso), timeZone, days).map((entry) => new Date(entry.startsAtMs).toISOString());

describe('upcoming study blocks', () => {
  it('lists the blocks still to come, soonest first, skipping those already started', () => {
    // Monday 23 March 2026, 08:00 UTC: the 07:30 block has begun.
    expect(starts('2026-03-23T08:00:00Z', 'UTC', 7)).toEqual([
      '2026-03-23T19:00:00.000Z',
      '2026-03-29T19:00:00.000Z',
      '2026-03-30T07:30:00.000Z',
      '2026-03-30T19:00:00.000Z',
    ]);
  });

  it('keeps blocks at their local wall-clock time across a daylight-saving change', () => {
    // Berlin: 19:00 CET on Monday 23 March is 18:00Z; 19:00 CEST on Sunday 29 March is 17:00Z.
    expect(starts('2026-03-23T12:00:00Z', 'Europe/Berlin', 6)).toEqual(['2026-03-23T18:00:00.000Z', '2026-03-29T17:00:00.000Z']);
  });

  it('has nothing to remind of without a plan', () => {
    expect(upcomingBlocks(null, Date.now(), 'UTC')).toEqual([]);
  });
});

describe('reminders due', () => {
  it('are the blocks that started since the last look, and only those', () => {
    const due = (fromIso: string, toIso: string) =>
      blocksStartingBetween(plan, Date.parse(fromIso), Date.parse(toIso), 'UTC').map((entry) => entry.block.start);
    expect(due('2026-03-23T18:59:30Z', '2026-03-23T19:00:00Z')).toEqual(['19:00']);
    expect(due('2026-03-23T19:00:00Z', '2026-03-23T19:00:30Z')).toEqual([]);
    expect(due('2026-03-23T07:00:00Z', '2026-03-23T20:00:00Z')).toEqual(['07:30', '19:00']);
    expect(due('2026-03-24T07:00:00Z', '2026-03-24T20:00:00Z')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { activeMsByLocalDay } from '../../src/shared/planner/activity';
import type { ActivityInterval } from '../../src/shared/progress/schema';

const MINUTE_MS = 60_000;
const interval = (start: string, end: string): ActivityInterval => ({
  start,
  end,
  project: 'house-prices',
  milestone: '01-load-sales',
});
const minutesByDay = (activity: ActivityInterval[], timeZone: string) =>
  Object.fromEntries([...activeMsByLocalDay(activity, timeZone)].map(([day, ms]) => [day, ms / MINUTE_MS]));

describe('time spent per local day', () => {
  it('counts only the active intervals, not the idle gaps between them', () => {
    const activity = [interval('2026-05-04T10:00:00.000Z', '2026-05-04T10:30:00.000Z'), interval('2026-05-04T14:00:00.000Z', '2026-05-04T14:45:00.000Z')];
    expect(minutesByDay(activity, 'UTC')).toEqual({ '2026-05-04': 75 });
  });

  it('splits an interval at local midnight of the given time zone', () => {
    const activity = [interval('2026-05-04T14:30:00.000Z', '2026-05-04T15:30:00.000Z')];
    // 23:30–00:30 in Tokyo (UTC+9); all afternoon in UTC.
    expect(minutesByDay(activity, 'Asia/Tokyo')).toEqual({ '2026-05-04': 30, '2026-05-05': 30 });
    expect(minutesByDay(activity, 'UTC')).toEqual({ '2026-05-04': 60 });
  });

  it('counts overlapping intervals once', () => {
    const activity = [interval('2026-05-04T10:00:00.000Z', '2026-05-04T11:00:00.000Z'), interval('2026-05-04T10:30:00.000Z', '2026-05-04T11:15:00.000Z')];
    expect(minutesByDay(activity, 'UTC')).toEqual({ '2026-05-04': 75 });
  });

  it('ignores empty, reversed and unreadable intervals', () => {
    const activity = [
      interval('2026-05-04T10:00:00.000Z', '2026-05-04T10:00:00.000Z'),
      interval('2026-05-04T11:00:00.000Z', '2026-05-04T10:00:00.000Z'),
      interval('yesterday', '2026-05-04T10:00:00.000Z'),
    ];
    expect(minutesByDay(activity, 'UTC')).toEqual({});
  });

  it('gives a night across the spring-forward change its real length', () => {
    // Berlin 28 March 22:00 CET to 29 March 04:00 CEST: 5 hours, 3 of them after midnight.
    const activity = [interval('2026-03-28T21:00:00.000Z', '2026-03-29T02:00:00.000Z')];
    expect(minutesByDay(activity, 'Europe/Berlin')).toEqual({ '2026-03-28': 120, '2026-03-29': 180 });
  });

  it('gives a night across the fall-back change its real length', () => {
    // Berlin 24 October 22:00 CEST to 25 October 04:00 CET: 7 hours, 5 of them after midnight.
    const activity = [interval('2026-10-24T20:00:00.000Z', '2026-10-25T03:00:00.000Z')];
    expect(minutesByDay(activity, 'Europe/Berlin')).toEqual({ '2026-10-24': 120, '2026-10-25': 300 });
  });
});

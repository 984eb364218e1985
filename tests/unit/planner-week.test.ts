import { describe, expect, it } from 'vitest';
import { CRAMMING_MIN_WEEK_MINUTES, checkCramming } from '../../src/shared/planner/cramming';
import type { StudyPlan } from '../../src/shared/planner/plan';
import { weekStreak, weekView, type StudyRecord } from '../../src/shared/planner/week';
import type { ActivityInterval } from '../../src/shared/progress/schema';

const SIX_HOURS: StudyPlan = {
  hours_per_week: 6,
  target_path: 'machine-learning',
  blocks: [
    { weekday: 1, start: '18:00', minutes: 90 },
    { weekday: 3, start: '18:00', minutes: 90 },
    { weekday: 6, start: '10:00', minutes: 120 },
    { weekday: 6, start: '15:00', minutes: 60 },
  ],
  created_at: '2026-03-02T08:00:00.000Z',
};

/** Active study from a UTC start, for a number of minutes. */
function studied(startIso: string, minutes: number): ActivityInterval {
  const start = Date.parse(startIso);
  return { start: new Date(start).toISOString(), end: new Date(start + minutes * 60_000).toISOString(), project: 'house-prices', milestone: '01-load-sales' };
}

/** Seven hours in one week as three sessions: Monday, Wednesday, Saturday (UTC). */
function steadyWeek(monday: string): ActivityInterval[] {
  const day = (offset: number) => new Date(Date.parse(`${monday}T17:00:00Z`) + offset * 86_400_000).toISOString();
  return [studied(day(0), 120), studied(day(2), 120), studied(day(5), 180)];
}

function record(activity: ActivityInterval[], now: string, plans: StudyPlan[] = [SIX_HOURS], timeZone = 'UTC'): StudyRecord {
  return { plans, activity, nowMs: Date.parse(now), timeZone };
}

describe('week view', () => {
  it('lays the planned blocks and the time spent on the seven local days', () => {
    const view = weekView(record(steadyWeek('2026-03-09'), '2026-03-15T20:00:00Z'));
    expect(view.weekStart).toBe('2026-03-09');
    expect(view.days.map((day) => day.plannedMinutes)).toEqual([90, 0, 90, 0, 0, 180, 0]);
    expect(view.days.map((day) => day.spentMinutes)).toEqual([120, 0, 120, 0, 0, 180, 0]);
    expect(view.targetMinutes).toBe(360);
    expect(view.spentMinutes).toBe(420);
    expect(view.onPlan).toBe(true);
    expect(view.finished).toBe(false);
  });

  it('shows any week asked for, and no plan before the first one was made', () => {
    const view = weekView(record(steadyWeek('2026-02-23'), '2026-03-15T20:00:00Z'), '2026-02-25');
    expect(view.weekStart).toBe('2026-02-23');
    expect(view.plan).toBeNull();
    expect(view.spentMinutes).toBe(420);
    expect(view.onPlan).toBe(false);
    expect(view.finished).toBe(true);
  });

  it('puts late-evening study on the local day of the learner', () => {
    // Sunday 15 March 23:30 UTC to Monday 01:00 UTC is Sunday evening in New York.
    const activity = [studied('2026-03-15T23:30:00Z', 90)];
    const now = '2026-03-18T12:00:00Z';
    expect(weekView(record(activity, now, [SIX_HOURS], 'UTC'), '2026-03-15').spentMinutes).toBe(30);
    expect(weekView(record(activity, now, [SIX_HOURS], 'America/New_York'), '2026-03-15').spentMinutes).toBe(90);
  });

  it('ends the 167-hour week at local midnight, not 168 hours after it began', () => {
    // Monday 30 March 00:15–00:45 CEST in Berlin is 29 March 22:15Z, inside a naive 7 × 24 h.
    const activity = [studied('2026-03-29T22:15:00Z', 30)];
    const timeZone = 'Europe/Berlin';
    const now = '2026-04-02T12:00:00Z';
    expect(weekView(record(activity, now, [SIX_HOURS], timeZone), '2026-03-23').spentMinutes).toBe(0);
    expect(weekView(record(activity, now, [SIX_HOURS], timeZone), '2026-03-30').days[0]!.spentMinutes).toBe(30);
  });

  it('keeps the last hour of the 169-hour week in that week', () => {
    // Sunday 25 October 23:30 CET to Monday 00:30 CET.
    const activity = [studied('2026-10-25T22:30:00Z', 60)];
    const timeZone = 'Europe/Berlin';
    const plan = { ...SIX_HOURS, created_at: '2026-10-01T08:00:00.000Z' };
    const now = '2026-10-28T12:00:00Z';
    expect(weekView(record(activity, now, [plan], timeZone), '2026-10-19').days[6]!.spentMinutes).toBe(30);
    expect(weekView(record(activity, now, [plan], timeZone), '2026-10-26').days[0]!.spentMinutes).toBe(30);
  });
});

describe('cramming warning', () => {
  const week = (minutes: number[]) => minutes.map((spentMinutes, index) => ({ date: `2026-03-${String(9 + index).padStart(2, '0')}`, spentMinutes }));

  it('warns when more than half of a finished week was on one day', () => {
    const check = checkCramming(week([60, 0, 0, 0, 0, 0, 180]), 360, true);
    expect(check).toMatchObject({ warn: true, date: '2026-03-15', share: 0.75 });
    if (check.warn) expect(check.message).toBe("3 h of this week's 4 h was on Sunday. Shorter sessions spread over the week are remembered better than one long one.");
  });

  it('does not warn at exactly half', () => {
    expect(checkCramming(week([120, 0, 0, 0, 0, 0, 120]), 360, true).warn).toBe(false);
  });

  it(`does not warn below ${CRAMMING_MIN_WEEK_MINUTES} minutes in the week, even in one sitting`, () => {
    expect(checkCramming(week([0, 0, 0, 0, 0, 0, 110]), 360, true).warn).toBe(false);
    expect(checkCramming(week([0, 0, 0, 0, 0, 0, 120]), 360, true).warn).toBe(true);
  });

  it('judges a running week against the plan: a good Monday is not cramming', () => {
    expect(checkCramming(week([150, 0, 0, 0, 0, 0, 0]), 360, false).warn).toBe(false);
    const check = checkCramming(week([240, 0, 0, 0, 0, 0, 0]), 360, false);
    expect(check.warn).toBe(true);
    if (check.warn) expect(check.message).toMatch(/^4 h of the 6 h planned this week is on Monday/);
  });

  it('judges a running week already past its plan against the time spent', () => {
    expect(checkCramming(week([300, 60, 60, 0, 0, 0, 0]), 240, false)).toMatchObject({ warn: true, share: 300 / 420 });
  });

  it('appears in the week view of a crammed week', () => {
    const activity = [studied('2026-03-09T17:00:00Z', 30), studied('2026-03-15T09:00:00Z', 300)];
    expect(weekView(record(activity, '2026-03-20T12:00:00Z'), '2026-03-09').cramming).toMatchObject({ warn: true, date: '2026-03-15' });
  });
});

describe('streak of weeks on plan', () => {
  it('counts consecutive finished weeks on plan and not the running week until it is met', () => {
    const activity = [...steadyWeek('2026-03-02'), ...steadyWeek('2026-03-09'), ...steadyWeek('2026-03-16')];
    expect(weekStreak(record(activity, '2026-03-25T12:00:00Z'))).toEqual({ weeks: 3, currentWeekOnPlan: false });
    const withThisWeek = [...activity, studied('2026-03-23T08:00:00Z', 360)];
    expect(weekStreak(record(withThisWeek, '2026-03-25T12:00:00Z'))).toEqual({ weeks: 4, currentWeekOnPlan: true });
  });

  it('is broken by a week short of the plan', () => {
    const activity = [...steadyWeek('2026-03-02'), studied('2026-03-10T17:00:00Z', 300), ...steadyWeek('2026-03-16')];
    expect(weekStreak(record(activity, '2026-03-25T12:00:00Z')).weeks).toBe(1);
  });

  it('is zero with no activity or no plan', () => {
    expect(weekStreak(record([], '2026-03-25T12:00:00Z'))).toEqual({ weeks: 0, currentWeekOnPlan: false });
    expect(weekStreak(record(steadyWeek('2026-03-16'), '2026-03-25T12:00:00Z', []))).toEqual({ weeks: 0, currentWeekOnPlan: false });
  });

  it('does not count weeks before the first plan', () => {
    const activity = [...steadyWeek('2026-02-16'), ...steadyWeek('2026-02-23'), ...steadyWeek('2026-03-02')];
    expect(weekStreak(record(activity, '2026-03-11T12:00:00Z')).weeks).toBe(1);
  });

  it('judges each week by the plan in force when it ended, so a raised plan applies from its week', () => {
    const raised: StudyPlan = { ...SIX_HOURS, hours_per_week: 10, created_at: '2026-03-18T08:00:00.000Z' };
    const activity = [...steadyWeek('2026-03-02'), ...steadyWeek('2026-03-09'), ...steadyWeek('2026-03-16')];
    const history = record(activity, '2026-03-25T12:00:00Z', [SIX_HOURS, raised]);
    expect(weekView(history, '2026-03-09').targetMinutes).toBe(360);
    expect(weekView(history, '2026-03-16').targetMinutes).toBe(600);
    expect(weekStreak(history).weeks).toBe(0);
    // The same weeks before the raise: two weeks on the six-hour plan.
    const beforeRaise = [...steadyWeek('2026-03-02'), ...steadyWeek('2026-03-09')];
    expect(weekStreak(record(beforeRaise, '2026-03-17T12:00:00Z', [SIX_HOURS, raised])).weeks).toBe(2);
  });

  it('does not treat a 0-hour plan as a week on plan', () => {
    const pause: StudyPlan = { ...SIX_HOURS, hours_per_week: 0, blocks: [], created_at: '2026-03-16T06:00:00.000Z' };
    const activity = [...steadyWeek('2026-03-02'), ...steadyWeek('2026-03-09'), ...steadyWeek('2026-03-16')];
    expect(weekStreak(record(activity, '2026-03-25T12:00:00Z', [SIX_HOURS, pause])).weeks).toBe(0);
  });

  it('uses local weeks: a Sunday-night session counts for the learner’s Sunday', () => {
    // Six hours each week, the last 90 minutes of week 2 on Sunday evening in New York (Monday UTC).
    const activity = [
      studied('2026-03-02T15:00:00Z', 360),
      studied('2026-03-10T15:00:00Z', 270),
      studied('2026-03-15T23:30:00Z', 90),
    ];
    const now = '2026-03-17T12:00:00Z';
    expect(weekStreak(record(activity, now, [SIX_HOURS], 'America/New_York')).weeks).toBe(2);
    expect(weekStreak(record(activity, now, [SIX_HOURS], 'UTC')).weeks).toBe(0);
  });
});

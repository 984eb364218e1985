import { describe, expect, it } from 'vitest';
import { blockMinutesOn, changePlan, currentPlan, planInForceAt, studyPlanSchema, type StudyPlan } from '../../src/shared/planner/plan';
import { progressWithPlan } from '../../src/shared/planner/store-plan';
import { emptyProgress, progressSchema } from '../../src/shared/progress/schema';

const plan = (hours: number, createdAt: string): StudyPlan => ({
  hours_per_week: hours,
  target_path: 'machine-learning',
  blocks: [
    { weekday: 2, start: '07:00', minutes: 60 },
    { weekday: 2, start: '19:30', minutes: 45 },
  ],
  created_at: createdAt,
});

describe('plan history', () => {
  it('appends a changed plan and keeps the earlier ones untouched', () => {
    const first = [plan(6, '2026-03-01T08:00:00.000Z')];
    const history = changePlan(first, plan(10, '2026-04-01T08:00:00.000Z'));
    expect(history.map((entry) => entry.hours_per_week)).toEqual([6, 10]);
    expect(first).toHaveLength(1);
    expect(currentPlan(history)?.hours_per_week).toBe(10);
  });

  it('finds the plan in force at an instant', () => {
    const history = [plan(6, '2026-03-01T08:00:00.000Z'), plan(10, '2026-04-01T08:00:00.000Z')];
    expect(planInForceAt(history, Date.parse('2026-02-01T00:00:00Z'))).toBeNull();
    expect(planInForceAt(history, Date.parse('2026-03-15T00:00:00Z'))?.hours_per_week).toBe(6);
    expect(planInForceAt(history, Date.parse('2026-04-01T08:00:00Z'))?.hours_per_week).toBe(10);
    expect(currentPlan([])).toBeNull();
  });

  it('lets the later of two plans made at the same moment win', () => {
    const history = [plan(6, '2026-03-01T08:00:00.000Z'), plan(8, '2026-03-01T08:00:00.000Z')];
    expect(currentPlan(history)?.hours_per_week).toBe(8);
  });

  it('adds up the blocks of a weekday', () => {
    expect(blockMinutesOn(plan(6, '2026-03-01T08:00:00.000Z'), 2)).toBe(105);
    expect(blockMinutesOn(plan(6, '2026-03-01T08:00:00.000Z'), 3)).toBe(0);
    expect(blockMinutesOn(null, 2)).toBe(0);
  });
});

describe('stored plans', () => {
  it('accepts a plan and rejects impossible blocks and hours', () => {
    const valid = plan(6, '2026-03-01T08:00:00.000Z');
    expect(studyPlanSchema.safeParse(valid).success).toBe(true);
    expect(studyPlanSchema.safeParse({ ...valid, hours_per_week: -1 }).success).toBe(false);
    expect(studyPlanSchema.safeParse({ ...valid, blocks: [{ weekday: 8, start: '07:00', minutes: 60 }] }).success).toBe(false);
    expect(studyPlanSchema.safeParse({ ...valid, blocks: [{ weekday: 1, start: '7:00', minutes: 60 }] }).success).toBe(false);
    expect(studyPlanSchema.safeParse({ ...valid, blocks: [{ weekday: 1, start: '07:00', minutes: 0 }] }).success).toBe(false);
    expect(studyPlanSchema.safeParse({ ...valid, created_at: 'last Tuesday' }).success).toBe(false);
  });

  it('lives in the progress file, which still opens when written before plans existed', () => {
    const { plans, ...withoutPlans } = emptyProgress(new Date('2026-03-01T08:00:00Z'));
    expect(plans).toEqual([]);
    expect(progressSchema.parse(withoutPlans).plans).toEqual([]);
    const history = [plan(6, '2026-03-01T08:00:00.000Z')];
    expect(progressSchema.parse({ ...withoutPlans, plans: history }).plans).toEqual(history);
  });
});

describe('saving a plan with the progress', () => {
  it('stamps the draft with the host clock and appends it, leaving the rest of the progress alone', () => {
    const before = { ...emptyProgress(new Date('2026-03-01T08:00:00Z')), plans: [plan(6, '2026-03-01T08:00:00.000Z')] };
    const { created_at: _ignored, ...draft } = plan(9, 'unused');
    const after = progressWithPlan(before, draft, new Date('2026-03-05T18:30:00Z'));
    expect(after.plans).toEqual([before.plans[0], { ...draft, created_at: '2026-03-05T18:30:00.000Z' }]);
    expect(after.updated_at).toBe('2026-03-05T18:30:00.000Z');
    expect(after.projects).toBe(before.projects);
    expect(before.plans).toHaveLength(1);
    expect(progressSchema.safeParse(after).success).toBe(true);
  });
});

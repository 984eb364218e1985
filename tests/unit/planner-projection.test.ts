import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_PASSED_FOR_PACE, measurePace } from '../../src/shared/planner/pace';
import { changePlan, currentPlan, type StudyPlan } from '../../src/shared/planner/plan';
import { projectFinish, type ProjectionInput } from '../../src/shared/planner/projection';
import { nearestSeedFigure, describeSeedFigure } from '../../src/shared/planner/seed-figures';
import type { MilestoneWork, PathPrerequisites } from '../../src/shared/planner/work';

const PATHS: PathPrerequisites[] = [
  { id: 'machine-learning', prerequisites: [] },
  { id: 'ai-expert', prerequisites: ['machine-learning'] },
  { id: 'deep-learning', prerequisites: ['machine-learning'] },
];
const MINUTE_MS = 60_000;
const NOW = Date.parse('2026-05-04T09:00:00Z'); // a Monday

function work(key: string, paths: string[], estimated: number, status: MilestoneWork['status'] = 'not_started', activeMinutes = 0): MilestoneWork {
  return { key, paths, estimated_minutes: estimated, status, active_ms: activeMinutes * MINUTE_MS };
}

function input(milestones: MilestoneWork[], overrides: Partial<ProjectionInput> = {}): ProjectionInput {
  return { milestones, paths: PATHS, targetPath: 'machine-learning', hoursPerWeek: 5, nowMs: NOW, timeZone: 'UTC', ...overrides };
}

function projected(projectionInput: ProjectionInput) {
  const projection = projectFinish(projectionInput);
  if (projection.kind !== 'projected') throw new Error(`expected a projection, got ${projection.kind}`);
  return projection;
}

describe('pace', () => {
  it('is 1.0 with no data', () => {
    expect(measurePace([work('a', ['machine-learning'], 60)])).toEqual({ ratio: 1, source: 'default', samples: 0 });
  });

  it(`stays 1.0 until ${MIN_PASSED_FOR_PACE} timed milestones are passed`, () => {
    expect(measurePace([work('a', ['machine-learning'], 60, 'passed', 180)])).toEqual({ ratio: 1, source: 'default', samples: 1 });
  });

  it('is total active time over total estimate of passed milestones', () => {
    const pace = measurePace([
      work('a', ['machine-learning'], 60, 'passed', 90),
      work('b', ['machine-learning'], 30, 'passed_with_solution', 45),
      work('c', ['machine-learning'], 60, 'in_progress', 500),
    ]);
    expect(pace).toEqual({ ratio: 1.5, source: 'measured', samples: 2 });
  });

  it('leaves out passed milestones with no recorded time', () => {
    const pace = measurePace([work('a', ['machine-learning'], 60, 'passed', 30), work('b', ['machine-learning'], 60, 'passed', 0)]);
    expect(pace.source).toBe('default');
    expect(pace.samples).toBe(1);
  });
});

describe('finish date', () => {
  it('uses the estimate at face value with zero data', () => {
    // 600 minutes = 10 hours at 5 hours a week = 2 weeks.
    const projection = projected(input([work('a', ['machine-learning'], 300), work('b', ['machine-learning'], 300)]));
    expect(projection.hoursNeeded).toBe(10);
    expect(projection.weeks).toBe(2);
    expect(projection.finishDate).toBe('2026-05-18');
    expect(projection.pace.source).toBe('default');
  });

  it('scales the remaining work by the measured pace and moves when a milestone is passed', () => {
    const remaining = [work('c', ['machine-learning'], 300), work('d', ['machine-learning'], 300)];
    const passed = [work('a', ['machine-learning'], 60, 'passed', 90), work('b', ['machine-learning'], 30, 'passed', 45)];
    const before = projected(input([...passed, ...remaining], { hoursPerWeek: 10 }));
    // 600 min × 1.5 = 15 h at 10 h/week = 1.5 weeks = 10.5 days → the 11th day.
    expect(before.hoursNeeded).toBe(15);
    expect(before.finishDate).toBe('2026-05-15');
    const after = projected(input([...passed, { ...remaining[0]!, status: 'passed', active_ms: 450 * MINUTE_MS }, remaining[1]!], { hoursPerWeek: 10 }));
    expect(after.remaining.estimatedMinutes).toBe(300);
    expect(after.finishDate < before.finishDate).toBe(true);
  });

  it('gives no date, and says why, when 0 hours a week are planned', () => {
    for (const hoursPerWeek of [0, -3, Number.NaN]) {
      const projection = projectFinish(input([work('a', ['machine-learning'], 60)], { hoursPerWeek }));
      expect(projection.kind).toBe('no-hours');
      if (projection.kind === 'no-hours') expect(projection.message).toMatch(/0 hours a week/);
    }
  });

  it('counts the unfinished prerequisite paths of the target, each milestone once, and not unrelated paths', () => {
    const milestones = [
      work('ml', ['machine-learning'], 120),
      work('both', ['machine-learning', 'deep-learning'], 60),
      work('dl', ['deep-learning'], 240),
      work('ai', ['ai-expert'], 600),
    ];
    const projection = projected(input(milestones, { targetPath: 'deep-learning' }));
    expect(projection.remaining).toEqual({ paths: ['deep-learning', 'machine-learning'], milestones: 3, estimatedMinutes: 420 });
  });

  it('counts the Foundations stage every path lists first in the finish date', () => {
    const withStage: PathPrerequisites[] = [
      { id: 'foundations', prerequisites: [] },
      ...PATHS.map((path) => ({ ...path, prerequisites: ['foundations', ...path.prerequisites] })),
    ];
    const milestones = [work('maths-1', ['foundations'], 300), work('maths-2', ['foundations'], 300), work('ml', ['machine-learning'], 600)];
    const projection = projected(input(milestones, { paths: withStage }));
    expect(projection.remaining).toEqual({ paths: ['machine-learning', 'foundations'], milestones: 3, estimatedMinutes: 1200 });
    // 20 hours at 5 a week: 4 weeks, where the path alone would take 2.
    expect(projection.finishDate).toBe('2026-06-01');
    expect(projected(input(milestones)).finishDate).toBe('2026-05-18');
    const stageDone = milestones.map((entry) => (entry.paths.includes('foundations') ? { ...entry, status: 'passed' as const, active_ms: 0 } : entry));
    expect(projected(input(stageDone, { paths: withStage })).remaining).toEqual({ paths: ['machine-learning'], milestones: 1, estimatedMinutes: 600 });
  });

  it('drops a prerequisite path once it is done', () => {
    const milestones = [work('ml', ['machine-learning'], 120, 'passed', 100), work('dl', ['deep-learning'], 240)];
    expect(projected(input(milestones, { targetPath: 'deep-learning' })).remaining.paths).toEqual(['deep-learning']);
  });

  it('says when everything is passed, when no project trains the path and when the path is unknown', () => {
    expect(projectFinish(input([work('a', ['machine-learning'], 60, 'passed', 50)])).kind).toBe('done');
    expect(projectFinish(input([work('a', ['machine-learning'], 60)], { targetPath: 'ai-expert' })).kind).toBe('projected');
    expect(projectFinish(input([work('a', ['ai-expert'], 60)], { targetPath: 'machine-learning' })).kind).toBe('no-milestones');
    expect(projectFinish(input([work('a', ['machine-learning'], 60)], { targetPath: 'astrology' })).kind).toBe('unknown-path');
  });

  it('counts days from the local date of the learner’s time zone', () => {
    // Sunday 23:30 UTC is already Monday in Tokyo; one week of work finishes a day later there.
    const milestones = [work('a', ['machine-learning'], 300)];
    const nowMs = Date.parse('2026-05-03T23:30:00Z');
    expect(projected(input(milestones, { nowMs, timeZone: 'UTC' })).finishDate).toBe('2026-05-10');
    expect(projected(input(milestones, { nowMs, timeZone: 'Asia/Tokyo' })).finishDate).toBe('2026-05-11');
    expect(projected(input(milestones, { nowMs, timeZone: 'America/New_York' })).finishDate).toBe('2026-05-10');
  });

  it('counts calendar days, not 24-hour steps, across a daylight-saving change', () => {
    // Two weeks from Monday 23 March 2026 in Berlin, over the 167-hour week.
    const nowMs = Date.parse('2026-03-23T08:00:00Z');
    const projection = projected(input([work('a', ['machine-learning'], 600)], { nowMs, timeZone: 'Europe/Berlin' }));
    expect(projection.finishDate).toBe('2026-04-06');
  });

  it('follows the current plan after the plan is changed mid-way', () => {
    const first: StudyPlan = { hours_per_week: 5, target_path: 'machine-learning', blocks: [], created_at: '2026-04-01T08:00:00.000Z' };
    const second: StudyPlan = { hours_per_week: 10, target_path: 'deep-learning', blocks: [], created_at: '2026-04-20T08:00:00.000Z' };
    const plan = currentPlan(changePlan([first], second))!;
    const milestones = [work('ml', ['machine-learning'], 300), work('dl', ['deep-learning'], 300)];
    const projection = projected(input(milestones, { targetPath: plan.target_path, hoursPerWeek: plan.hours_per_week }));
    expect(projection.remaining.estimatedMinutes).toBe(600);
    expect(projection.weeks).toBe(1);
  });

  it('never finishes later with more hours, nor earlier with more work', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000 }),
        fc.integer({ min: 0, max: 5_000 }),
        fc.double({ min: 0.5, max: 40, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        (minutes, extraMinutes, hours, extraHours) => {
          const base = projected(input([work('a', ['machine-learning'], minutes)], { hoursPerWeek: hours }));
          const moreHours = projected(input([work('a', ['machine-learning'], minutes)], { hoursPerWeek: hours + extraHours }));
          const moreWork = projected(input([work('a', ['machine-learning'], minutes + extraMinutes)], { hoursPerWeek: hours }));
          expect(moreHours.finishDate <= base.finishDate).toBe(true);
          expect(moreWork.finishDate >= base.finishDate).toBe(true);
        },
      ),
    );
  });
});

describe('seed figures', () => {
  it('picks the figure nearest to the planned hours', () => {
    expect(describeSeedFigure(nearestSeedFigure(7))).toBe('6–8 h a week finishes a certification in 6–8 months');
    expect(describeSeedFigure(nearestSeedFigure(11))).toBe('10–12 h a week finishes a certification in 3–4 months');
    expect(nearestSeedFigure(2).hoursPerWeek).toEqual([6, 8]);
    expect(nearestSeedFigure(25).hoursPerWeek).toEqual([10, 12]);
  });
});

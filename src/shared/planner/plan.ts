// A study plan and its history. Changing the plan appends a new entry; old entries
// stay, so past weeks keep being judged against the plan that was in force then.
// Stored with the progress data under `plans` (oldest first).

import { z } from 'zod';
import { CERTIFICATION_PATHS } from '../pack/schema';

export const studyBlockSchema = z.object({
  /** ISO weekday, Monday = 1. */
  weekday: z.number().int().min(1).max(7),
  /** Local wall-clock start, 'HH:MM'. */
  start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  minutes: z.number().int().min(5).max(24 * 60),
});

export const studyPlanSchema = z.object({
  hours_per_week: z.number().min(0).max(100),
  target_path: z.enum(CERTIFICATION_PATHS),
  blocks: z.array(studyBlockSchema).max(50),
  /** A desktop notification when a block starts (desktop app only). */
  reminders: z.boolean().optional(),
  /** ISO timestamp of when the learner made this plan. */
  created_at: z.iso.datetime(),
});

export const planHistorySchema = z.array(studyPlanSchema);

/** A plan as the learner submits it; the host stamps `created_at` with its clock. */
export const studyPlanDraftSchema = studyPlanSchema.omit({ created_at: true });

export type StudyBlock = z.infer<typeof studyBlockSchema>;
export type StudyPlan = z.infer<typeof studyPlanSchema>;
export type StudyPlanDraft = z.infer<typeof studyPlanDraftSchema>;
export type PlanHistory = StudyPlan[];

/** The history with a new plan appended; the input is left untouched. */
export function changePlan(history: readonly StudyPlan[], plan: StudyPlan): PlanHistory {
  return [...history, plan];
}

/** The plan the learner had made by this instant, or null before the first plan. */
export function planInForceAt(history: readonly StudyPlan[], instantMs: number): StudyPlan | null {
  let inForce: StudyPlan | null = null;
  let inForceAt = -Infinity;
  for (const plan of history) {
    const madeAt = Date.parse(plan.created_at);
    if (madeAt <= instantMs && madeAt >= inForceAt) {
      inForce = plan;
      inForceAt = madeAt;
    }
  }
  return inForce;
}

export function currentPlan(history: readonly StudyPlan[]): StudyPlan | null {
  return planInForceAt(history, Infinity);
}

/** Total minutes of the plan's study blocks on one weekday. */
export function blockMinutesOn(plan: StudyPlan | null, weekday: number): number {
  if (!plan) return 0;
  return plan.blocks.filter((block) => block.weekday === weekday).reduce((sum, block) => sum + block.minutes, 0);
}

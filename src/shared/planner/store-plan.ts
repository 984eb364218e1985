// Saving a plan into the progress data: the learner's draft, stamped with the
// host's clock, appended to the plan history.

import type { Progress } from '../progress/schema';
import { changePlan, type StudyPlanDraft } from './plan';

export function progressWithPlan(progress: Progress, draft: StudyPlanDraft, now: Date): Progress {
  const at = now.toISOString();
  return { ...progress, updated_at: at, plans: changePlan(progress.plans, { ...draft, created_at: at }) };
}

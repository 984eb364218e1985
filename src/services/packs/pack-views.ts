// The views of a loaded pack that the host hands out: what the milestone screen
// shows, and what the checker needs.

import { DEFAULT_CHECK_BUDGET_SECONDS } from '../../shared/pack/schema';
import type { CheckBundle, LoadedMilestone, LoadedPack, MilestoneView } from '../../shared/pack/types';

export function milestoneViewOf(pack: LoadedPack, milestone: LoadedMilestone): MilestoneView {
  return {
    slug: pack.slug,
    projectTitle: pack.manifest.title,
    milestoneId: milestone.id,
    meta: milestone.meta,
    instructions: milestone.instructions,
    taskHeadings: milestone.taskHeadings,
    starter: milestone.starter,
    hints: milestone.hints,
    solution: milestone.solution,
  };
}

export function checkBundleOf(pack: LoadedPack, milestone: LoadedMilestone): CheckBundle {
  return {
    project: pack.slug,
    milestone: milestone.id,
    starter: milestone.starter,
    checks: milestone.checks,
    checksSupport: pack.checksSupport,
    solution: milestone.solution,
    defaultBudgetSeconds: milestone.meta.time_budget_seconds ?? DEFAULT_CHECK_BUDGET_SECONDS,
    revealExpected: milestone.meta.reveal_expected ?? false,
    meta: milestone.meta,
  };
}

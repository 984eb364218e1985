// "Do these first": when a learner opens a milestone of a path whose prerequisites are
// not finished (the Foundations stage before any path, machine learning before deep
// learning), list the unfinished milestones of those stages and paths in the suggested
// order. Advice, not a lock.

import { isPassed } from '../progress/schema';
import { pathWithPrerequisites } from '../planner/work';
import { roadmapSteps, type RoadmapMilestone, type Roadmap } from './roadmap';

export interface Recommendation {
  /** The prerequisite stages and paths not yet finished, in the suggested order. */
  paths: { id: string; title: string }[];
  /** Their milestones not yet passed, in the suggested order. */
  milestones: RoadmapMilestone[];
  message: string;
}

export function recommendBefore(roadmap: Roadmap, project: string, milestone: string): Recommendation | null {
  const opened = roadmap.milestones.find((entry) => entry.project === project && entry.milestone === milestone);
  if (!opened) return null;
  const steps = roadmapSteps(roadmap);
  const foundations = new Set(
    opened.paths.flatMap((id) => pathWithPrerequisites(id, steps)).filter((id) => !opened.paths.includes(id)),
  );
  const unfinished = steps.filter((step) => foundations.has(step.id) && !step.done && step.milestones.length > 0);
  if (unfinished.length === 0) return null;

  const milestones: RoadmapMilestone[] = [];
  for (const step of unfinished) {
    for (const entry of step.milestones) {
      if (!isPassed(entry.status) && !milestones.includes(entry)) milestones.push(entry);
    }
  }
  const titles = unfinished.map((step) => step.title).join(' and ');
  return {
    paths: unfinished.map((step) => ({ id: step.id, title: step.title })),
    milestones,
    message:
      `"${opened.title}" builds on ${titles}, which you have not finished yet. ` +
      `The suggested order is to do ${milestones.length === 1 ? 'this milestone' : `these ${milestones.length} milestones`} ` +
      'first; you can carry on here anyway.',
  };
}

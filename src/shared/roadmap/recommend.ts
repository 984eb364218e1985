// "Do these first": when a learner opens a milestone of a path whose prerequisite
// paths are not finished (deep learning before the machine-learning foundations),
// list the unfinished milestones of those paths in the suggested order. Advice, not a lock.

import { isPassed } from '../progress/schema';
import { pathWithPrerequisites } from '../planner/work';
import type { RoadmapMilestone, Roadmap } from './roadmap';

export interface Recommendation {
  /** The prerequisite paths not yet finished, in the suggested order. */
  paths: { id: string; title: string }[];
  /** Their milestones not yet passed, in the suggested order. */
  milestones: RoadmapMilestone[];
  message: string;
}

export function recommendBefore(roadmap: Roadmap, project: string, milestone: string): Recommendation | null {
  const opened = roadmap.milestones.find((entry) => entry.project === project && entry.milestone === milestone);
  if (!opened) return null;
  const allPaths = roadmap.lanes.map((lane) => lane.path);
  const foundations = new Set(
    opened.paths.flatMap((id) => pathWithPrerequisites(id, allPaths)).filter((id) => !opened.paths.includes(id)),
  );
  const unfinished = roadmap.lanes.filter((lane) => foundations.has(lane.path.id) && !lane.done && lane.milestones.length > 0);
  if (unfinished.length === 0) return null;

  const milestones: RoadmapMilestone[] = [];
  for (const lane of unfinished) {
    for (const entry of lane.milestones) {
      if (!isPassed(entry.status) && !milestones.includes(entry)) milestones.push(entry);
    }
  }
  const titles = unfinished.map((lane) => lane.path.title).join(' and ');
  return {
    paths: unfinished.map((lane) => ({ id: lane.path.id, title: lane.path.title })),
    milestones,
    message:
      `"${opened.title}" builds on ${titles}, which you have not finished yet. ` +
      `The suggested order is to do ${milestones.length === 1 ? 'this milestone' : `these ${milestones.length} milestones`} ` +
      'first; you can carry on here anyway.',
  };
}

// What to do before a milestone, in one piece of advice: the earlier milestones of
// its own project not passed yet, then the unfinished milestones of the paths it
// builds on (deep learning before the machine-learning foundations, recommend.ts).
// Advice, not a lock. Pure: RecommendBefore.tsx draws it.

import { isPassed } from '../../shared/progress/schema';
import { recommendBefore } from '../../shared/roadmap/recommend';
import type { Roadmap, RoadmapMilestone } from '../../shared/roadmap/roadmap';

export interface DoFirst {
  /** Earlier milestones of the same project, not passed, in the project's order. */
  earlier: RoadmapMilestone[];
  /** The unfinished prerequisite paths, in the suggested order. */
  paths: { id: string; title: string }[];
  /** Their milestones not passed, in the suggested order, without those in `earlier`. */
  foundations: RoadmapMilestone[];
  message: string;
}

export function doFirst(roadmap: Roadmap, project: string, milestone: string): DoFirst | null {
  const ofProject = roadmap.milestones.filter((entry) => entry.project === project);
  const index = ofProject.findIndex((entry) => entry.milestone === milestone);
  if (index < 0) return null;
  const opened = ofProject[index]!;
  const earlier = ofProject.slice(0, index).filter((entry) => !isPassed(entry.status));
  const recommendation = recommendBefore(roadmap, project, milestone);
  const foundations = (recommendation?.milestones ?? []).filter((entry) => !earlier.includes(entry));
  const paths = foundations.length > 0 ? (recommendation?.paths ?? []) : [];
  const count = earlier.length + foundations.length;
  if (count === 0) return null;

  const buildsOn = [
    ...(earlier.length > 0 ? [`${earlier.length === 1 ? 'an earlier milestone' : 'earlier milestones'} of this project`] : []),
    ...(paths.length > 0 ? [paths.map((path) => path.title).join(' and ')] : []),
  ];
  return {
    earlier,
    paths,
    foundations,
    message:
      `"${opened.title}" builds on ${buildsOn.join(' and on ')}, which you have not finished yet. ` +
      `The suggested order is to do ${count === 1 ? 'this milestone' : `these ${count} milestones`} first; you can carry on here anyway.`,
  };
}

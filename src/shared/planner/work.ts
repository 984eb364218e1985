// The planner's view of one milestone: what it is estimated to take, which
// certification paths it trains, how far the learner got and how long they
// actively worked on it. Built by the roadmap from manifests and progress.

import type { MilestoneStatus } from '../progress/schema';

export interface MilestoneWork {
  /** 'project/milestone'. */
  key: string;
  paths: readonly string[];
  estimated_minutes: number;
  status: MilestoneStatus;
  /** Active study time on this milestone, idle time excluded (progress's time_spent_ms). */
  active_ms: number;
}

export interface PathPrerequisites {
  id: string;
  prerequisites: readonly string[];
}

/** The path and every path it builds on (transitively), the path itself first. */
export function pathWithPrerequisites(target: string, paths: readonly PathPrerequisites[]): string[] {
  const byId = new Map(paths.map((path) => [path.id, path]));
  const seen: string[] = [];
  const visit = (id: string) => {
    if (seen.includes(id)) return;
    seen.push(id);
    for (const prerequisite of byId.get(id)?.prerequisites ?? []) visit(prerequisite);
  };
  visit(target);
  return seen;
}

// Which certification paths a milestone trains. A milestone may name its paths;
// otherwise it trains those of its project's paths whose expected skills it shares,
// and all of its project's paths when it shares none (a project-wide step such as
// loading the data). A new project joins the map through its manifests alone.

import type { CertificationPathInfo } from './paths-file';

export interface RoadmapMilestoneInput {
  /** Folder name, e.g. "01-load-data". */
  id: string;
  title: string;
  estimatedMinutes: number;
  skills: readonly string[];
  /** From milestone.json when it names its own paths. */
  paths?: readonly string[];
}

export interface RoadmapProject {
  slug: string;
  title: string;
  paths: readonly string[];
  /** In the project's order. */
  milestones: readonly RoadmapMilestoneInput[];
}

export function pathsOfMilestone(
  project: RoadmapProject,
  milestone: RoadmapMilestoneInput,
  paths: readonly CertificationPathInfo[],
): string[] {
  const known = (ids: readonly string[]) => ids.filter((id) => paths.some((path) => path.id === id));
  if (milestone.paths && milestone.paths.length > 0) return known(milestone.paths);
  const projectPaths = known(project.paths);
  const sharingSkills = projectPaths.filter((id) =>
    paths.find((path) => path.id === id)?.skills.some((skill) => milestone.skills.includes(skill)),
  );
  return sharingSkills.length > 0 ? sharingSkills : projectPaths;
}

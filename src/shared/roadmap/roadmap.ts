// The roadmap: one lane per certification path, in the suggested order, listing the
// milestones (from every project) that train it with the learner's status, and which
// of the skills the path expects are practised, started or still untouched.

import { isPassed, type MilestoneStatus, type Progress } from '../progress/schema';
import { milestoneProgressOf } from '../progress/reducer';
import type { MilestoneWork } from '../planner/work';
import { pathsOfMilestone, type RoadmapProject } from './membership';
import type { CertificationPathInfo } from './paths-file';

export interface RoadmapMilestone {
  project: string;
  projectTitle: string;
  milestone: string;
  title: string;
  estimatedMinutes: number;
  skills: readonly string[];
  paths: string[];
  status: MilestoneStatus;
  timeSpentMs: number;
}

export type SkillState = 'practised' | 'started' | 'untouched';

export interface SkillCoverage {
  skill: string;
  /** practised: a passed milestone trains it; started: one in progress does; else untouched. */
  state: SkillState;
  /** How many milestones of all projects train it; 0 means no project teaches it yet. */
  trainedBy: number;
}

export interface PathLane {
  path: CertificationPathInfo;
  prerequisites: { id: string; title: string; done: boolean }[];
  milestones: RoadmapMilestone[];
  skills: SkillCoverage[];
  passed: number;
  /** Every milestone on the path is passed (and there is at least one). */
  done: boolean;
}

export interface Roadmap {
  lanes: PathLane[];
  /** Every milestone once, in catalogue order. */
  milestones: RoadmapMilestone[];
}

export interface RoadmapInput {
  paths: readonly CertificationPathInfo[];
  projects: readonly RoadmapProject[];
  progress: Progress;
}

function collectMilestones(input: RoadmapInput): RoadmapMilestone[] {
  return input.projects.flatMap((project) =>
    project.milestones.map((milestone) => {
      const progress = milestoneProgressOf(input.progress, project.slug, milestone.id);
      return {
        project: project.slug,
        projectTitle: project.title,
        milestone: milestone.id,
        title: milestone.title,
        estimatedMinutes: milestone.estimatedMinutes,
        skills: milestone.skills,
        paths: pathsOfMilestone(project, milestone, input.paths),
        status: progress.status,
        timeSpentMs: progress.time_spent_ms,
      };
    }),
  );
}

function skillCoverage(skill: string, milestones: readonly RoadmapMilestone[]): SkillCoverage {
  const training = milestones.filter((milestone) => milestone.skills.includes(skill));
  const state: SkillState = training.some((milestone) => isPassed(milestone.status))
    ? 'practised'
    : training.some((milestone) => milestone.status === 'in_progress')
      ? 'started'
      : 'untouched';
  return { skill, state, trainedBy: training.length };
}

function isLaneDone(milestones: readonly RoadmapMilestone[]): boolean {
  return milestones.length > 0 && milestones.every((milestone) => isPassed(milestone.status));
}

export function buildRoadmap(input: RoadmapInput): Roadmap {
  const milestones = collectMilestones(input);
  const ordered = [...input.paths].sort((a, b) => a.order - b.order);
  const onPath = (id: string) => milestones.filter((milestone) => milestone.paths.includes(id));
  const lanes = ordered.map((path) => {
    const laneMilestones = onPath(path.id);
    return {
      path,
      prerequisites: path.prerequisites.map((id) => ({
        id,
        title: input.paths.find((other) => other.id === id)?.title ?? id,
        done: isLaneDone(onPath(id)),
      })),
      milestones: laneMilestones,
      skills: path.skills.map((skill) => skillCoverage(skill, milestones)),
      passed: laneMilestones.filter((milestone) => isPassed(milestone.status)).length,
      done: isLaneDone(laneMilestones),
    };
  });
  return { lanes, milestones };
}

/** The planner's view of every milestone on the roadmap. */
export function milestoneWork(roadmap: Roadmap): MilestoneWork[] {
  return roadmap.milestones.map((milestone) => ({
    key: `${milestone.project}/${milestone.milestone}`,
    paths: milestone.paths,
    estimated_minutes: milestone.estimatedMinutes,
    status: milestone.status,
    active_ms: milestone.timeSpentMs,
  }));
}

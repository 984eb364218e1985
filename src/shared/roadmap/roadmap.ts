// The roadmap: first a lane per stage (Foundations: the projects every path builds on),
// then one lane per certification path in the suggested order, each listing the
// milestones (from every project) that train it with the learner's status, and which
// of the skills it expects are practised, started or still untouched. A stage's
// projects train the stage, not the paths: they come before all of them.

import { isPassed, type MilestoneStatus, type Progress } from '../progress/schema';
import { milestoneProgressOf } from '../progress/reducer';
import type { MilestoneWork, PathPrerequisites } from '../planner/work';
import { pathsOfMilestone, type RoadmapProject } from './membership';
import type { CertificationPathInfo, StudyStage } from './paths-file';

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

interface LaneProgress {
  milestones: RoadmapMilestone[];
  skills: SkillCoverage[];
  passed: number;
  /** Every milestone on the lane is passed (and there is at least one). */
  done: boolean;
}

export interface StageLane extends LaneProgress {
  stage: StudyStage;
}

export interface PathLane extends LaneProgress {
  path: CertificationPathInfo;
  /** The stages, then the paths, it builds on. */
  prerequisites: { id: string; title: string; done: boolean }[];
}

export interface Roadmap {
  /** The stages to do before any path, in the paths file's order. */
  stages: StageLane[];
  lanes: PathLane[];
  /** Every milestone once, in catalogue order. */
  milestones: RoadmapMilestone[];
}

export interface RoadmapInput {
  /** Stages of the paths file; none when left out. */
  stages?: readonly StudyStage[];
  paths: readonly CertificationPathInfo[];
  projects: readonly RoadmapProject[];
  progress: Progress;
}

/** A stage or a path, in the order to do them: every stage, then the paths by their order. */
export interface RoadmapStep {
  id: string;
  title: string;
  prerequisites: readonly string[];
  milestones: RoadmapMilestone[];
  done: boolean;
}

function collectMilestones(input: RoadmapInput): RoadmapMilestone[] {
  const stages = input.stages ?? [];
  return input.projects.flatMap((project) => {
    const stagesOfProject = stages.filter((stage) => stage.projects.includes(project.slug)).map((stage) => stage.id);
    return project.milestones.map((milestone) => {
      const progress = milestoneProgressOf(input.progress, project.slug, milestone.id);
      return {
        project: project.slug,
        projectTitle: project.title,
        milestone: milestone.id,
        title: milestone.title,
        estimatedMinutes: milestone.estimatedMinutes,
        skills: milestone.skills,
        paths: stagesOfProject.length > 0 ? stagesOfProject : pathsOfMilestone(project, milestone, input.paths),
        status: progress.status,
        timeSpentMs: progress.time_spent_ms,
      };
    });
  });
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
  const stages = input.stages ?? [];
  const ordered = [...input.paths].sort((a, b) => a.order - b.order);
  const onLane = (id: string) => milestones.filter((milestone) => milestone.paths.includes(id));
  const progressOf = (id: string, skills: readonly string[]): LaneProgress => {
    const laneMilestones = onLane(id);
    return {
      milestones: laneMilestones,
      skills: skills.map((skill) => skillCoverage(skill, milestones)),
      passed: laneMilestones.filter((milestone) => isPassed(milestone.status)).length,
      done: isLaneDone(laneMilestones),
    };
  };
  const titleOf = (id: string) => [...stages, ...input.paths].find((other) => other.id === id)?.title ?? id;
  const lanes = ordered.map((path) => ({
    path,
    prerequisites: path.prerequisites.map((id) => ({ id, title: titleOf(id), done: isLaneDone(onLane(id)) })),
    ...progressOf(path.id, path.skills),
  }));
  return { stages: stages.map((stage) => ({ stage, ...progressOf(stage.id, stage.skills) })), lanes, milestones };
}

export function roadmapSteps(roadmap: Roadmap): RoadmapStep[] {
  return [
    ...roadmap.stages.map(({ stage, milestones, done }) => ({ id: stage.id, title: stage.title, prerequisites: [], milestones, done })),
    ...roadmap.lanes.map(({ path, milestones, done }) => ({ id: path.id, title: path.title, prerequisites: path.prerequisites, milestones, done })),
  ];
}

/** What each stage and path builds on, for the planner: a stage builds on nothing. */
export function roadmapPrerequisites(roadmap: Roadmap): PathPrerequisites[] {
  return roadmapSteps(roadmap).map(({ id, prerequisites }) => ({ id, prerequisites }));
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

// Turns what the host returns (catalogue, progress) and the paths file into the
// roadmap and the planner's figures. Pure: the screens only draw the result.

import pathsFile from '../../../projects/paths.json';
import type { ProjectSummary } from '../../shared/pack/types';
import { addDays, dateKeyOf } from '../../shared/planner/local-time';
import { currentPlan, type StudyPlan } from '../../shared/planner/plan';
import { projectFinish, type Projection } from '../../shared/planner/projection';
import { weekStreak, weekView, type Streak, type WeekView } from '../../shared/planner/week';
import type { Progress } from '../../shared/progress/schema';
import type { RoadmapProject } from '../../shared/roadmap/membership';
import { parseStudyMap, type CertificationPathInfo, type StudyStage } from '../../shared/roadmap/paths-file';
import { buildRoadmap, milestoneWork, roadmapPrerequisites, type Roadmap } from '../../shared/roadmap/roadmap';

const STUDY_MAP = parseStudyMap(pathsFile);
export const CERTIFICATION_PATHS: CertificationPathInfo[] = STUDY_MAP.paths;
/** The stages every path lists first (Foundations). */
export const STUDY_STAGES: StudyStage[] = STUDY_MAP.stages;

/** Working projects only: a broken pack is the catalogue's to report. */
export function roadmapProjects(catalogue: readonly ProjectSummary[]): RoadmapProject[] {
  return catalogue.flatMap((project) =>
    project.status === 'ok' ? [{ slug: project.slug, title: project.title, paths: project.manifest.paths, milestones: project.milestones }] : [],
  );
}

export function roadmapOf(catalogue: readonly ProjectSummary[], progress: Progress): Roadmap {
  return buildRoadmap({ stages: STUDY_STAGES, paths: CERTIFICATION_PATHS, projects: roadmapProjects(catalogue), progress });
}

export interface PlannerFigures {
  plan: StudyPlan | null;
  /** Null until the learner has made a plan. */
  projection: Projection | null;
  week: WeekView;
  streak: Streak;
}

/** `weeksBack` chooses the week shown: 0 is the running week, 1 the one before, … */
export function plannerFigures(roadmap: Roadmap, progress: Progress, nowMs: number, timeZone: string, weeksBack = 0): PlannerFigures {
  const plan = currentPlan(progress.plans);
  const record = { plans: progress.plans, activity: progress.activity, nowMs, timeZone };
  return {
    plan,
    projection: plan
      ? projectFinish({
          milestones: milestoneWork(roadmap),
          paths: roadmapPrerequisites(roadmap),
          targetPath: plan.target_path,
          hoursPerWeek: plan.hours_per_week,
          nowMs,
          timeZone,
        })
      : null,
    week: weekView(record, addDays(dateKeyOf(nowMs, timeZone), -7 * weeksBack)),
    streak: weekStreak(record),
  };
}

/** The title of a path or a stage. */
export function pathTitle(id: string): string {
  return [...STUDY_STAGES, ...CERTIFICATION_PATHS].find((entry) => entry.id === id)?.title ?? id;
}

// Shared fixtures for the roadmap tests: paths, small projects and progress.

import { emptyMilestoneProgress, emptyProgress, type MilestoneStatus, type Progress } from '../../src/shared/progress/schema';
import type { RoadmapProject } from '../../src/shared/roadmap/membership';
import type { CertificationPathInfo, StudyStage } from '../../src/shared/roadmap/paths-file';

const path = (id: CertificationPathInfo['id'], order: number, prerequisites: CertificationPathInfo['prerequisites'], skills: string[]): CertificationPathInfo => ({
  id,
  title: { 'machine-learning': 'Machine Learning', 'ai-expert': 'AI Expert', 'deep-learning': 'Deep Learning' }[id],
  order,
  prerequisites,
  entry_knowledge: 'some',
  focus: ['something'],
  difficulty: 'some',
  summary: 'A path.',
  skills,
});

export const PATHS: CertificationPathInfo[] = [
  path('deep-learning', 3, ['machine-learning'], ['backpropagation', 'softmax']),
  path('machine-learning', 1, [], ['data-loading', 'linear-regression', 'naive-bayes', 'cross-validation']),
  path('ai-expert', 2, ['machine-learning'], ['tokenisation', 'image-representation']),
];

/** A Foundations stage made of the MATHS project. */
export const FOUNDATIONS: StudyStage = {
  id: 'foundations',
  title: 'Foundations',
  summary: 'The maths first.',
  projects: ['maths'],
  skills: ['vectors', 'derivatives'],
};

/** PATHS with the Foundations stage listed first by every path. */
export const PATHS_WITH_FOUNDATIONS: CertificationPathInfo[] = PATHS.map((entry) => ({ ...entry, prerequisites: ['foundations', ...entry.prerequisites] }));

const milestone = (id: string, skills: string[], paths?: string[]) => ({ id, title: `Milestone ${id}`, estimatedMinutes: 60, skills, ...(paths ? { paths } : {}) });

export const HOUSES: RoadmapProject = {
  slug: 'houses',
  title: 'Houses',
  paths: ['machine-learning'],
  milestones: [milestone('01-load', ['data-loading']), milestone('02-fit', ['linear-regression'])],
};

export const SPAM: RoadmapProject = {
  slug: 'spam',
  title: 'Spam',
  paths: ['machine-learning', 'ai-expert'],
  milestones: [milestone('01-read', ['csv-files']), milestone('02-tokens', ['tokenisation']), milestone('03-bayes', ['naive-bayes'])],
};

export const DIGITS: RoadmapProject = {
  slug: 'digits',
  title: 'Digits',
  paths: ['ai-expert', 'deep-learning'],
  milestones: [milestone('01-look', ['image-representation']), milestone('02-network', ['backpropagation'], ['deep-learning'])],
};

/** Its manifest names the paths, as every project must; the stage claims its milestones. */
export const MATHS: RoadmapProject = {
  slug: 'maths',
  title: 'Maths',
  paths: ['machine-learning', 'ai-expert', 'deep-learning'],
  milestones: [milestone('01-vectors', ['vectors', 'data-loading']), milestone('02-derivatives', ['derivatives'])],
};

/** Progress with the given milestones ("project/milestone") in the given states. */
export function progressWith(states: Record<string, MilestoneStatus>): Progress {
  const progress = emptyProgress(new Date('2026-03-01T08:00:00Z'));
  for (const [key, status] of Object.entries(states)) {
    const [project, id] = key.split('/') as [string, string];
    const projectProgress = (progress.projects[project] ??= { last_milestone: null, last_activity_at: null, milestones: {} });
    projectProgress.milestones[id] = { ...emptyMilestoneProgress(), status, time_spent_ms: status === 'not_started' ? 0 : 1_800_000 };
  }
  return progress;
}

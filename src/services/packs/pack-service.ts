// The host API's view of the projects: the catalogue, one milestone for the UI,
// and what the checker needs. Arguments arrive from the UI, so they are checked here.

import path from 'node:path';
import { countOf } from '../../shared/count-of';
import { DEFAULT_CHECK_BUDGET_SECONDS, MILESTONE_ID_PATTERN, SLUG_PATTERN } from '../../shared/pack/schema';
import type { CheckBundle, LoadedMilestone, LoadedPack, MilestoneView, ProjectSummary } from '../../shared/pack/types';
import { listProjects } from './list-projects';
import { loadPack } from './load-pack';
import { readProjectFiles } from './project-files';

export interface PackService {
  listProjects(): Promise<ProjectSummary[]>;
  getMilestone(slug: string, milestoneId: string): Promise<MilestoneView>;
  getCheckBundle(slug: string, milestoneId: string): Promise<CheckBundle>;
}

export class PackLookupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackLookupError';
  }
}

export function createPackService(projectsRoot: string): PackService {
  async function findMilestone(slug: unknown, milestoneId: unknown): Promise<{ pack: LoadedPack; milestone: LoadedMilestone }> {
    if (typeof slug !== 'string' || !SLUG_PATTERN.test(slug)) throw new PackLookupError('Not a project slug');
    if (typeof milestoneId !== 'string' || !MILESTONE_ID_PATTERN.test(milestoneId)) {
      throw new PackLookupError('Not a milestone id');
    }
    const result = await loadPack(path.join(projectsRoot, slug));
    if (!result.ok) {
      const first = result.problems[0]!;
      throw new PackLookupError(
        `Project "${slug}" cannot be opened: ${first.file}: ${first.message}` +
          (result.problems.length > 1 ? ` (and ${countOf(result.problems.length - 1, 'more problem')})` : ''),
      );
    }
    const milestone = result.pack.milestones.find((candidate) => candidate.id === milestoneId);
    if (!milestone) throw new PackLookupError(`Project "${slug}" has no milestone "${milestoneId}"`);
    return { pack: result.pack, milestone };
  }

  return {
    listProjects: () => listProjects(projectsRoot),

    async getMilestone(slug, milestoneId) {
      const { pack, milestone } = await findMilestone(slug, milestoneId);
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
    },

    async getCheckBundle(slug, milestoneId) {
      const { pack, milestone } = await findMilestone(slug, milestoneId);
      return {
        project: await readProjectFiles(pack),
        milestone: milestone.id,
        starter: milestone.starter,
        checks: milestone.checks,
        checksSupport: pack.checksSupport,
        solution: milestone.solution,
        defaultBudgetSeconds: milestone.meta.time_budget_seconds ?? DEFAULT_CHECK_BUDGET_SECONDS,
        revealExpected: milestone.meta.reveal_expected ?? false,
        meta: milestone.meta,
      };
    },
  };
}

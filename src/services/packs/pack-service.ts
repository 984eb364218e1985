// The host API's view of the projects: the catalogue, one milestone for the UI,
// what the checker needs, and a project's data files. Every answer comes from the
// pack catalogue, which compiles each pack once (pack-catalogue.ts). Arguments
// arrive from the UI, so they are checked here.

import { countOf } from '../../shared/count-of';
import { milestoneIdSchema, projectSlugSchema } from '../../shared/progress/schema';
import type { CheckBundle, MilestoneView, ProjectSummary } from '../../shared/pack/types';
import type { ProjectFiles } from '../../shared/python/protocol';
import { quoteInput } from '../host-input';
import { createPackCatalogue, type CompiledPack, type PackCatalogue, type PackCatalogueOptions } from './pack-catalogue';

export interface PackService {
  listProjects(): Promise<ProjectSummary[]>;
  getMilestone(slug: string, milestoneId: string): Promise<MilestoneView>;
  getCheckBundle(slug: string, milestoneId: string): Promise<CheckBundle>;
  /** The files of the project's data/ folder that Python may open. */
  getProjectFiles(slug: string): Promise<ProjectFiles>;
  /** The compiled packs behind the answers. */
  readonly catalogue: PackCatalogue;
  /** Stops watching the pack folders. */
  close(): void;
}

export class PackLookupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackLookupError';
  }
}

function checkSlug(slug: unknown): asserts slug is string {
  if (!projectSlugSchema.safeParse(slug).success) throw new PackLookupError(`Not a project slug: ${quoteInput(slug)}`);
}

function checkMilestoneId(milestoneId: unknown): asserts milestoneId is string {
  if (!milestoneIdSchema.safeParse(milestoneId).success) throw new PackLookupError(`Not a milestone id: ${quoteInput(milestoneId)}`);
}

export function createPackService(projectsRoot: string, options: PackCatalogueOptions = {}): PackService {
  const catalogue = createPackCatalogue(projectsRoot, options);

  async function findPack(slug: unknown): Promise<CompiledPack & { files: ProjectFiles }> {
    checkSlug(slug);
    const compiled = await catalogue.get(slug);
    const { result, files } = compiled;
    if (!result.ok || files === null) {
      const problems = result.ok ? [] : result.problems;
      const first = problems[0];
      throw new PackLookupError(
        `Project "${slug}" cannot be opened: ${first ? `${first.file}: ${first.message}` : 'it did not load'}` +
          (problems.length > 1 ? ` (and ${countOf(problems.length - 1, 'more problem')})` : ''),
      );
    }
    return { ...compiled, files };
  }

  async function findMilestone<T>(slug: unknown, milestoneId: unknown, of: (pack: CompiledPack) => Map<string, T>): Promise<T> {
    checkSlug(slug);
    checkMilestoneId(milestoneId);
    const found = of(await findPack(slug)).get(milestoneId);
    if (found === undefined) throw new PackLookupError(`Project "${slug}" has no milestone "${milestoneId}"`);
    return found;
  }

  return {
    listProjects: async () => (await catalogue.list()).map((compiled) => compiled.summary),
    getMilestone: (slug, milestoneId) => findMilestone(slug, milestoneId, (pack) => pack.views),
    getCheckBundle: (slug, milestoneId) => findMilestone(slug, milestoneId, (pack) => pack.bundles),
    getProjectFiles: async (slug) => (await findPack(slug)).files,
    catalogue,
    close: () => catalogue.close(),
  };
}

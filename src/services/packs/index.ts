// Node-side access to content packs (docs/pack-format.md).

export { findProjectFolders, listProjects, summarizePack } from './list-projects';
export { loadPack, type LoadPackOptions } from './load-pack';
export { createPackCatalogue, type CompiledPack, type PackCatalogue, type PackCatalogueOptions } from './pack-catalogue';
export { PACK_LIMITS, type PackLimits } from './pack-limits';
export { createPackService, PackLookupError, type PackService } from './pack-service';
export { readProjectFiles } from './project-files';
export { validatePack } from './validate-pack';
export { findAppRoot, PROJECTS_ENV, resolveProjectsRoot } from './projects-root';

// The packs of a projects root, each compiled once: loaded, fully validated, and
// turned into everything the host calls hand out (summary, milestone views, check
// bundles, data files). A pack is compiled again only after something in its folder
// changed, so saves (every 600 ms while typing) and check bundles read no pack files.
//
// Changes are noticed with fs.watch rather than by comparing file times on each call:
// a watch costs nothing per call, while a stamp would stat every file of a pack on
// every save. An event only drops the compiled pack; the next call compiles it again,
// so a burst of events (a git checkout, an editor's save-by-rename) costs one compile
// however long it lasts, which is what a debounce would buy. Where a folder cannot be
// watched (no inotify watches left, an unsupported file system) nothing is kept for
// it and every call compiles, as the app did before.

import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import type { CheckBundle, LoadedPack, MilestoneView, PackLoadResult, ProjectSummary } from '../../shared/pack/types';
import type { ProjectFiles } from '../../shared/python/protocol';
import { findProjectFolders, summaryOf } from './list-projects';
import { loadPack } from './load-pack';
import { checkBundleOf, milestoneViewOf } from './pack-views';
import { readProjectFiles } from './project-files';

export interface CompiledPack {
  slug: string;
  result: PackLoadResult;
  summary: ProjectSummary;
  /** Only for a pack that loaded; keyed by milestone id. */
  views: Map<string, MilestoneView>;
  bundles: Map<string, CheckBundle>;
  files: ProjectFiles | null;
}

export interface PackCatalogue {
  /** Every pack folder of the root, working or broken, in folder order. */
  list(): Promise<CompiledPack[]>;
  /** One pack folder of the root; it may be broken, or not exist ("does not exist"). */
  get(slug: string): Promise<CompiledPack>;
  /** How many times each pack was compiled (for tests and measurements). */
  readonly compileCounts: ReadonlyMap<string, number>;
  /** Stops watching; later calls still work, compiling every time. */
  close(): void;
}

export interface PackCatalogueOptions {
  /** false: compile each pack once and never look for changes (one-shot commands). Default true. */
  watch?: boolean;
}

interface Entry {
  compiled: Promise<CompiledPack>;
  watcher: FSWatcher | null;
}

export function createPackCatalogue(projectsRoot: string, options: PackCatalogueOptions = {}): PackCatalogue {
  const root = path.resolve(projectsRoot);
  const watching = options.watch ?? true;
  const entries = new Map<string, Entry>();
  const compileCounts = new Map<string, number>();
  let folders: Promise<string[]> | null = null;
  let rootWatcher: FSWatcher | null = null;
  let closed = false;

  function forget(slug: string): void {
    const entry = entries.get(slug);
    if (!entry) return;
    entries.delete(slug);
    entry.watcher?.close();
  }

  function forgetAll(): void {
    for (const slug of [...entries.keys()]) forget(slug);
  }

  /** The root holds the pack folders and paths.json, which every pack is validated against. */
  function watchRoot(): boolean {
    if (rootWatcher) return true;
    rootWatcher = startWatching(root, false, (name) => {
      folders = null;
      if (name !== null && entries.has(name)) forget(name);
      else forgetAll();
    });
    return rootWatcher !== null;
  }

  function compile(slug: string): Promise<CompiledPack> {
    compileCounts.set(slug, (compileCounts.get(slug) ?? 0) + 1);
    return compilePack(root, slug);
  }

  function get(slug: string): Promise<CompiledPack> {
    const kept = entries.get(slug);
    if (kept) return kept.compiled;
    if (closed) return compile(slug);
    let watcher: FSWatcher | null = null;
    if (watching) {
      if (!watchRoot()) return compile(slug);
      // Watch before reading, so an edit made while compiling is not missed.
      watcher = startWatching(path.join(root, slug), true, () => forget(slug));
      if (!watcher) return compile(slug);
    }
    const entry: Entry = { compiled: compile(slug), watcher };
    entries.set(slug, entry);
    entry.compiled.catch(() => forget(slug));
    return entry.compiled;
  }

  async function list(): Promise<CompiledPack[]> {
    const kept = !closed && (!watching || watchRoot());
    const names = kept ? (folders ??= findProjectFolders(root)) : findProjectFolders(root);
    return Promise.all((await names).map(get));
  }

  return {
    list,
    get,
    compileCounts,
    close() {
      closed = true;
      rootWatcher?.close();
      rootWatcher = null;
      folders = null;
      forgetAll();
    },
  };
}

/** A watcher calling `changed` with the name of what changed (null when unknown), or null if the folder cannot be watched. */
function startWatching(folder: string, recursive: boolean, changed: (name: string | null) => void): FSWatcher | null {
  try {
    // Not persistent: a command that is done must not stay alive for a watch.
    const watcher = watch(folder, { recursive, persistent: false }, (_event, name) => {
      changed(name === null ? null : String(name).split(/[\\/]/)[0]!);
    });
    watcher.on('error', () => {
      watcher.close();
      changed(null);
    });
    return watcher;
  } catch {
    return null;
  }
}

async function compilePack(root: string, slug: string): Promise<CompiledPack> {
  const result = await loadPack(path.join(root, slug));
  const summary = summaryOf(slug, result);
  if (!result.ok) return { slug, result, summary, views: new Map(), bundles: new Map(), files: null };
  const pack: LoadedPack = result.pack;
  return {
    slug,
    result,
    summary,
    views: new Map(pack.milestones.map((milestone) => [milestone.id, milestoneViewOf(pack, milestone)])),
    bundles: new Map(pack.milestones.map((milestone) => [milestone.id, checkBundleOf(pack, milestone)])),
    files: await readProjectFiles(pack),
  };
}

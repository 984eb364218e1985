// The Pyodide interpreters of one worker. The checker's holds Buildpath's whole
// library, the checks and the reference solution, and never runs learner code.
// Learner code runs in interpreters of its own, one per job, made from a memory
// snapshot: their file system holds only the public library (buildpath.show and
// what it needs, the agent that answers the checker), never the checker's modules.

import type { PyodideAPI } from 'pyodide';
import { learnerGlobals, type LearnerGlobals } from './learner-globals';
import { snapshotKey, type SnapshotStore } from './snapshots';

export type LoadPyodide = (options: {
  indexURL: string;
  jsglobals?: object;
  _makeSnapshot?: boolean;
  _loadSnapshot?: Uint8Array;
}) => Promise<PyodideAPI>;

export interface InterpreterOptions {
  loadPyodide: LoadPyodide;
  /** The `version` export of the pyodide package, for snapshot keys. */
  pyodideVersion: string;
  /** Path ending in "buildpath/<module>.py" → source. */
  pythonSources: Record<string, string>;
  /** Where start-up snapshots are kept; without one, the first start is a plain start. */
  snapshots?: SnapshotStore;
}

export const LIBRARY_DIR = '/buildpath-lib';

/** The modules an interpreter running learner code gets; everything else is the checker's. */
export const LEARNER_LIBRARY = [
  '__init__.py', 'show.py', '_display_values.py', '_display_sampling.py', '_host.py', '_source.py',
  '_agent.py', '_wire.py', '_contract.py', '_run_summary.py', '_capped_text.py',
].map((name) => `buildpath/${name}`);

const learnerModules = new Set(LEARNER_LIBRARY);
const isLearnerModule = (module: string) => learnerModules.has(module);

/** What the snapshot has imported: the learner's library (the checker imports the rest after). */
const SNAPSHOT_IMPORTS = 'import buildpath._agent, buildpath.show';
const CHECKER_IMPORTS = 'import buildpath._runner, buildpath._listing, buildpath._link, buildpath.checking';

export interface Checker {
  py: PyodideAPI;
  /** The memory snapshot learner interpreters start from. */
  snapshot: Uint8Array;
  startedFrom: 'snapshot' | 'fresh';
}

/**
 * Starts the checker's interpreter from a saved snapshot when there is one, else
 * from scratch (saving the snapshot for next time).
 */
export async function startChecker(indexURL: string, options: InterpreterOptions): Promise<Checker> {
  const { snapshots } = options;
  const key = snapshots ? await snapshotKey(options.pyodideVersion, options.pythonSources) : '';
  const saved = snapshots ? await snapshots.load(key).catch(() => null) : null;
  if (saved) {
    try {
      const py = await options.loadPyodide({ indexURL, _loadSnapshot: saved, jsglobals: checkerGlobals() });
      prepareChecker(py, options.pythonSources);
      return { py, snapshot: saved, startedFrom: 'snapshot' };
    } catch {
      await snapshots?.discard(key).catch(() => undefined);
    }
  }
  const py = await options.loadPyodide({ indexURL, _makeSnapshot: true, jsglobals: checkerGlobals() });
  // Only the learner's library while the snapshot is made: not even the import system's
  // caches in it know the checker's modules.
  installLibrary(py, options.pythonSources, isLearnerModule);
  py.runPython(`import sys\nsys.path.insert(0, ${JSON.stringify(LIBRARY_DIR)})\n${SNAPSHOT_IMPORTS}`);
  const snapshot = py.makeMemorySnapshot();
  if (snapshots) await snapshots.save(key, snapshot).catch(() => undefined); // a snapshot only saves time
  prepareChecker(py, options.pythonSources);
  return { py, snapshot, startedFrom: 'fresh' };
}

/** The checker's `js` module: it needs nothing of the worker's scope either. */
function checkerGlobals(): object {
  return learnerGlobals().scope;
}

function prepareChecker(py: PyodideAPI, sources: Record<string, string>): void {
  installLibrary(py, sources, () => true);
  py.runPython(`import importlib, sys, random
importlib.invalidate_caches()
if ${JSON.stringify(LIBRARY_DIR)} not in sys.path:
    sys.path.insert(0, ${JSON.stringify(LIBRARY_DIR)})
random.seed()  # a snapshot would otherwise start every worker with the same random state
${CHECKER_IMPORTS}`);
}

export interface LearnerInterpreter {
  py: PyodideAPI;
  globals: LearnerGlobals;
}

/** A fresh interpreter for learner code, from the checker's snapshot. */
export async function startLearner(indexURL: string, snapshot: Uint8Array, options: InterpreterOptions): Promise<LearnerInterpreter> {
  const globals = learnerGlobals();
  const py = await options.loadPyodide({ indexURL, _loadSnapshot: snapshot, jsglobals: globals.scope });
  installLibrary(py, options.pythonSources, isLearnerModule);
  py.runPython(`import sys, random
if ${JSON.stringify(LIBRARY_DIR)} not in sys.path:
    sys.path.insert(0, ${JSON.stringify(LIBRARY_DIR)})
random.seed()`);
  return { py, globals };
}

/** Files live outside the snapshot, so they are written on every start; imports are kept in it. */
function installLibrary(py: PyodideAPI, sources: Record<string, string>, wanted: (module: string) => boolean): void {
  for (const [path, source] of Object.entries(sources)) {
    const match = /(?:^|\/)(buildpath\/.+\.py)$/.exec(path);
    if (!match?.[1] || !wanted(match[1])) continue;
    const target = `${LIBRARY_DIR}/${match[1]}`;
    py.FS.mkdirTree(target.slice(0, target.lastIndexOf('/')));
    py.FS.writeFile(target, source);
  }
}

/** Buildpath's whole library, importable: for interpreters that never run learner code (the language worker). */
export function prepareLibrary(py: PyodideAPI, sources: Record<string, string>): void {
  installLibrary(py, sources, () => true);
  py.runPython(`import sys
if ${JSON.stringify(LIBRARY_DIR)} not in sys.path:
    sys.path.insert(0, ${JSON.stringify(LIBRARY_DIR)})`);
}

// Runs inside a worker (a browser module worker or a Node worker thread): loads
// Pyodide, installs Buildpath's Python package and answers the host's requests.
// Platform entry points supply the port, loadPyodide and the Python sources.

import type { PyodideAPI } from 'pyodide';
import type { CheckListing, FromWorker, ListChecksRequest, ProjectFiles, ToWorker } from './protocol';
import { OutputBatcher } from './output-batcher';
import { removeRequestSenders } from './request-senders';
import { snapshotKey, type SnapshotStore } from './snapshots';

/** Where the runtime receives requests; replies go through the init message's reply port. */
export interface WorkerPort {
  onMessage(handler: (message: ToWorker) => void): void;
}

interface ReplyPort {
  postMessage(message: FromWorker): void;
}

type LoadPyodide = (options: { indexURL: string; _makeSnapshot?: boolean; _loadSnapshot?: Uint8Array }) => Promise<PyodideAPI>;

export interface WorkerRuntimeOptions {
  loadPyodide: LoadPyodide;
  /** The `version` export of the pyodide package, for snapshot keys. */
  pyodideVersion: string;
  /** Path ending in "buildpath/<module>.py" → source. */
  pythonSources: Record<string, string>;
  /** Where start-up snapshots are kept; without one, every start is a plain start. */
  snapshots?: SnapshotStore;
}

const LIBRARY_DIR = '/buildpath-lib';
const PROJECTS_DIR = '/project';
const HOME_DIR = '/home/pyodide';

export function startWorkerRuntime(requests: WorkerPort, options: WorkerRuntimeOptions): void {
  let port: ReplyPort | null = null;
  let pyodide: PyodideAPI | null = null;
  let interrupt: Int32Array | null = null;
  let currentId: number | null = null;
  const output = new OutputBatcher((stream, text) => {
    if (currentId !== null) port?.postMessage({ type: 'stream', id: currentId, stream, text });
  });
  const receivedProjects = new Set<string>();

  async function init(indexURL: string, interruptBuffer: SharedArrayBuffer | null, reply: ReplyPort): Promise<void> {
    const started = performance.now();
    port = reply;
    reply.postMessage({ type: 'progress', stage: 'runtime' });
    const { py, startedFrom } = await startPython(indexURL, options);
    const kept = removeRequestSenders();
    if (kept.length > 0) throw new Error(`Could not shut the worker off from the network (${kept.join(', ')})`);
    reply.postMessage({ type: 'progress', stage: 'buildpath' });
    py.setStdout({ write: (bytes: Uint8Array) => output.write('stdout', bytes) });
    py.setStderr({ write: (bytes: Uint8Array) => output.write('stderr', bytes) });
    py.setStdin({ error: true });
    if (interruptBuffer) {
      interrupt = new Int32Array(interruptBuffer);
      py.setInterruptBuffer(interrupt);
    }
    py.registerJsModule('_buildpath_sink', {
      display: (json: string) => {
        if (currentId !== null) reply.postMessage({ type: 'display', id: currentId, display: JSON.parse(json) });
      },
      check_started: (index: number, name: string, budgetSeconds: number) => {
        if (currentId !== null) reply.postMessage({ type: 'check-started', id: currentId, index, name, budgetSeconds });
      },
      test_done: (json: string) => {
        if (currentId !== null) reply.postMessage({ type: 'check-progress', id: currentId, test: JSON.parse(json) });
      },
    });
    py.runPython(`
import random, _buildpath_sink, buildpath._host
random.seed()  # a snapshot would otherwise start every worker with the same random state
buildpath._host.connect(_buildpath_sink)
del _buildpath_sink
`);
    pyodide = py;
    const pythonVersion = String(py.runPython('import sys; sys.version.split()[0]'));
    reply.postMessage({ type: 'ready', loadMs: Math.round(performance.now() - started), pythonVersion, startedFrom });
  }

  /** The one place data files enter Python: once per project and worker, before its first job. */
  function receiveProjectFiles(py: PyodideAPI, project: ProjectFiles): void {
    const root = `${PROJECTS_DIR}/${project.slug}`;
    py.FS.mkdirTree(root); // the working directory, even for a project without data
    for (const [relative, content] of Object.entries(project.files)) {
      const path = `${root}/${relative}`;
      py.FS.mkdirTree(path.slice(0, path.lastIndexOf('/')));
      py.FS.writeFile(path, content);
    }
    receivedProjects.add(project.slug);
  }

  function projectDir(slug: string | undefined): string {
    if (slug === undefined) return HOME_DIR;
    if (!receivedProjects.has(slug)) throw new Error(`the data files of project "${slug}" were not sent to Python`);
    return `${PROJECTS_DIR}/${slug}`;
  }

  function callRunner(py: PyodideAPI, entry: 'run_program' | 'check_submission', request: object): string {
    if (interrupt) interrupt[0] = 0;
    const runner = py.pyimport('buildpath._runner');
    try {
      return runner[entry](JSON.stringify(request)) as string;
    } finally {
      runner.destroy();
      stopLeftoverTasks(py);
      output.flush();
    }
  }

  /** Reads what checks.py declares (validation); checks.py runs as it does in a check. */
  function listChecks(py: PyodideAPI, request: ListChecksRequest): CheckListing {
    const listing = py.pyimport('buildpath._listing');
    try {
      return JSON.parse(listing.list_checks(JSON.stringify(request)) as string) as CheckListing;
    } finally {
      listing.destroy();
      output.flush();
    }
  }

  async function handle(message: ToWorker): Promise<void> {
    if (message.type === 'init') {
      if (port) return; // initialised once; a later init could only come from learner code
      await init(message.indexURL, message.interruptBuffer, message.replyPort);
      return;
    }
    if (!pyodide || !port) throw new Error('Python is not loaded yet');
    if (message.type === 'project-files') {
      receiveProjectFiles(pyodide, message.project);
      return;
    }
    currentId = message.id;
    output.reset();
    try {
      if (message.type === 'run') {
        const { code, filename, project } = message.request;
        const cwd = projectDir(project);
        const outcome = JSON.parse(callRunner(pyodide, 'run_program', { code, filename, cwd }));
        outcome.droppedChars = output.droppedChars;
        port.postMessage({ type: 'run-done', id: message.id, outcome });
      } else if (message.type === 'check') {
        const cwd = projectDir(message.request.project);
        const result = JSON.parse(callRunner(pyodide, 'check_submission', { ...message.request, cwd }));
        port.postMessage({ type: 'check-done', id: message.id, result });
      } else if (message.type === 'list-checks') {
        port.postMessage({ type: 'checks-listed', id: message.id, listing: listChecks(pyodide, message.request) });
      } else {
        throw new Error('unknown request');
      }
    } finally {
      currentId = null;
    }
  }

  output.onCut(() => {
    if (currentId !== null) port?.postMessage({ type: 'output-cut', id: currentId });
  });

  requests.onMessage((message) => {
    // The host sends nothing while a job runs, but learner code can put messages on this
    // port from inside one (Node's parentPort.emit, a synthetic MessageEvent in browsers)
    // to run a forged check whose verdict would answer the real job.
    if (currentId !== null || typeof message !== 'object' || message === null) return;
    const reply: ReplyPort | null = message.type === 'init' && !port ? message.replyPort : port;
    handle(message).catch((error: unknown) => {
      const id = 'id' in message ? message.id : null;
      reply?.postMessage({ type: 'failed', id, message: describeFailure(error), fatal: isFatal(error) });
    });
  });
}

/**
 * Loads Pyodide with Buildpath's library imported: from a snapshot when one was
 * saved, else from scratch, saving a snapshot for next time.
 */
async function startPython(indexURL: string, options: WorkerRuntimeOptions): Promise<{ py: PyodideAPI; startedFrom: 'snapshot' | 'fresh' }> {
  const { snapshots } = options;
  const key = snapshots ? await snapshotKey(options.pyodideVersion, options.pythonSources) : '';
  const saved = snapshots ? await snapshots.load(key).catch(() => null) : null;
  if (saved && snapshots) {
    try {
      const py = await options.loadPyodide({ indexURL, _loadSnapshot: saved });
      prepareLibrary(py, options.pythonSources);
      return { py, startedFrom: 'snapshot' };
    } catch {
      await snapshots.discard(key).catch(() => undefined);
    }
  }
  const py = await options.loadPyodide({ indexURL, _makeSnapshot: Boolean(snapshots) });
  prepareLibrary(py, options.pythonSources);
  if (snapshots) {
    try {
      await snapshots.save(key, py.makeMemorySnapshot());
    } catch {
      // A snapshot only saves time; without one the next start is a plain start.
    }
  }
  return { py, startedFrom: 'fresh' };
}

/** Files live outside the snapshot, so they are written on every start; imports are kept in it. */
export function prepareLibrary(py: PyodideAPI, sources: Record<string, string>): void {
  installLibrary(py, sources);
  py.runPython(`
import sys
if ${JSON.stringify(LIBRARY_DIR)} not in sys.path:
    sys.path.insert(0, ${JSON.stringify(LIBRARY_DIR)})
import buildpath._runner, buildpath.checking
`);
}

function installLibrary(py: PyodideAPI, sources: Record<string, string>): void {
  for (const [path, source] of Object.entries(sources)) {
    const match = /(?:^|\/)(buildpath\/.+\.py)$/.exec(path);
    if (!match?.[1]) continue;
    const target = `${LIBRARY_DIR}/${match[1]}`;
    py.FS.mkdirTree(target.slice(0, target.lastIndexOf('/')));
    py.FS.writeFile(target, source);
  }
}

/**
 * asyncio tasks a program started and never awaited would run on between programs
 * (Pyodide's event loop is the worker's), burning time and changing state under the
 * next program. They are cancelled when the program ends, and the learner is told.
 */
const STOP_LEFTOVER_TASKS = `
import asyncio, sys
left = [task for task in asyncio.all_tasks(asyncio.get_event_loop()) if not task.done()]
for task in left:
    task.cancel()
if left:
    print(f"Note: your program left {len(left)} asyncio task(s) running when it ended; they were stopped. "
          "Await them (for example with asyncio.run) so they finish while the program runs.", file=sys.stderr)
`;

function stopLeftoverTasks(py: PyodideAPI): void {
  let scratch: ReturnType<PyodideAPI['toPy']> | undefined;
  try {
    scratch = py.toPy({}); // its own namespace: nothing of the learner's is touched
    py.runPython(STOP_LEFTOVER_TASKS, { globals: scratch });
  } catch {
    // The learner may have broken asyncio, or Python itself (a fatal error): the job's own outcome stands.
  } finally {
    scratch?.destroy();
  }
}

/** After Pyodide's fatal error (a JavaScript stack overflow, say) every later call fails too. */
function isFatal(error: unknown): boolean {
  const flagged = (error as { pyodide_fatal_error?: unknown } | null)?.pyodide_fatal_error === true;
  return flagged || (error instanceof Error && error.message.includes('Pyodide already fatally failed'));
}

function describeFailure(error: unknown): string {
  if (error instanceof Error) {
    // A KeyboardInterrupt escaping the runner means the learner pressed Stop.
    if (error.message.includes('KeyboardInterrupt')) return 'interrupted';
    return error.message;
  }
  return String(error);
}

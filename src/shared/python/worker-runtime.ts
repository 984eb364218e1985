// Runs inside a worker (a browser module worker, a Node worker thread, or the sandboxed
// CLI child): loads Pyodide, installs Buildpath's Python package and answers the host's
// requests. Platform entry points supply the port, loadPyodide and the Python sources.
//
// Two kinds of interpreter live here (interpreters.ts). The checker's runs checks.py and
// the reference solution and never learner code. Every check job gets a fresh learner
// interpreter from a pool of one kept warm, and lets it go afterwards, so nothing a Run or
// an earlier check did reaches it; Runs share one learner interpreter of their own. During
// a check the two interpreters speak only in bytes, through a ByteBridge.

import type { PyodideAPI } from 'pyodide';
import { ByteBridge, type PythonBytesFunction } from './byte-bridge';
import { startChecker, startLearner, type InterpreterOptions, type LearnerInterpreter } from './interpreters';
import { LearnerPool } from './learner-pool';
import { OutputBatcher } from './output-batcher';
import type { CheckListing, FromWorker, ListChecksRequest, ProjectFiles, RunOutcome, ToWorker } from './protocol';
import { hardenRealm } from './realm';
import { removeRequestSenders } from './request-senders';
import { sanitizeRunOutcome } from './run-outcome';

/** Where the runtime receives requests; replies go through the init message's reply port. */
export interface WorkerPort {
  onMessage(handler: (message: ToWorker) => void): void;
}

interface ReplyPort {
  postMessage(message: FromWorker): void;
}

export type WorkerRuntimeOptions = InterpreterOptions;
export { prepareLibrary } from './interpreters';

const PROJECTS_DIR = '/project';
const HOME_DIR = '/home/pyodide';

/** The interrupt buffer's two slots: Pyodide's signal, and how often the host asked Python to stop. */
interface Interrupts {
  signal: Int32Array;
  requests: Int32Array | null;
}

interface CheckerParts {
  py: PyodideAPI;
  serve: PythonBytesFunction;
  snapshot: Uint8Array;
}

interface Learner extends LearnerInterpreter {
  serve: PythonBytesFunction;
  runProgram: (requestJson: string) => string;
  /** While a check runs: the bridge the learner's code calls back through. */
  bridge: ByteBridge | null;
  /** While a Run runs: output and displays go to the host. */
  streaming: boolean;
  projects: Set<string>;
}

export function startWorkerRuntime(requests: WorkerPort, options: WorkerRuntimeOptions): void {
  let port: ReplyPort | null = null;
  let checker: CheckerParts | null = null;
  let pool: LearnerPool<Learner> | null = null;
  let interrupts: Interrupts | null = null;
  let indexURL = '';
  let currentId: number | null = null;
  let pythonRunning = false;
  /** Runs share one learner interpreter, kept from Run to Run as a Python session is; no check uses it. */
  let runner: Learner | null = null;
  const output = new OutputBatcher((stream, text) => {
    if (currentId !== null) port?.postMessage({ type: 'stream', id: currentId, stream, text });
  });
  /** Each project's data files, encoded once: every learner interpreter gets them as bytes. */
  const projects = new Map<string, EncodedProject>();
  /** The project of the last job, whose files the next learner interpreter gets as it starts. */
  let lastProject: string | undefined;

  async function init(url: string, interruptBuffer: SharedArrayBuffer | null, reply: ReplyPort): Promise<void> {
    const started = performance.now();
    port = reply;
    indexURL = url;
    reply.postMessage({ type: 'progress', stage: 'runtime' });
    if (interruptBuffer) {
      interrupts = {
        signal: new Int32Array(interruptBuffer, 0, 1),
        requests: interruptBuffer.byteLength >= 8 ? new Int32Array(interruptBuffer, 4, 1) : null,
      };
    }
    const { py, snapshot, startedFrom } = await startChecker(url, options);
    reply.postMessage({ type: 'progress', stage: 'buildpath' });
    checker = { py, snapshot, serve: connectChecker(py) };
    pool = new LearnerPool(bootLearner);
    await pool.prepare(); // the first one now: it also shows that learner interpreters start here
    const kept = removeRequestSenders();
    if (kept.length > 0) throw new Error(`Could not shut the worker off from the network (${kept.join(', ')})`);
    const pythonVersion = String(py.runPython('import sys; sys.version.split()[0]'));
    reply.postMessage({ type: 'ready', loadMs: Math.round(performance.now() - started), pythonVersion, startedFrom });
    hardenRealm(); // after the host's own set-up on 'ready' (the sandbox's lockdown), before any learner code
  }

  function connectChecker(py: PyodideAPI): PythonBytesFunction {
    py.setStdout({ write: (bytes: Uint8Array) => bytes.length }); // a check's output is captured in Python
    py.setStderr({ write: (bytes: Uint8Array) => bytes.length });
    py.setStdin({ error: true });
    if (interrupts) py.setInterruptBuffer(interrupts.signal);
    py.registerJsModule('_buildpath_sink', {
      check_started: (index: number, name: string, budgetSeconds: number) => {
        if (currentId !== null) port?.postMessage({ type: 'check-started', id: currentId, index, name, budgetSeconds });
      },
      test_done: (json: string) => {
        if (currentId !== null) port?.postMessage({ type: 'check-progress', id: currentId, test: JSON.parse(json) });
      },
      interrupt_count: () => (interrupts?.requests ? Atomics.load(interrupts.requests, 0) : 0),
      display: () => undefined, // checks show nothing; the learner's displays come through the link
    });
    py.runPython('import _buildpath_sink, buildpath._host\nbuildpath._host.connect(_buildpath_sink)\ndel _buildpath_sink');
    py.unregisterJsModule('_buildpath_sink');
    return pyFunction(py, 'buildpath._link', 'serve_js') as PythonBytesFunction;
  }

  async function bootLearner(): Promise<Learner> {
    if (!checker) throw new Error('Python is not loaded yet');
    const interpreter = await startLearner(indexURL, checker.snapshot, options);
    const { py } = interpreter;
    const learner: Learner = {
      ...interpreter,
      serve: () => undefined,
      runProgram: () => '',
      bridge: null,
      streaming: false,
      projects: new Set(),
    };
    py.setStdout({ write: (bytes: Uint8Array) => (learner.streaming ? output.write('stdout', bytes) : bytes.length) });
    py.setStderr({ write: (bytes: Uint8Array) => (learner.streaming ? output.write('stderr', bytes) : bytes.length) });
    py.setStdin({ error: true });
    py.registerJsModule('_buildpath_learner_host', {
      display: (json: unknown) => {
        if (learner.streaming && currentId !== null && typeof json === 'string') {
          port?.postMessage({ type: 'display', id: currentId, display: JSON.parse(json) });
        }
      },
      ask_checker: (data: unknown) => {
        if (!learner.bridge) throw new Error('no check is running');
        return learner.bridge.toChecker(data);
      },
    });
    py.runPython('import _buildpath_learner_host, buildpath._agent\nbuildpath._agent.connect_js(_buildpath_learner_host)\ndel _buildpath_learner_host');
    py.unregisterJsModule('_buildpath_learner_host');
    learner.serve = pyFunction(py, 'buildpath._agent', 'serve_js') as PythonBytesFunction;
    learner.runProgram = pyFunction(py, 'buildpath._agent', 'run_program') as (requestJson: string) => string;
    writeProjectOnce(learner, lastProject); // most likely the next job's
    // Last: a Stop pressed while this interpreter starts is for the job that will use it.
    if (interrupts) py.setInterruptBuffer(interrupts.signal);
    return learner;
  }

  /** The one place data files enter Python: kept here, written where a job needs them. */
  function receiveProjectFiles(project: ProjectFiles): void {
    const encoded = encodeProject(project);
    projects.set(project.slug, encoded);
    if (checker) writeProjectFiles(checker.py, encoded);
  }

  function projectDir(slug: string | undefined): string {
    if (slug === undefined) return HOME_DIR;
    if (!projects.has(slug)) throw new Error(`the data files of project "${slug}" were not sent to Python`);
    return `${PROJECTS_DIR}/${slug}`;
  }

  async function takeLearner(slug: string | undefined): Promise<Learner> {
    const learner = await pool!.take();
    writeProjectOnce(learner, slug);
    return learner;
  }

  function writeProjectOnce(learner: Learner, slug: string | undefined): void {
    if (slug !== undefined) lastProject = slug;
    const project = slug === undefined ? undefined : projects.get(slug);
    if (project && !learner.projects.has(project.slug)) {
      writeProjectFiles(learner.py, project);
      learner.projects.add(project.slug);
    }
  }

  /** Marks the time Python runs: a request arriving then can only come from learner code. */
  function inPython<T>(work: () => T): T {
    pythonRunning = true;
    try {
      return work();
    } finally {
      pythonRunning = false;
    }
  }

  /** Lets a learner interpreter go: none of its timers fires later, nothing keeps it alive. */
  function retire(learner: Learner): void {
    stopLeftoverTasks(learner.py);
    learner.globals.clearTimers();
    learner.bridge?.close();
    learner.bridge = null;
    for (const proxy of [learner.serve, learner.runProgram] as unknown as { destroy?: () => void }[]) {
      try {
        proxy.destroy?.();
      } catch {
        // An interpreter that failed for good cannot destroy its proxies; it is dropped anyway.
      }
    }
  }

  function runProgram(learner: Learner, code: string, filename: string, cwd: string): RunOutcome {
    learner.streaming = true;
    try {
      return sanitizeRunOutcome(JSON.parse(learner.runProgram(JSON.stringify({ code, filename, cwd }))));
    } finally {
      stopLeftoverTasks(learner.py); // its note goes to the learner's stderr
      output.flush();
      learner.streaming = false;
    }
  }

  function checkSubmission(learner: Learner, request: object): { result: unknown; used: boolean } {
    const parts = checker!;
    const bridge = new ByteBridge(learner.serve, parts.serve, isFatal);
    learner.bridge = bridge;
    const runner = parts.py.pyimport('buildpath._runner');
    try {
      const result: unknown = JSON.parse(runner.check_submission_js(JSON.stringify(request), bridge.toLearner) as string);
      return { result, used: bridge.used };
    } finally {
      runner.destroy();
      bridge.close();
      learner.bridge = null;
      output.flush();
    }
  }

  /** Reads what checks.py declares (validation), in the checker's interpreter. */
  function listChecks(request: ListChecksRequest): CheckListing {
    const listing = checker!.py.pyimport('buildpath._listing');
    try {
      return JSON.parse(listing.list_checks(JSON.stringify(request)) as string) as CheckListing;
    } finally {
      listing.destroy();
    }
  }

  async function handle(message: ToWorker): Promise<void> {
    if (message.type === 'init') {
      if (port) return; // initialised once; a later init could only come from learner code
      await init(message.indexURL, message.interruptBuffer, message.replyPort);
      return;
    }
    if (!checker || !pool || !port) throw new Error('Python is not loaded yet');
    if (message.type === 'project-files') {
      receiveProjectFiles(message.project);
      return;
    }
    currentId = message.id;
    output.reset();
    try {
      if (message.type === 'run') {
        const { code, filename, project } = message.request;
        const cwd = projectDir(project);
        runner ??= await takeLearner(project);
        writeProjectOnce(runner, project);
        const outcome = inPython(() => runProgram(runner!, code, filename, cwd));
        outcome.droppedChars = output.droppedChars;
        port.postMessage({ type: 'run-done', id: message.id, outcome });
      } else if (message.type === 'check') {
        const cwd = projectDir(message.request.project);
        const learner = await takeLearner(message.request.project);
        let checked: { result: unknown; used: boolean };
        try {
          checked = inPython(() => checkSubmission(learner, { ...message.request, cwd }));
        } catch (error) {
          retire(learner);
          throw error;
        }
        // A check that never needed the learner's code (the starter, unchanged) leaves it fresh.
        if (checked.used) retire(learner);
        else pool.giveBack(learner);
        port.postMessage({ type: 'check-done', id: message.id, result: checked.result as never });
      } else if (message.type === 'list-checks') {
        port.postMessage({ type: 'checks-listed', id: message.id, listing: inPython(() => listChecks(message.request)) });
      } else {
        throw new Error('unknown request');
      }
    } finally {
      currentId = null;
      pool.prepare().catch(() => undefined); // the next one starts now, so it is usually ready in time
    }
  }

  output.onCut(() => {
    if (currentId !== null) port?.postMessage({ type: 'output-cut', id: currentId });
  });

  const waiting: ToWorker[] = [];
  let handling = false;

  async function handleInTurn(): Promise<void> {
    if (handling) return;
    handling = true;
    try {
      for (let message = waiting.shift(); message; message = waiting.shift()) {
        const reply: ReplyPort | null = message.type === 'init' && !port ? message.replyPort : port;
        try {
          await handle(message);
        } catch (error) {
          const id = 'id' in message ? message.id : null;
          reply?.postMessage({ type: 'failed', id, message: describeFailure(error), fatal: isFatal(error) });
        }
      }
    } finally {
      handling = false;
    }
  }

  requests.onMessage((message) => {
    // The host sends nothing while Python runs, but learner code can put messages on this
    // port from inside a job (Node's parentPort.emit, a synthetic MessageEvent in browsers)
    // to run a forged check whose verdict would answer the real job. Requests arriving
    // while a job waits for an interpreter to start are handled in turn.
    if (pythonRunning || typeof message !== 'object' || message === null) return;
    waiting.push(message);
    void handleInTurn();
  });
}

interface EncodedProject {
  slug: string;
  files: Array<[string, Uint8Array]>;
}

function encodeProject(project: ProjectFiles): EncodedProject {
  const encoder = new TextEncoder();
  return { slug: project.slug, files: Object.entries(project.files).map(([relative, content]) => [relative, encoder.encode(content)]) };
}

function writeProjectFiles(py: PyodideAPI, project: EncodedProject): void {
  const root = `${PROJECTS_DIR}/${project.slug}`;
  py.FS.mkdirTree(root); // the working directory, even for a project without data
  for (const [relative, content] of project.files) {
    const path = `${root}/${relative}`;
    py.FS.mkdirTree(path.slice(0, path.lastIndexOf('/')));
    py.FS.writeFile(path, content);
  }
}

function pyFunction(py: PyodideAPI, module: string, name: string): unknown {
  const found = py.pyimport(module);
  try {
    return (found[name] as { copy(): unknown }).copy();
  } finally {
    found.destroy();
  }
}

/**
 * asyncio tasks a program started and never awaited would run on after it ended,
 * burning time. They are cancelled when the program ends, and the learner is told.
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
    try {
      scratch?.destroy();
    } catch {
      // as above
    }
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

// Entry of the sandboxed Python process (bundled by esbuild, run by
// sandboxed-worker.ts under Node's permission model). It speaks to the parent over
// IPC only, loads Pyodide with a small `js` module, locks the process down before
// any learner code runs, and answers through the shared worker runtime.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadPyodide, version } from 'pyodide';
import type { PyodideAPI } from 'pyodide';
import type { FromWorker, ToWorker } from '../../../shared/python/protocol';
import { startWorkerRuntime } from '../../../shared/python/worker-runtime';
import type { SnapshotStore } from '../../../shared/python/snapshots';
import { MEMORY_EXIT_CODE, TOKEN_VARIABLE, type FromSandbox, type ToSandbox } from './ipc';
import { capWasmMemory, constantsOnlyBinding, lockDown } from './lockdown';
import { takeRefusals } from './refusals';
import { sandboxGlobals, closePyodideEscapes } from './python-reach';
import { reportRefusals } from './refusal-report';
import { reuseCompiledWasm } from '../reuse-compiled-wasm';

const token = process.env[TOKEN_VARIABLE] ?? '';
delete process.env[TOKEN_VARIABLE];
const send = process.send?.bind(process);
const exit = process.exit.bind(process);
const activeResources = process.getActiveResourcesInfo.bind(process);
if (!send || !token) throw new Error('python-child must be started by sandboxed-worker.ts');

type Unsigned<T> = T extends unknown ? Omit<T, 'token'> : never;

function post(message: Unsigned<FromSandbox>): void {
  send!({ ...message, token });
}

let started = false;
let forward: ((message: ToWorker) => void) | null = null;
/** Interpreters started before the lockdown; those started after are closed as they start. */
const startedEarly = new Set<PyodideAPI>();
let lockedDown = false;
const refusedThisJob = new Set<string>();

process.on('message', (raw: ToSandbox) => {
  if (raw?.kind === 'start' && !started) {
    started = true;
    start(raw);
  } else if (raw?.kind === 'request' && forward) {
    const message = raw.message;
    forward(message.type === 'init' ? { ...message, interruptBuffer: null, replyPort: replyPort as never } : message);
  }
});

const replyPort = {
  postMessage(message: FromWorker): void {
    if (message.type === 'ready') {
      lockDown();
      lockedDown = true;
      for (const py of startedEarly) closePyodideEscapes(py);
      startedEarly.clear();
    }
    for (const what of takeRefusals()) refusedThisJob.add(what);
    if (!isFinal(message) || message.id === null) {
      post({ kind: 'reply', message });
      return;
    }
    const refused = [...refusedThisJob];
    refusedThisJob.clear();
    // Every job's learner code runs in a fresh interpreter (worker-runtime.ts). After a
    // refusal, or after a job that left timers behind in this process, the parent also
    // starts a fresh process (at once, so it is usually ready by the time the next job comes).
    const retire = refused.length > 0 || leftBehind();
    post({ kind: 'reply', message: reportRefusals(message, refused), retire });
    if (retire) setImmediate(() => exit(0));
  },
};

function isFinal(message: FromWorker): message is Extract<FromWorker, { id: number | null; type: 'run-done' | 'check-done' | 'checks-listed' | 'failed' }> {
  return message.type === 'run-done' || message.type === 'check-done' || message.type === 'checks-listed' || message.type === 'failed';
}

/** Timers or handles left by a job (beyond the IPC pipe) would act during the next one. */
function leftBehind(): boolean {
  return activeResources().some((name) => name !== 'PipeWrap' && name !== 'TTYWrap');
}

/** The permission model denies process.binding, which Emscripten's NODEFS reads file-flag constants from. */
function lendConstants(): void {
  (process as unknown as { binding: (name: string) => unknown }).binding = constantsOnlyBinding;
}

function start(options: Extract<ToSandbox, { kind: 'start' }>): void {
  lendConstants();
  reuseCompiledWasm();
  capWasmMemory(options.memoryLimitMb * 1024 * 1024, () => exit(MEMORY_EXIT_CODE) as never);
  startWorkerRuntime(
    { onMessage: (handler) => (forward = handler) },
    {
      loadPyodide: async (pyodideOptions) => {
        const py = (await loadPyodide({ jsglobals: sandboxGlobals(), ...pyodideOptions } as never)) as PyodideAPI;
        if (lockedDown) closePyodideEscapes(py);
        else startedEarly.add(py);
        return py;
      },
      pyodideVersion: `${version}-sandbox`,
      pythonSources: options.pythonSources,
      snapshots: options.snapshotDir ? parentWrittenSnapshots(options.snapshotDir) : undefined,
    },
  );
}

/** Reads snapshots from the cache folder; the parent writes them (this process may write nowhere). */
function parentWrittenSnapshots(directory: string): SnapshotStore {
  return {
    async load(key) {
      try {
        return new Uint8Array(await readFile(path.join(directory, `${key}.snapshot`)));
      } catch {
        return null;
      }
    },
    async save(key, bytes) {
      post({ kind: 'save-snapshot', key, bytes });
    },
    async discard(key) {
      post({ kind: 'discard-snapshot', key });
    },
  };
}

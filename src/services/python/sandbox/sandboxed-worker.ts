// The parent side of the sandbox: runs Python in a child process under Node's
// permission model and presents it to PythonClient as a WorkerLike. Replies are
// accepted only with the child's secret and in a valid shape; the start-up
// snapshot the child makes is written here (the child may write nowhere). A child
// that says it must not be reused (see python-child.ts) is replaced behind the
// client's back, with the same project files, before the next request goes out.

import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { ProjectFiles, ToWorker } from '../../../shared/python/protocol';
import type { WorkerLike } from '../../../shared/python/python-client';
import { fileSnapshots } from '../file-snapshots';
import { MEMORY_EXIT_CODE, TOKEN_VARIABLE, type FromSandbox, type ToSandbox } from './ipc';
import { isFromSandbox, validateReply } from './reply-checks';
import { permissionArguments, permissionSupport } from './node-permissions';

export interface SandboxOptions {
  /** The bundled python-child script. */
  childScript: string;
  /** The Pyodide runtime folder. */
  pyodideDir: string;
  /** Buildpath's Python package, sent to the child (path under src/python → source). */
  pythonSources: Record<string, string>;
  /** Where the start-up snapshot lives; null for none. */
  snapshotDir: string | null;
  /** WebAssembly memory the child's Python may use. */
  memoryLimitMb: number;
  /** JavaScript heap of the child. */
  heapLimitMb?: number;
  /** Run without the permission model (only where Node has none, after the user said --unsafe). */
  unsafe?: boolean;
  /**
   * Collect JavaScript garbage on the child's own thread, without V8's helper threads:
   * for a batch whose processes already keep every core busy, where the helpers only
   * take time from the other processes (BENCHMARKS.md, "Grading a class").
   */
  gcOnMainThread?: boolean;
}

export const DEFAULT_MEMORY_LIMIT_MB = 256;

export function spawnSandboxedWorker(options: SandboxOptions): WorkerLike {
  let errorHandler: ((error: Error) => void) | null = null;
  let replyPort: MessagePort | null = null;
  let init: Extract<ToWorker, { type: 'init' }> | null = null;
  const projects = new Map<string, ProjectFiles>();
  let child: ChildProcess;
  let token = '';
  let ready = false;
  /** Requests held while a replacement child starts. */
  let held: ToWorker[] = [];
  let terminated = false;
  let replacing = false;

  function startChild(): void {
    token = randomBytes(32).toString('hex');
    ready = false;
    const support = permissionSupport();
    if (!support.flag && !options.unsafe) throw new Error(`Python cannot be sandboxed: ${support.reason}`);
    const readable = [options.childScript, options.pyodideDir, ...(options.snapshotDir ? [options.snapshotDir] : [])];
    const current = fork(options.childScript, [], {
      execArgv: [...permissionArguments(support, readable), `--max-old-space-size=${options.heapLimitMb ?? 512}`, '--disable-warning=ExperimentalWarning', ...(options.gcOnMainThread ? ['--single-threaded-gc'] : [])],
      env: { [TOKEN_VARIABLE]: token },
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    child = current;
    current.on('message', (raw: unknown) => {
      if (current === child) receive(raw);
    });
    current.on('exit', (code, signal) => {
      if (current !== child || terminated) return;
      errorHandler?.(new Error(exitExplanation(code, signal, options)));
    });
    current.on('error', (error) => {
      if (current === child && !terminated) errorHandler?.(error);
    });
    const start: ToSandbox = { kind: 'start', pythonSources: options.pythonSources, snapshotDir: options.snapshotDir, memoryLimitMb: options.memoryLimitMb };
    current.send(start);
  }

  function toChild(message: ToWorker): void {
    const { type } = message;
    const forwarded = type === 'init' ? { type, indexURL: message.indexURL } : message;
    const envelope: ToSandbox = { kind: 'request', message: forwarded as never };
    if (child.connected) child.send(envelope);
  }

  function receive(raw: unknown): void {
    if (!isFromSandbox(raw, token)) return;
    const message = raw as FromSandbox;
    if (message.kind === 'save-snapshot' || message.kind === 'discard-snapshot') {
      if (ready || !options.snapshotDir) return; // only before learner code could have run
      const store = fileSnapshots(options.snapshotDir);
      void (message.kind === 'save-snapshot' ? store.save(message.key, message.bytes) : store.discard(message.key)).catch(() => undefined);
      return;
    }
    const checked = validateReply(message.message);
    if (!checked.ok) {
      // A job must still end: a refused final reply becomes a failure of that job.
      const id = (message.message as { id?: unknown } | null)?.id;
      if (Number.isSafeInteger(id)) replyPort?.postMessage({ type: 'failed', id: id as number, message: `Python's reply was refused (${checked.reason})` });
      return;
    }
    const reply = checked.message;
    if (replacing) {
      // A replacement's start-up: the client is already ready and hears nothing of it.
      if (reply.type === 'ready') {
        ready = true;
        replacing = false;
        const queue = held;
        held = [];
        for (const request of queue) toChild(request);
      } else if (reply.type === 'failed') errorHandler?.(new Error(`Python could not be restarted: ${reply.message}`));
      return;
    }
    if (reply.type === 'ready') ready = true;
    replyPort?.postMessage(reply);
    if (message.retire) replace();
  }

  function replace(): void {
    const old = child;
    old.removeAllListeners('exit');
    old.kill('SIGKILL');
    replacing = true;
    held = [...[...projects.values()].map((project): ToWorker => ({ type: 'project-files', project })), ...held];
    startChild();
    if (init) toChild(init);
  }

  startChild();
  return {
    postMessage(message) {
      if (message.type === 'init') {
        init = message;
        replyPort = message.replyPort;
      } else if (message.type === 'project-files') {
        projects.set(message.project.slug, message.project);
      }
      if (replacing) held.push(message);
      else toChild(message);
    },
    onError(handler) {
      errorHandler = handler;
    },
    terminate() {
      terminated = true;
      child.kill('SIGKILL');
      replyPort?.close();
    },
  };
}

function exitExplanation(code: number | null, signal: NodeJS.Signals | null, options: SandboxOptions): string {
  if (code === MEMORY_EXIT_CODE) return `your code used more than ${options.memoryLimitMb} MB of memory`;
  if (signal === 'SIGABRT' || signal === 'SIGTRAP' || code === 134) return `your code used more than ${options.heapLimitMb ?? 512} MB of JavaScript memory`;
  return signal ? `the Python process was ended by ${signal}` : `the Python process exited with code ${code}`;
}

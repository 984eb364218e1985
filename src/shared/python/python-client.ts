// The host side of the Python worker: one job at a time, Stop through Pyodide's
// interrupt buffer, time budgets for checks, and a fresh worker when Python does
// not stop when asked. Used by the renderer (module Worker) and by Node (worker
// thread) alike; only `spawn` differs.

import type { CheckResult, TestResult } from '../check-result';
import type { DisplayRecord } from '../display';
import type { CheckListing, CheckRequest, FromWorker, ListChecksRequest, LoadStage, ProjectFiles, RunOutcome, RunRequest, Stream, ToWorker } from './protocol';

export interface WorkerLike {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  onError(handler: (error: Error) => void): void;
  terminate(): void;
}

export interface ReadyInfo {
  loadMs: number;
  pythonVersion: string;
  /** Whether Python started from a saved memory snapshot or from scratch. */
  startedFrom: 'snapshot' | 'fresh';
}

export type ClientStatus =
  | { kind: 'loading'; stage: LoadStage }
  | ({ kind: 'ready' } & ReadyInfo)
  | { kind: 'restarting'; reason: string }
  | { kind: 'failed'; message: string };

export interface RunHandlers {
  onStream?(stream: Stream, text: string): void;
  onDisplay?(record: DisplayRecord): void;
  onOutputCut?(): void;
}

export interface CheckHandlers {
  onTest?(test: TestResult): void;
}

export type RunResult = RunOutcome & { restarted?: boolean };

export interface PythonClientOptions {
  indexURL: string;
  /** How long Python has to stop after being interrupted before the worker is replaced. */
  graceMs?: number;
  /**
   * The data files of a project that a request names; asked for once per worker, before
   * its first job for that project. Without it, requests may not name a project.
   */
  projectFiles?: (slug: string) => Promise<ProjectFiles>;
}

interface Job {
  id: number;
  kind: 'run' | 'check' | 'list';
  started: number;
  finish(message: FromWorker | Abandoned): void;
  onMessage(message: FromWorker): void;
}

/** The worker was replaced while the job ran: stopped by the user, over its time budget, or crashed. */
interface Abandoned {
  type: 'abandoned';
  reason: 'stopped' | 'timeout' | 'crashed';
  /** What the learner is told when Python crashed. */
  explanation?: string;
}

/** The reply that ends each kind of job (besides `failed`); another kind's is ignored. */
const FINAL_REPLY: Record<Job['kind'], FromWorker['type']> = { run: 'run-done', check: 'check-done', list: 'checks-listed' };

const STOP_REQUEST = 2; // SIGINT, as Pyodide's interrupt buffer expects

export class PythonClient {
  private worker!: WorkerLike;
  private replies: MessagePort | null = null;
  private readonly interrupt: Int32Array | null;
  private readyPromise!: Promise<ReadyInfo>;
  private readyInfo: ReadyInfo | null = null;
  private listeners = new Set<(status: ClientStatus) => void>();
  private job: Job | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  /** Projects whose data files the current worker holds; a new worker starts with none. */
  private projectsSent = new Set<string>();
  private budgetTimer: ReturnType<typeof setTimeout> | undefined;
  private escalateTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly graceMs: number;
  private disposed = false;

  constructor(
    private readonly spawn: () => WorkerLike,
    private readonly options: PythonClientOptions,
  ) {
    this.graceMs = options.graceMs ?? 1500;
    const canShare = typeof SharedArrayBuffer !== 'undefined' && (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated !== false;
    // Slot 0 is Pyodide's interrupt signal; slot 1 counts the times the host asked Python
    // to stop, so the checker can tell a real interrupt from a KeyboardInterrupt the learner raised.
    this.interrupt = canShare ? new Int32Array(new SharedArrayBuffer(8)) : null;
    this.startWorker();
  }

  /** Whether Stop can interrupt Python in place (needs cross-origin isolation). */
  get canInterrupt(): boolean {
    return this.interrupt !== null;
  }

  onStatus(listener: (status: ClientStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  ready(): Promise<ReadyInfo> {
    return this.readyPromise;
  }

  get isBusy(): boolean {
    return this.job !== null;
  }

  run(request: RunRequest, handlers: RunHandlers = {}): Promise<RunResult> {
    return this.enqueue<RunResult>('run', request.project, (id, started) => ({
      onMessage: (message) => {
        if (message.type === 'stream') handlers.onStream?.(message.stream, message.text);
        else if (message.type === 'display') handlers.onDisplay?.(message.display);
        else if (message.type === 'output-cut') handlers.onOutputCut?.();
      },
      toResult: (message) => {
        if (message.type === 'run-done') return message.outcome;
        const durationMs = Date.now() - started;
        if (message.type === 'abandoned' && message.reason === 'crashed' && message.explanation) {
          return { status: 'error', traceback: message.explanation, durationMs, droppedChars: 0, restarted: true };
        }
        if (message.type === 'abandoned') {
          return { status: 'interrupted', durationMs, droppedChars: 0, restarted: true };
        }
        if (message.type === 'failed' && message.message === 'interrupted') {
          return { status: 'interrupted', durationMs, droppedChars: 0 };
        }
        const text = message.type === 'failed' ? message.message : 'unexpected reply';
        return { status: 'error', traceback: `Python stopped unexpectedly: ${text}`, durationMs, droppedChars: 0 };
      },
      post: () => this.worker.postMessage({ type: 'run', id, request }),
    }));
  }

  check(request: CheckRequest, handlers: CheckHandlers = {}): Promise<CheckResult> {
    const tests: TestResult[] = [];
    let current: { index: number; name: string; budgetSeconds: number } | null = null;
    return this.enqueue<CheckResult>('check', request.project, (id, started) => ({
      onMessage: (message) => {
        if (message.type === 'check-started') {
          current = message;
          this.armBudget(message.budgetSeconds);
        } else if (message.type === 'check-progress') {
          this.clearBudget();
          if (message.test) {
            tests.push(message.test);
            handlers.onTest?.(message.test);
          }
          current = null;
        }
      },
      toResult: (message) => {
        if (message.type === 'check-done') return message.result;
        const partial = (status: CheckResult['status'], text: string, extra: TestResult[] = []): CheckResult => ({
          version: 3,
          format: 'buildpath-check/1',
          status,
          message: text,
          error_line: null,
          project: request.project,
          milestone: request.milestone,
          tests: [...tests, ...extra],
          displays: [],
          duration_ms: Date.now() - started,
        });
        if (message.type === 'abandoned' && message.reason === 'timeout' && current) {
          const culprit: TestResult = {
            name: current.name,
            task_id: null,
            status: 'timeout',
            message: `This check took longer than ${current.budgetSeconds} s and your code did not stop when asked, so Python was restarted. The checks after it were not run.`,
            output: null,
            hidden: false,
            duration_ms: current.budgetSeconds * 1000,
          };
          return current.index < 0
            ? partial('error', `Your code took longer than ${current.budgetSeconds} s to run and did not stop when asked, so Python was restarted.`)
            : partial('fail', culprit.message!, [culprit]);
        }
        if (message.type === 'abandoned' && message.reason === 'crashed' && message.explanation) {
          return partial('error', message.explanation);
        }
        if (message.type === 'abandoned' || (message.type === 'failed' && message.message === 'interrupted')) {
          return partial('error', 'Checking was stopped before it finished.');
        }
        const text = message.type === 'failed' ? message.message : 'unexpected reply';
        return partial('error', `The checker could not run: ${text}`);
      },
      post: () => this.worker.postMessage({ type: 'check', id, request }),
    }));
  }

  /** What checks.py declares, read by running it in Python (validation; see buildpath/_listing.py). */
  listChecks(request: ListChecksRequest): Promise<CheckListing> {
    return this.enqueue<CheckListing>('list', undefined, (id) => ({
      onMessage: () => undefined,
      toResult: (message) => {
        if (message.type === 'checks-listed') return message.listing;
        if (message.type === 'abandoned') return { error: 'Python stopped before checks.py was read' };
        return { error: message.type === 'failed' ? message.message : 'unexpected reply' };
      },
      post: () => this.worker.postMessage({ type: 'list-checks', id, request }),
    }));
  }

  /** Stop the running job: interrupt Python, and replace the worker if it does not stop in time. */
  async stop(): Promise<'idle' | 'interrupted' | 'restarted'> {
    const job = this.job;
    if (!job) return 'idle';
    if (this.interrupt) {
      this.requestInterrupt(this.interrupt);
      const stopped = await this.waitForJobEnd(job, this.graceMs);
      if (stopped) return 'interrupted';
    }
    if (this.job === job) this.restart(job, 'stopped', 'Your program did not stop when asked, so Python was restarted.');
    return 'restarted';
  }

  dispose(): void {
    this.disposed = true;
    this.clearBudget();
    this.job?.finish({ type: 'abandoned', reason: 'crashed' });
    this.stopWorker();
  }

  // ------------------------------------------------------------------ internals

  private enqueue<T>(
    kind: Job['kind'],
    project: string | undefined,
    build: (id: number, started: number) => {
      onMessage(message: FromWorker): void;
      toResult(message: Parameters<Job['finish']>[0]): T;
      post(): void;
    },
  ): Promise<T> {
    const result = this.queue.then(async () => {
      const failed = (message: string) => build(0, Date.now()).toResult({ type: 'failed', id: null, message });
      try {
        await this.readyPromise;
      } catch (error) {
        return failed(String(error));
      }
      try {
        if (project !== undefined) await this.sendProjectFiles(project);
      } catch (error) {
        return failed(`the project's data files could not be sent to Python: ${error instanceof Error ? error.message : String(error)}`);
      }
      return new Promise<T>((resolve) => {
        const id = this.nextId++;
        const started = Date.now();
        const parts = build(id, started);
        const job: Job = {
          id,
          kind,
          started,
          onMessage: parts.onMessage,
          finish: (message) => {
            if (this.job !== job) return;
            this.job = null;
            this.clearBudget();
            resolve(parts.toResult(message));
          },
        };
        this.job = job;
        if (this.interrupt) Atomics.store(this.interrupt, 0, 0);
        parts.post();
      });
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Sends a project's data files unless the current worker has them; resolves when the worker is ready for the job. */
  private async sendProjectFiles(slug: string): Promise<void> {
    if (this.projectsSent.has(slug)) return;
    if (!this.options.projectFiles) throw new Error(`no data files can be sent for project "${slug}"`);
    const files = await this.options.projectFiles(slug);
    await this.readyPromise; // the worker may have been replaced meanwhile
    if (this.projectsSent.has(slug)) return;
    this.worker.postMessage({ type: 'project-files', project: files });
    this.projectsSent.add(slug);
  }

  private startWorker(): void {
    this.readyInfo = null;
    this.projectsSent = new Set();
    this.worker = this.spawn();
    const channel = new MessageChannel();
    this.replies = channel.port1;
    this.emit({ kind: 'loading', stage: 'starting' });
    this.readyPromise = new Promise<ReadyInfo>((resolve, reject) => {
      channel.port1.onmessage = (event: MessageEvent<FromWorker>) => {
        const message = event.data;
        if (!isReply(message)) return; // only the runtime writes here, but a bad reply must not throw
        if (message.type === 'progress') this.emit({ kind: 'loading', stage: message.stage });
        else if (message.type === 'ready') {
          this.readyInfo = { loadMs: message.loadMs, pythonVersion: message.pythonVersion, startedFrom: message.startedFrom };
          this.emit({ kind: 'ready', ...this.readyInfo });
          resolve(this.readyInfo);
        } else if (message.type === 'failed' && message.id === null && !this.readyInfo) {
          this.emit({ kind: 'failed', message: message.message });
          reject(new Error(message.message));
        } else this.route(message);
      };
      const worker = this.worker;
      this.worker.onError((error) => {
        if (worker !== this.worker) return; // a replaced worker reporting its own termination
        if (!this.readyInfo) {
          this.emit({ kind: 'failed', message: error.message });
          reject(error);
        } else this.restart(this.job, 'crashed', crashExplanation(error.message));
      });
    });
    this.readyPromise.catch(() => undefined);
    const interruptBuffer = (this.interrupt?.buffer as SharedArrayBuffer | undefined) ?? null;
    this.worker.postMessage(
      { type: 'init', indexURL: this.options.indexURL, interruptBuffer, replyPort: channel.port2 },
      [channel.port2],
    );
  }

  private stopWorker(): void {
    this.replies?.close();
    this.replies = null;
    this.worker.terminate();
  }

  private route(message: FromWorker): void {
    const job = this.job;
    if (!job || !('id' in message) || message.id !== job.id) return;
    if (message.type === 'failed' && message.fatal) this.restart(job, 'crashed', crashExplanation(message.message));
    else if (message.type === 'failed' || message.type === FINAL_REPLY[job.kind]) job.finish(message);
    else job.onMessage(message);
  }

  /** Replaces the worker; `job` is null when the worker died between jobs (a timer the learner left behind). */
  private restart(job: Job | null, reason: Abandoned['reason'], explanation: string): void {
    if (this.disposed) return;
    this.stopWorker();
    this.emit({ kind: 'restarting', reason: explanation });
    job?.finish({ type: 'abandoned', reason, explanation });
    this.startWorker();
  }

  private armBudget(seconds: number): void {
    this.clearBudget();
    const job = this.job;
    if (!job) return;
    this.budgetTimer = setTimeout(() => {
      if (this.interrupt) this.requestInterrupt(this.interrupt);
      this.escalateTimer = setTimeout(() => {
        if (this.job === job) this.restart(job, 'timeout', 'A check did not stop when its time was up, so Python was restarted.');
      }, this.interrupt ? this.graceMs : 0);
    }, seconds * 1000);
  }

  private requestInterrupt(buffer: Int32Array): void {
    Atomics.add(buffer, 1, 1);
    Atomics.store(buffer, 0, STOP_REQUEST);
  }

  private clearBudget(): void {
    clearTimeout(this.budgetTimer);
    clearTimeout(this.escalateTimer);
  }

  private waitForJobEnd(job: Job, ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const deadline = Date.now() + ms;
      const poll = () => {
        if (this.job !== job) resolve(true);
        else if (Date.now() >= deadline) resolve(false);
        else setTimeout(poll, 20);
      };
      poll();
    });
  }

  private emit(status: ClientStatus): void {
    for (const listener of this.listeners) listener(status);
  }
}

function isReply(message: unknown): message is FromWorker {
  return typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string';
}

function crashExplanation(cause: string): string {
  return `Python crashed (${cause}) and was restarted; your code is unchanged. Code that recurses very deeply after raising the recursion limit, or that ends the worker, does this.`;
}

// The renderer's side of the language worker. It starts the worker on the first
// question, answers "not ready" with nothing until Pyodide is up, and keeps at most
// one question of each kind waiting: a newer one supersedes it (typing moves on).

import type { LearnerObjects } from '../../shared/language/learner-objects';
import type { FromLanguageWorker, LanguageAnswer, LanguageRequest, ToLanguageWorker } from '../../shared/language/protocol';

type Kind = LanguageRequest['type'];

interface Question {
  request: LanguageRequest;
  settle(answer: unknown): void;
}

export interface LanguagePort {
  postMessage(message: ToLanguageWorker): void;
  onMessage(handler: (message: FromLanguageWorker) => void): void;
  onError(handler: () => void): void;
}

export class LanguageClient {
  private port: LanguagePort | null = null;
  private ready = false;
  private broken = false;
  private nextId = 1;
  private readonly asked = new Map<number, Question>();
  private readonly askedKinds = new Set<Kind>();
  private readonly waiting = new Map<Kind, Question>();
  private readonly readyListeners = new Set<() => void>();
  /** The last Run's objects, sent again when a worker becomes ready. */
  private learnerObjects: LearnerObjects | null = null;

  constructor(
    private readonly spawn: () => LanguagePort,
    private readonly indexURL: string,
  ) {}

  /** Starts the worker if it is not started yet. */
  start(): void {
    if (this.port || this.broken) return;
    const port = this.spawn();
    this.port = port;
    port.onMessage((message) => this.receive(message));
    port.onError(() => this.fail());
    port.postMessage({ type: 'init', indexURL: this.indexURL });
  }

  /** Called once the worker can answer (at once when it already can). */
  onReady(listener: () => void): () => void {
    if (this.ready) listener();
    else this.readyListeners.add(listener);
    return () => this.readyListeners.delete(listener);
  }

  /** What the last Run left in its globals: completions after `name.` offer their attributes. */
  setLearnerObjects(objects: LearnerObjects): void {
    this.learnerObjects = objects;
    if (this.ready) this.port?.postMessage({ type: 'learner-objects', objects });
  }

  /** The answer, or null when the worker is not ready, failed, or a newer question replaced this one. */
  ask<R extends LanguageRequest>(request: R): Promise<LanguageAnswer<R['type']> | null> {
    this.start();
    if (!this.ready) return Promise.resolve(null);
    return new Promise((resolve) => {
      const question: Question = { request, settle: resolve as (answer: unknown) => void };
      if (!this.askedKinds.has(request.type)) this.send(question);
      else {
        this.waiting.get(request.type)?.settle(null);
        this.waiting.set(request.type, question);
      }
    });
  }

  private send(question: Question): void {
    const id = this.nextId++;
    this.asked.set(id, question);
    this.askedKinds.add(question.request.type);
    this.port?.postMessage({ type: 'ask', id, request: question.request });
  }

  private receive(message: FromLanguageWorker): void {
    if (message.type === 'ready') {
      this.ready = true;
      if (this.learnerObjects) this.port?.postMessage({ type: 'learner-objects', objects: this.learnerObjects });
      for (const listener of this.readyListeners) listener();
      this.readyListeners.clear();
      return;
    }
    if (message.id === null) {
      this.fail();
      return;
    }
    const question = this.asked.get(message.id);
    if (!question) return;
    this.asked.delete(message.id);
    this.askedKinds.delete(question.request.type);
    question.settle(message.type === 'answer' ? message.answer : null);
    const next = this.waiting.get(question.request.type);
    if (next) {
      this.waiting.delete(question.request.type);
      this.send(next);
    }
  }

  /** Without its worker the editor simply offers no help; nothing else depends on it. */
  private fail(): void {
    this.broken = true;
    this.ready = false;
    for (const question of [...this.asked.values(), ...this.waiting.values()]) question.settle(null);
    this.asked.clear();
    this.askedKinds.clear();
    this.waiting.clear();
  }
}

function spawnLanguageWorker(): LanguagePort {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'python-language' });
  return {
    postMessage: (message) => worker.postMessage(message),
    onMessage: (handler) => {
      worker.onmessage = (event: MessageEvent<FromLanguageWorker>) => handler(event.data);
    },
    onError: (handler) => {
      worker.onerror = (event) => {
        event.preventDefault();
        handler();
      };
    },
  };
}

export const language = new LanguageClient(spawnLanguageWorker, new URL('/pyodide/', window.location.href).href);

// Learner interpreters, one kept ready: a job takes it and the next starts at once,
// so the learner usually never waits for one to start.

export class LearnerPool<T> {
  private ready: Promise<T> | null = null;

  constructor(private readonly start: () => Promise<T>) {}

  /** Starts the next one unless one is ready or starting; resolves when it is ready. */
  prepare(): Promise<T> {
    if (!this.ready) {
      const starting = this.start();
      starting.catch(() => {
        if (this.ready === starting) this.ready = null; // the next take tries again
      });
      this.ready = starting;
    }
    return this.ready;
  }

  /** The ready one (waiting for it if it is still starting); it is the taker's from now on. */
  async take(): Promise<T> {
    const next = this.prepare();
    this.ready = null;
    return next;
  }

  /** One taken but never used (no learner code ran in it) can serve the next job. */
  giveBack(unused: T): void {
    if (!this.ready) this.ready = Promise.resolve(unused);
  }
}

// What `import js` is in an interpreter that runs learner code: a small object, never
// the worker's global scope. Its timers are counted, so when the interpreter is let
// go none of them fires later (a timer left by one job would otherwise act in the next).

type Timer = ReturnType<typeof setTimeout>;

export interface LearnerGlobals {
  /** Passed to loadPyodide as `jsglobals`. */
  scope: object;
  /** Cancels every timer and interval the interpreter set that has not fired yet. */
  clearTimers(): void;
  /** Whether any is still pending. */
  hasTimers(): boolean;
}

export function learnerGlobals(): LearnerGlobals {
  const pending = new Set<Timer>();
  const intervals = new Set<Timer>();
  let open = true;
  const scope = Object.assign(Object.create(null) as object, {
    setTimeout(callback: (...args: unknown[]) => void, delay?: number, ...args: unknown[]): Timer | undefined {
      if (!open) return undefined;
      const timer: Timer = setTimeout(() => {
        pending.delete(timer);
        callback(...args);
      }, delay);
      pending.add(timer);
      return timer;
    },
    clearTimeout(timer: Timer): void {
      pending.delete(timer);
      clearTimeout(timer);
    },
    setInterval(callback: (...args: unknown[]) => void, delay?: number, ...args: unknown[]): Timer | undefined {
      if (!open) return undefined;
      const timer = setInterval(callback, delay, ...args);
      intervals.add(timer);
      return timer;
    },
    clearInterval(timer: Timer): void {
      intervals.delete(timer);
      clearInterval(timer);
    },
    Object,
    Array,
    Date,
    Uint8Array,
    WeakRef,
  });
  return {
    scope,
    clearTimers() {
      open = false;
      for (const timer of pending) clearTimeout(timer);
      for (const timer of intervals) clearInterval(timer);
      pending.clear();
      intervals.clear();
    },
    hasTimers: () => pending.size + intervals.size > 0,
  };
}

// Saving before the window closes, written against the few Electron methods it uses
// so tests can drive it without Electron (tests/unit/close-guard.test.ts). The first
// 'close' is held back while the renderer is asked to save what is pending (an edit
// whose debounce has not fired, a progress event in flight); the window then closes
// when the renderer answers, or after a short timeout so a hung renderer never
// keeps the app from quitting.

/** Long enough for a local save, short enough not to feel like a hang. */
export const SAVE_BEFORE_CLOSE_TIMEOUT_MS = 2000;

interface PreventableEvent {
  preventDefault(): void;
}

export interface ClosingWindow {
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

export interface CloseTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: CloseTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Holds the window's first close until `askToSave` settles (answered, failed or
 * thrown) or `timeoutMs` passes, whichever is first, then closes it for real.
 * Closes asked for while waiting are held back too: the wait is bounded anyway.
 */
export function saveBeforeClose(
  window: ClosingWindow,
  askToSave: () => Promise<unknown>,
  options: { timeoutMs?: number; timers?: CloseTimers } = {},
): void {
  const { timeoutMs = SAVE_BEFORE_CLOSE_TIMEOUT_MS, timers = realTimers } = options;
  let phase: 'open' | 'saving' | 'closing' = 'open';

  window.on('close', (event) => {
    if (phase === 'closing') return;
    event.preventDefault();
    if (phase === 'saving') return;
    phase = 'saving';
    let timer: unknown;
    const close = () => {
      if (phase !== 'saving') return;
      phase = 'closing';
      timers.clearTimeout(timer);
      if (!window.isDestroyed()) window.close();
    };
    timer = timers.setTimeout(close, timeoutMs);
    let answered: Promise<unknown>;
    try {
      answered = Promise.resolve(askToSave());
    } catch {
      answered = Promise.resolve();
    }
    answered.then(close, close);
  });
}

/**
 * Requests to the renderer and their answers, matched by id: only an answer to a
 * request still open settles it, once; anything else is ignored.
 */
export class SaveRequests {
  private nextId = 0;
  private readonly open = new Map<number, () => void>();

  /** `send` delivers the request (webContents.send); if it throws, so does the promise. */
  ask(send: (id: number) => void): Promise<void> {
    const id = ++this.nextId;
    return new Promise<void>((resolve, reject) => {
      this.open.set(id, resolve);
      try {
        send(id);
      } catch (error) {
        this.open.delete(id);
        reject(error);
      }
    });
  }

  /** True when `id` answered an open request. */
  answer(id: unknown): boolean {
    if (typeof id !== 'number') return false;
    const resolve = this.open.get(id);
    if (!resolve) return false;
    this.open.delete(id);
    resolve();
    return true;
  }
}

// Saving before the desktop window closes, driven through a stand-in window and
// fake timers (Electron's binary does not run here): the first close is held back,
// the renderer is asked once, and the window closes on its answer, on a failure, or
// after the timeout, so a hung renderer never keeps the app from quitting.

import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { SAVE_BEFORE_CLOSE_TIMEOUT_MS, saveBeforeClose, SaveRequests, type CloseTimers } from '../../src/main/close-guard';

class FakeWindow extends EventEmitter {
  destroyed = false;
  closed = 0;
  /** Like BrowserWindow.close(): emits 'close', and closes unless a listener prevented it. */
  close(): void {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) {
      this.closed += 1;
      this.destroyed = true;
    }
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

function fakeTimers() {
  const pending = new Map<number, { callback: () => void; ms: number }>();
  let next = 0;
  const timers: CloseTimers = {
    setTimeout: (callback, ms) => {
      pending.set(++next, { callback, ms });
      return next;
    },
    clearTimeout: (handle) => void pending.delete(handle as number),
  };
  const fire = () => {
    for (const [id, timer] of [...pending]) {
      pending.delete(id);
      timer.callback();
    }
  };
  return { timers, pending, fire };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('saving before the window closes', () => {
  it('holds the first close until the renderer answers, then closes for real', async () => {
    const window = new FakeWindow();
    const { timers, pending } = fakeTimers();
    const answer = deferred();
    let asked = 0;
    saveBeforeClose(window, () => (asked++, answer.promise), { timers });

    window.close();
    expect(window.closed).toBe(0);
    expect(asked).toBe(1);
    expect([...pending.values()].map((timer) => timer.ms)).toEqual([SAVE_BEFORE_CLOSE_TIMEOUT_MS]);

    window.close(); // clicked again while saving: still held, not asked twice
    expect(window.closed).toBe(0);
    expect(asked).toBe(1);

    answer.resolve();
    await settle();
    expect(window.closed).toBe(1);
    expect(pending.size).toBe(0); // the timeout is cleared
  });

  it('closes after the timeout when the renderer never answers', async () => {
    const window = new FakeWindow();
    const { timers, fire } = fakeTimers();
    saveBeforeClose(window, () => new Promise(() => {}), { timers });
    window.close();
    expect(window.closed).toBe(0);
    fire();
    expect(window.closed).toBe(1);
  });

  it('closes when asking fails or throws', async () => {
    for (const ask of [() => Promise.reject(new Error('renderer gone')), () => { throw new Error('Object has been destroyed'); }]) {
      const window = new FakeWindow();
      const { timers } = fakeTimers();
      saveBeforeClose(window, ask, { timers });
      window.close();
      await settle();
      expect(window.closed).toBe(1);
    }
  });

  it('closes once: a late answer after the timeout does nothing more', async () => {
    const window = new FakeWindow();
    const { timers, fire } = fakeTimers();
    const answer = deferred();
    saveBeforeClose(window, () => answer.promise, { timers });
    window.close();
    fire();
    answer.resolve();
    await settle();
    expect(window.closed).toBe(1);
  });

  it('does not touch a window destroyed meanwhile', async () => {
    const window = new FakeWindow();
    const { timers } = fakeTimers();
    const answer = deferred();
    saveBeforeClose(window, () => answer.promise, { timers });
    window.close();
    window.destroyed = true;
    answer.resolve();
    await settle();
    expect(window.closed).toBe(0);
  });

  it('waits the real timeout with real timers', async () => {
    const window = new FakeWindow();
    saveBeforeClose(window, () => new Promise(() => {}), { timeoutMs: 20 });
    window.close();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(window.closed).toBe(1);
  });
});

describe('save requests to the renderer', () => {
  it('settles a request only on the answer carrying its id, once', async () => {
    const requests = new SaveRequests();
    const sent: number[] = [];
    let done = false;
    const asked = requests.ask((id) => sent.push(id)).then(() => (done = true));
    expect(sent).toEqual([1]);
    for (const stray of [2, '1', null, undefined, { id: 1 }]) expect(requests.answer(stray)).toBe(false);
    await settle();
    expect(done).toBe(false);
    expect(requests.answer(1)).toBe(true);
    await asked;
    expect(done).toBe(true);
    expect(requests.answer(1)).toBe(false); // not twice
  });

  it('fails the request when it cannot be sent', async () => {
    const requests = new SaveRequests();
    await expect(requests.ask(() => { throw new Error('Object has been destroyed'); })).rejects.toThrow('destroyed');
  });
});

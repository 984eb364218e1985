// Saving on the way out of the desktop app: when the window closes, the main process
// asks (window.buildpath.onSaveBeforeClose, BuildpathBridge in src/shared/host-api.ts) and waits for the
// answer, at most a couple of seconds. The answer comes once every debounced edit
// has been written and every save already under way has settled. Browser mode has
// no such bridge and keeps to pagehide/visibilitychange.

import { useEffect, useRef } from 'react';

/** Work waiting to be started (a debounced code save). */
const starters = new Set<() => Promise<unknown>>();
/** Saves under way (code saves, progress events). */
const underWay = new Set<Promise<unknown>>();
let listening = false;

function listenForClose(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.buildpath?.onSaveBeforeClose(saveEverythingNow);
}

/** Keeps a save in the set the close waits for, until it settles. */
export function trackSave<T>(save: Promise<T>): Promise<T> {
  listenForClose();
  underWay.add(save);
  const forget = () => underWay.delete(save);
  save.then(forget, forget);
  return save;
}

/** Starts every pending save, then waits until nothing is under way; never rejects. */
export async function saveEverythingNow(): Promise<void> {
  await Promise.allSettled([...starters].map((start) => Promise.resolve().then(start)));
  // A settling save may queue another (saves of one file run in a chain); a few rounds
  // are plenty, and the main process stops waiting after its timeout anyway.
  for (let round = 0; round < 5 && underWay.size > 0; round += 1) await Promise.allSettled([...underWay]);
}

/** While mounted, `start` is run when the window closes (it writes what is pending). */
export function useSaveBeforeClose(start: () => Promise<unknown>): void {
  const latest = useRef(start);
  latest.current = start;
  useEffect(() => {
    listenForClose();
    const entry = () => latest.current();
    starters.add(entry);
    return () => {
      starters.delete(entry);
    };
  }, []);
}

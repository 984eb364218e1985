// Tells the host, about once a minute, that the learner is active on a milestone
// (typing, clicking, scrolling). The host joins these moments into study intervals
// and leaves gaps of more than five minutes out as idle (src/shared/progress/activity.ts).

import { useEffect, useRef } from 'react';
import type { ProgressEvent } from '../../shared/progress/events';

const HEARTBEAT_MS = 60_000;
const SIGNS_OF_LIFE = ['keydown', 'pointerdown', 'wheel'] as const;

export function useActivityHeartbeat(project: string, milestone: string, record: (event: ProgressEvent) => Promise<void>): void {
  const recordRef = useRef(record);
  recordRef.current = record;

  useEffect(() => {
    let activeSinceLastBeat = false;
    const markActive = () => {
      activeSinceLastBeat = true;
    };
    for (const type of SIGNS_OF_LIFE) window.addEventListener(type, markActive, { passive: true, capture: true });
    const timer = setInterval(() => {
      if (!activeSinceLastBeat || document.visibilityState !== 'visible') return;
      activeSinceLastBeat = false;
      void recordRef.current({ type: 'activity', project, milestone });
    }, HEARTBEAT_MS);
    return () => {
      clearInterval(timer);
      for (const type of SIGNS_OF_LIFE) window.removeEventListener(type, markActive, { capture: true });
    };
  }, [project, milestone]);
}

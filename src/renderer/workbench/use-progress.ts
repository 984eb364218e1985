// The learner's progress as the host last reported it. Every recorded event returns
// the new snapshot, so the screens never guess what was saved.

import { useCallback, useEffect, useState } from 'react';
import type { ProgressSnapshot } from '../../shared/host-api';
import type { ProgressEvent } from '../../shared/progress/events';
import { host } from '../host';

export interface ProgressHandle {
  snapshot: ProgressSnapshot | null;
  error: string | null;
  record(event: ProgressEvent): Promise<void>;
}

function describe(failure: unknown): string {
  return failure instanceof Error ? failure.message : String(failure);
}

export function useProgress(): ProgressHandle {
  const [snapshot, setSnapshot] = useState<ProgressSnapshot | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    host.getProgress().then(
      (loaded) => current && setSnapshot(loaded),
      (failure: unknown) => current && setError(`Your progress could not be loaded: ${describe(failure)}`),
    );
    return () => {
      current = false;
    };
  }, []);

  const record = useCallback(async (event: ProgressEvent) => {
    try {
      setSnapshot(await host.recordEvent(event));
    } catch (failure) {
      setError(`Your progress could not be saved: ${describe(failure)}`);
    }
  }, []);

  return { snapshot, error, record };
}

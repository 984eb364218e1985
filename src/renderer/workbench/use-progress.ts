// The learner's progress as the host last reported it. Every recorded event returns
// the new snapshot, so the screens never guess what was saved.

import { useCallback, useEffect, useState } from 'react';
import type { ProgressSnapshot } from '../../shared/host-api';
import type { ProgressEvent } from '../../shared/progress/events';
import { errorMessage } from '../error-message';
import { host } from '../host';
import { failureMessages, withFailure, withSuccess, type FailureNotices } from './failure-notices';
import { trackSave } from './save-before-close';

export interface ProgressHandle {
  snapshot: ProgressSnapshot | null;
  /** What went wrong loading or saving progress; a save's notice goes once a save succeeds. */
  errors: string[];
  record(event: ProgressEvent): Promise<void>;
}

type ProgressFailure = 'load' | 'save';

export function useProgress(): ProgressHandle {
  const [snapshot, setSnapshot] = useState<ProgressSnapshot | null>(null);
  const [failures, setFailures] = useState<FailureNotices<ProgressFailure>>({});

  useEffect(() => {
    let current = true;
    host.getProgress().then(
      (loaded) => {
        if (!current) return;
        setSnapshot(loaded);
        setFailures((notices) => withSuccess(notices, 'load'));
      },
      (failure: unknown) => current && setFailures((notices) => withFailure(notices, 'load', `Your progress could not be loaded: ${errorMessage(failure)}`)),
    );
    return () => {
      current = false;
    };
  }, []);

  const record = useCallback(async (event: ProgressEvent) => {
    try {
      setSnapshot(await trackSave(host.recordEvent(event)));
      setFailures((notices) => withSuccess(notices, 'save'));
    } catch (failure) {
      setFailures((notices) => withFailure(notices, 'save', `Your progress could not be saved: ${errorMessage(failure)}`));
    }
  }, []);

  return { snapshot, errors: failureMessages(failures, ['load', 'save']), record };
}

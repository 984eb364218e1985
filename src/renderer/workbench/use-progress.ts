// The learner's progress as the host last reported it. Every recorded event returns
// the new snapshot, so the screens never guess what was saved; the file is read again
// when the learner comes back to the window, so a notice about it (read-only, written
// by a newer Buildpath) goes once the file is fixed.

import { useCallback, useEffect, useState } from 'react';
import type { ProgressSnapshot } from '../../shared/host-api';
import type { ProgressEvent } from '../../shared/progress/events';
import { errorMessage } from '../error-message';
import { host } from '../host';
import { failureMessages, withFailure, withSuccess, type FailureNotices } from './failure-notices';
import { trackSave } from './save-before-close';
import { useWindowReturn } from '../use-window-return';

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

  const load = useCallback(async (isCurrent: () => boolean = () => true) => {
    try {
      const loaded = await host.getProgress();
      if (!isCurrent()) return;
      setSnapshot(loaded);
      setFailures((notices) => withSuccess(notices, 'load'));
    } catch (failure) {
      if (isCurrent()) setFailures((notices) => withFailure(notices, 'load', `Your progress could not be loaded: ${errorMessage(failure)}`));
    }
  }, []);

  useEffect(() => {
    let current = true;
    void load(() => current);
    return () => {
      current = false;
    };
  }, [load]);

  // A progress file fixed or replaced outside the app (a newer Buildpath's file put back) is read again on return.
  useWindowReturn(useCallback(() => void load(), [load]));

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

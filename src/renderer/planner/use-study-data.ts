// Loads what the roadmap and the planner draw: the catalogue and the learner's
// progress (with its plans) from the host, and whether this is the desktop app.

import { useCallback, useEffect, useState } from 'react';
import type { AppInfo, ProgressSnapshot } from '../../shared/host-api';
import type { ProjectSummary } from '../../shared/pack/types';
import type { StudyPlanDraft } from '../../shared/planner/plan';
import type { Progress } from '../../shared/progress/schema';
import { host } from '../host';
import { useWindowReturn } from '../use-window-return';
import { PLAN_CHANGED_EVENT } from './BlockReminders';

export type StudyData =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | {
      state: 'ready';
      catalogue: ProjectSummary[];
      progress: Progress;
      mode: AppInfo['mode'];
      readOnly: boolean;
      savePlan: (draft: StudyPlanDraft) => Promise<void>;
    };

export function useStudyData(): StudyData {
  const [loaded, setLoaded] = useState<{ catalogue: ProjectSummary[]; progress: Progress; mode: AppInfo['mode']; readOnly: boolean } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    Promise.all([host.listProjects(), host.getProgress(), host.appInfo()])
      .then(([catalogue, snapshot, info]) => {
        if (current) setLoaded({ catalogue, progress: snapshot.progress, mode: info.mode, readOnly: snapshot.readOnly === true });
      })
      .catch((error: unknown) => current && setFailure((error as Error).message));
    return () => {
      current = false;
    };
  }, []);

  const showProgress = useCallback((snapshot: ProgressSnapshot) => {
    setLoaded((before) => before && { ...before, progress: snapshot.progress, readOnly: snapshot.readOnly === true });
  }, []);

  // The progress file may have been fixed outside the app (it was a newer Buildpath's): read it again on return.
  useWindowReturn(
    useCallback(() => {
      // On failure the screen keeps what it showed; the next save says what is wrong.
      host.getProgress().then(showProgress, () => undefined);
    }, [showProgress]),
  );

  const savePlan = useCallback(async (draft: StudyPlanDraft) => {
    const snapshot = await host.changeStudyPlan(draft);
    window.dispatchEvent(new Event(PLAN_CHANGED_EVENT));
    showProgress(snapshot);
  }, [showProgress]);

  if (failure) return { state: 'failed', message: failure };
  if (!loaded) return { state: 'loading' };
  return { state: 'ready', ...loaded, savePlan };
}

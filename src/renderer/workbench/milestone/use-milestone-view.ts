import { useEffect, useState } from 'react';
import type { MilestoneView } from '../../../shared/pack/types';
import { errorMessage } from '../../error-message';
import { host } from '../../host';

export type MilestoneViewState = { kind: 'loading' } | { kind: 'ready'; view: MilestoneView } | { kind: 'failed'; message: string };

export function useMilestoneView(slug: string, milestoneId: string): MilestoneViewState {
  const [state, setState] = useState<MilestoneViewState>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    host.getMilestone(slug, milestoneId).then(
      (view) => current && setState({ kind: 'ready', view }),
      (failure: unknown) => current && setState({ kind: 'failed', message: errorMessage(failure) }),
    );
    return () => {
      current = false;
    };
  }, [slug, milestoneId]);
  return state;
}

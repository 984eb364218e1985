import { useEffect, useState } from 'react';
import type { ProjectSummary } from '../../shared/pack/types';
import { errorMessage } from '../error-message';
import { host } from '../host';

export type ProjectsState = { kind: 'loading' } | { kind: 'ready'; projects: ProjectSummary[] } | { kind: 'failed'; message: string };

/** The catalogue's projects, broken packs included (they are shown with their problems). */
export function useProjects(): ProjectsState {
  const [state, setState] = useState<ProjectsState>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    host.listProjects().then(
      (projects) => current && setState({ kind: 'ready', projects }),
      (failure: unknown) => current && setState({ kind: 'failed', message: errorMessage(failure) }),
    );
    return () => {
      current = false;
    };
  }, []);
  return state;
}

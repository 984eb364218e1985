import { useEffect, useState } from 'react';
import type { WorkspaceInfo } from '../../shared/host-api';
import { host } from '../host';

export function useWorkspaceInfo(): WorkspaceInfo | null {
  const [info, setInfo] = useState<WorkspaceInfo | null>(null);
  useEffect(() => {
    let current = true;
    host.workspaceInfo().then(
      (loaded) => current && setInfo(loaded),
      () => undefined, // the catalogue then shows no location; nothing else depends on it
    );
    return () => {
      current = false;
    };
  }, []);
  return info;
}

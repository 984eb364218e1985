import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/host-api';
import type { ClientStatus } from '../../shared/python/python-client';
import { host } from '../host';
import { usePythonStatus } from '../python/python-session';
import { LoadProgress } from './LoadProgress';

function majorMinor(version: string): string {
  return version.split('.').slice(0, 2).join('.');
}

function PythonState({ status }: { status: ClientStatus }) {
  switch (status.kind) {
    case 'loading':
      return <LoadProgress stage={status.stage} />;
    case 'ready':
      return (
        <span className="status-ready" title={`Python ${status.pythonVersion}`}>
          <span className="status-dot" aria-hidden="true" />
          Python {majorMinor(status.pythonVersion)} ready in {(status.loadMs / 1000).toFixed(1)} s
        </span>
      );
    case 'restarting':
      return <span className="status-warning">{status.reason}</span>;
    case 'failed':
      return <span className="status-error">Python could not start: {status.message}</span>;
  }
}

export function StatusBar() {
  const status = usePythonStatus();
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    host.appInfo().then(setInfo, () => setInfo(null));
  }, []);

  return (
    <footer className="status-bar" data-testid="status-bar">
      <span className="status-python" data-testid="python-status">
        <PythonState status={status} />
      </span>
      {info && (
        <span className="status-host" title={`Your files: ${info.workspaceDir}`}>
          {info.mode === 'desktop' ? 'Desktop app' : 'Browser mode'} · v{info.version}
        </span>
      )}
    </footer>
  );
}

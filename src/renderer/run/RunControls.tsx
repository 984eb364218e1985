import { IS_MAC } from '../platform';
import type { RunPhase, RunSummary } from './useProgramRunner';

export const RUN_SHORTCUT = IS_MAC ? '⌘ Enter' : 'Ctrl+Enter';

function describeRun(phase: RunPhase, lastRun: RunSummary | null): string {
  switch (phase) {
    case 'waiting':
      return 'Waiting for Python to finish loading…';
    case 'running':
      return 'Running…';
    case 'stopping':
      return 'Stopping…';
    case 'idle':
      if (!lastRun) return '';
      if (lastRun.status === 'ok') return `Finished in ${(lastRun.durationMs / 1000).toFixed(2)} s`;
      if (lastRun.status === 'error') return 'Stopped with an error';
      return 'Stopped';
  }
}

export interface RunControlsProps {
  phase: RunPhase;
  lastRun: RunSummary | null;
  onRun(): void;
  onStop(): void;
}

export function RunControls({ phase, lastRun, onRun, onStop }: RunControlsProps) {
  const busy = phase !== 'idle';
  return (
    <div className="run-controls">
      <button type="button" className="button button-primary" onClick={onRun} disabled={busy} title={`Run (${RUN_SHORTCUT})`}>
        <span aria-hidden="true">▶</span> Run
      </button>
      <button
        type="button"
        className="button"
        onClick={onStop}
        disabled={phase !== 'running' && phase !== 'waiting'}
        title="Stop the running program"
      >
        <span aria-hidden="true">■</span> Stop
      </button>
      <span className={`run-state run-state-${lastRun && phase === 'idle' ? lastRun.status : phase}`} role="status" data-testid="run-state">
        {describeRun(phase, lastRun)}
      </span>
    </div>
  );
}

import { useState } from 'react';
import { RUN_SHORTCUT } from '../../run/RunControls';
import type { RunPhase } from '../../run/useProgramRunner';
import { shortcutKeys } from '../shortcuts';
import { ShortcutsList } from '../ShortcutsList';
import type { SaveState } from './use-code-file';

const SAVE_LABEL: Record<SaveState, string> = {
  loading: 'Opening…',
  saved: 'Saved',
  pending: 'Editing…',
  saving: 'Saving…',
  conflict: 'Changed on disk',
  failed: 'Not saved',
};

export interface MilestoneToolbarProps {
  runPhase: RunPhase;
  checking: boolean;
  saveState: SaveState;
  filePath: string | undefined;
  onRun(): void;
  onCheck(): void;
  onStop(): void;
  onReset(): void;
}

export function MilestoneToolbar({ runPhase, checking, saveState, filePath, onRun, onCheck, onStop, onReset }: MilestoneToolbarProps) {
  const busy = runPhase !== 'idle' || checking;
  const [showShortcuts, setShowShortcuts] = useState(false);
  return (
    <div className="toolbar milestone-toolbar">
      <div className="run-controls">
        <button type="button" className="button" onClick={onRun} disabled={busy} title={`Run (${RUN_SHORTCUT})`}>
          <span aria-hidden="true">▶</span> Run
        </button>
        <button type="button" className="button button-primary" onClick={onCheck} disabled={busy} title={`Check (${shortcutKeys('check')})`}>
          <span aria-hidden="true">✓</span> Check
        </button>
        <button type="button" className="button" onClick={onStop} disabled={!busy || runPhase === 'stopping'} title="Stop the running program or check">
          <span aria-hidden="true">■</span> Stop
        </button>
        <span className="run-state" role="status" data-testid="run-state">
          {checking ? 'Checking…' : runPhase === 'running' ? 'Running…' : runPhase === 'waiting' ? 'Waiting for Python…' : runPhase === 'stopping' ? 'Stopping…' : ''}
        </span>
      </div>
      <div className="toolbar-end">
        <span className={`save-state save-state-${saveState}`} data-testid="save-state" data-state={saveState} title={filePath}>
          {SAVE_LABEL[saveState]}
        </span>
        <div className="shortcuts-popover-anchor">
          <button type="button" className="button button-quiet" aria-expanded={showShortcuts} onClick={() => setShowShortcuts((shown) => !shown)} title="Keyboard shortcuts">
            ⌨ Shortcuts
          </button>
          {showShortcuts && (
            <div className="shortcuts-popover" role="dialog" aria-label="Keyboard shortcuts" onMouseLeave={() => setShowShortcuts(false)}>
              <ShortcutsList />
            </div>
          )}
        </div>
        <button type="button" className="button button-quiet" onClick={onReset} disabled={busy || saveState === 'loading'} title="Replace your code with the starter code (yours is kept)">
          Reset
        </button>
      </div>
    </div>
  );
}

// Run and Stop for one editor: clears and fills the output store, waits for
// Python if it is still loading, and reports how the run ended.

import { useCallback, useRef, useState } from 'react';
import type { ErrorLocation } from '../../shared/python/protocol';
import type { RunResult } from '../../shared/python/python-client';
import { errorMessage } from '../error-message';
import { language } from '../language/language-client';
import type { OutputStore } from '../output/output-store';
import { python } from '../python/python-session';

export type RunPhase = 'idle' | 'waiting' | 'running' | 'stopping';

export interface RunSummary {
  status: RunResult['status'];
  durationMs: number;
}

export interface ProgramRunner {
  phase: RunPhase;
  error: ErrorLocation | null;
  lastRun: RunSummary | null;
  /** `project`: the slug of the milestone's project, whose data files the program reads (cwd = the project folder). */
  run(code: string, filename: string, project?: string): Promise<void>;
  stop(): Promise<void>;
}

const RESTARTED_NOTE =
  'Your program did not stop when asked, so Python was restarted. Your code is still in the editor.';

function reportOutcome(output: OutputStore, result: RunResult): void {
  // The traceback itself arrives on stderr, already trimmed to the learner's frames.
  if (result.status === 'interrupted') {
    output.note('warning', result.restarted ? RESTARTED_NOTE : 'Stopped: your program was interrupted (KeyboardInterrupt).');
  }
  if (result.droppedChars > 0) output.markCut();
  output.flush();
}

export function useProgramRunner(output: OutputStore): ProgramRunner {
  const [phase, setPhaseState] = useState<RunPhase>('idle');
  const [error, setError] = useState<ErrorLocation | null>(null);
  const [lastRun, setLastRun] = useState<RunSummary | null>(null);
  const phaseRef = useRef<RunPhase>('idle');
  // Bumped by every Run and by Stop while waiting, so a run whose wait was cancelled never starts.
  const runToken = useRef(0);

  const setPhase = (next: RunPhase): void => {
    phaseRef.current = next;
    setPhaseState(next);
  };

  const run = useCallback(
    async (code: string, filename: string, project?: string) => {
      if (phaseRef.current !== 'idle') return;
      output.clear();
      setError(null);
      setLastRun(null);
      const token = ++runToken.current;
      setPhase('waiting');
      try {
        await python.ready();
      } catch (failure) {
        if (token !== runToken.current) return;
        output.note('error', `Python could not start: ${errorMessage(failure)}`);
        output.flush();
        setPhase('idle');
        return;
      }
      if (token !== runToken.current) return;
      setPhase('running');
      const result = await python.run(
        { code, filename, ...(project ? { project } : {}) },
        {
          onStream: (stream, text) => output.appendStream(stream, text),
          onDisplay: (record) => output.appendDisplay(record),
          onOutputCut: () => output.markCut(),
        },
      );
      reportOutcome(output, result);
      language.setLearnerObjects(result.objects ?? {}); // a restarted Python kept nothing
      setError(result.status === 'error' ? (result.error ?? null) : null);
      setLastRun({ status: result.status, durationMs: result.durationMs });
      setPhase('idle');
    },
    [output],
  );

  const stop = useCallback(async () => {
    if (phaseRef.current === 'waiting') {
      runToken.current++;
      output.note('info', 'Run cancelled before Python finished loading.');
      output.flush();
      setPhase('idle');
      return;
    }
    if (phaseRef.current !== 'running') return;
    setPhase('stopping');
    await python.stop();
  }, [output]);

  return { phase, error, lastRun, run, stop };
}

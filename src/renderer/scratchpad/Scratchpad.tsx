// The scratchpad screen: a free Python editor with Run, Stop and output.

import { useCallback, useMemo, useRef } from 'react';
import { CodeEditor } from '../editor/CodeEditor';
import { loadScratch, saveScratch } from '../editor/scratch-storage';
import { OutputPane } from '../output/OutputPane';
import { OutputStore } from '../output/output-store';
import { RunControls } from '../run/RunControls';
import { useProgramRunner } from '../run/useProgramRunner';

const SCRATCH_FILENAME = 'scratch.py';

export function Scratchpad() {
  const output = useMemo(() => new OutputStore(), []);
  const runner = useProgramRunner(output);
  const code = useRef(loadScratch());

  const onChange = useCallback((value: string) => {
    code.current = value;
    saveScratch(value);
  }, []);
  const onRun = useCallback(() => void runner.run(code.current, SCRATCH_FILENAME), [runner.run]);

  return (
    <div className="scratchpad">
      <div className="toolbar">
        <h1 className="toolbar-title">Scratchpad</h1>
        <RunControls phase={runner.phase} lastRun={runner.lastRun} onRun={onRun} onStop={() => void runner.stop()} />
      </div>
      <div className="workspace-split">
        <section className="editor-pane" aria-label="Editor">
          <CodeEditor initialValue={code.current} onChange={onChange} onRun={onRun} error={runner.error} />
        </section>
        <OutputPane store={output} />
      </div>
    </div>
  );
}

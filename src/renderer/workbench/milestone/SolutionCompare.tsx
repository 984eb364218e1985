import { useEffect, useRef } from 'react';
import { monacoThemeNow, onColorSchemeChange } from '../../editor/color-scheme';
import { monaco } from '../../editor/monaco-setup';

export interface SolutionCompareProps {
  learnerCode: string;
  solution: string;
  onClose(): void;
}

/** The learner's code and the reference solution side by side, differences marked. */
export function SolutionCompare({ learnerCode, solution, onClose }: SolutionCompareProps) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!container.current) return;
    const editor = monaco.editor.createDiffEditor(container.current, {
      theme: monacoThemeNow(),
      readOnly: true,
      originalEditable: false,
      automaticLayout: true,
      renderSideBySide: true,
      // Side by side even in a narrow pane: the point is to compare the two programs.
      useInlineViewWhenSpaceIsLimited: false,
      renderOverviewRuler: false,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 13,
    });
    const original = monaco.editor.createModel(learnerCode, 'python');
    const modified = monaco.editor.createModel(solution, 'python');
    editor.setModel({ original, modified });
    const stopWatchingScheme = onColorSchemeChange(() => monaco.editor.setTheme(monacoThemeNow()));
    return () => {
      stopWatchingScheme();
      editor.dispose();
      original.dispose();
      modified.dispose();
    };
  }, [learnerCode, solution]);

  return (
    <section className="solution-compare" aria-label="Reference solution" data-testid="solution">
      <header className="solution-compare-head">
        <span className="solution-side">Your code</span>
        <span className="solution-side">
          Reference solution
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </span>
      </header>
      <div className="solution-diff" ref={container} />
    </section>
  );
}

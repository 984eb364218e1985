// The Python editor. Monaco is most of the app's JavaScript, so it loads in its own
// chunk: screens without an editor (catalogue, planner) open without waiting for it.

import { lazy, memo, Suspense } from 'react';
import type { ErrorLocation } from '../../shared/python/protocol';

export interface CodeEditorProps {
  /** Read when the editor is created; later changes come from the user. */
  initialValue: string;
  onChange(value: string): void;
  /** Ctrl/Cmd+Enter. */
  onRun(): void;
  /** Where the last run failed; null clears the marker. */
  error: ErrorLocation | null;
}

const MonacoCodeEditor = lazy(() => import('./MonacoCodeEditor'));

/** Memoised: a run's phase changes re-render the screen around the editor, not the editor. */
export const CodeEditor = memo(function CodeEditor(props: CodeEditorProps) {
  return (
    <Suspense fallback={<div className="code-editor code-editor-loading" aria-busy="true" />}>
      <MonacoCodeEditor {...props} />
    </Suspense>
  );
});

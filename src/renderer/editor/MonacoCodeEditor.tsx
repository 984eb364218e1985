import { useEffect, useRef } from 'react';
import type { ErrorLocation } from '../../shared/python/protocol';
import type { CodeEditorProps } from './CodeEditor';
import { monaco } from './monaco-setup';
import { monacoThemeNow, onColorSchemeChange } from './color-scheme';
import { markSyntaxErrors, registerPythonLanguageHelp } from './language-providers';
import { language } from '../language/language-client';

const MARKER_OWNER = 'buildpath-run';

/** The error's line, kept inside the model (a traceback can point past the end). */
function lineOf(model: monaco.editor.ITextModel, error: ErrorLocation): number {
  return Math.min(Math.max(error.line, 1), model.getLineCount());
}

function markerFor(model: monaco.editor.ITextModel, error: ErrorLocation): monaco.editor.IMarkerData {
  const line = lineOf(model, error);
  const firstColumn = model.getLineFirstNonWhitespaceColumn(line) || 1;
  const startColumn = error.column && error.column > 0 ? error.column : firstColumn;
  return {
    severity: monaco.MarkerSeverity.Error,
    message: `${error.kind}: ${error.message}`,
    startLineNumber: line,
    startColumn,
    endLineNumber: line,
    endColumn: Math.max(model.getLineMaxColumn(line), startColumn + 1),
  };
}

export default function MonacoCodeEditor({ initialValue, onChange, onRun, error }: CodeEditorProps) {
  const container = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  // The editor is created once; keep the latest callbacks without recreating it.
  const callbacks = useRef({ onChange, onRun });
  callbacks.current = { onChange, onRun };

  useEffect(() => {
    if (!container.current) return;
    const editor = monaco.editor.create(container.current, {
      value: initialValue,
      language: 'python',
      theme: monacoThemeNow(),
      automaticLayout: true,
      fontSize: 14,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      tabSize: 4,
      insertSpaces: true,
      renderLineHighlight: 'line',
      padding: { top: 12 },
      ariaLabel: 'Python editor',
      wordBasedSuggestions: 'off', // the language worker knows the file's names; plain words would only add noise
    });
    registerPythonLanguageHelp();
    const model = editor.getModel();
    const stopMarking = model ? markSyntaxErrors(model) : () => undefined;
    const host = container.current;
    const stopWaitingForHelp = language.onReady(() => host.setAttribute('data-language-help', 'ready'));
    editorRef.current = editor;
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => callbacks.current.onRun());
    const changes = editor.onDidChangeModelContent(() => callbacks.current.onChange(editor.getValue()));
    const stopWatchingScheme = onColorSchemeChange(() => monaco.editor.setTheme(monacoThemeNow()));
    editor.focus();
    return () => {
      stopMarking();
      stopWaitingForHelp();
      stopWatchingScheme();
      changes.dispose();
      editor.getModel()?.dispose();
      editor.dispose();
      editorRef.current = null;
    };
    // initialValue is only the starting content.
  }, []);

  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model) return;
    monaco.editor.setModelMarkers(model, MARKER_OWNER, error ? [markerFor(model, error)] : []);
    if (error) editor.revealLineInCenterIfOutsideViewport(lineOf(model, error));
  }, [error]);

  return <div className="code-editor" ref={container} data-testid="editor" />;
}

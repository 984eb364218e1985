import { useEffect, useRef } from 'react';
import type { CodeEditorProps } from './CodeEditor';
import { monaco } from './monaco-setup';
import { errorMarker, markedLine } from './error-marker';
import { monacoThemeNow, onColorSchemeChange } from './color-scheme';
import { markSyntaxErrors, registerPythonLanguageHelp } from './language-providers';
import { language } from '../language/language-client';

const MARKER_OWNER = 'buildpath-run';

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
    monaco.editor.setModelMarkers(model, MARKER_OWNER, error ? [errorMarker(model, error)] : []);
    if (error) editor.revealLineInCenterIfOutsideViewport(markedLine(model, error));
  }, [error]);

  return <div className="code-editor" ref={container} data-testid="editor" />;
}

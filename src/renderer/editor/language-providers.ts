// Monaco's Python help, answered by the language worker: completions (also after "."),
// signature help on "(" and ",", hovers, and syntax-error markers while typing.

import type { CompletionItem, CompletionKind } from '../../shared/language/protocol';
import { language } from '../language/language-client';
import { python } from '../python/python-session';
import { errorMarker } from './error-marker';
import { monaco } from './monaco-setup';

const SYNTAX_MARKER_OWNER = 'buildpath-syntax';
const DIAGNOSE_DELAY_MS = 300;

const COMPLETION_KINDS: Record<CompletionKind, monaco.languages.CompletionItemKind> = {
  function: monaco.languages.CompletionItemKind.Function,
  class: monaco.languages.CompletionItemKind.Class,
  variable: monaco.languages.CompletionItemKind.Variable,
  parameter: monaco.languages.CompletionItemKind.Variable,
  module: monaco.languages.CompletionItemKind.Module,
  constant: monaco.languages.CompletionItemKind.Constant,
  keyword: monaco.languages.CompletionItemKind.Keyword,
};

const ORIGIN_RANK: Record<CompletionItem['origin'], string> = { file: '0', module: '1', builtin: '2', keyword: '3' };

function suggestion(item: CompletionItem, range: monaco.IRange): monaco.languages.CompletionItem {
  return {
    label: item.label,
    kind: COMPLETION_KINDS[item.kind],
    detail: item.detail,
    ...(item.documentation ? { documentation: item.documentation } : {}),
    insertText: item.label,
    sortText: `${ORIGIN_RANK[item.origin]}${item.label}`,
    range,
  };
}

function where(model: monaco.editor.ITextModel, position: monaco.Position) {
  return { code: model.getValue(), line: position.lineNumber, column: position.column };
}

let registered = false;

/** Registers the providers once for every Python model; the language worker starts after the run worker. */
export function registerPythonLanguageHelp(): void {
  // On two cores a second Pyodide loading beside the first would delay the learner's first Run;
  // a question asked before then starts it at once.
  void python.ready().catch(() => undefined).then(() => language.start());
  if (registered) return;
  registered = true;
  monaco.languages.registerCompletionItemProvider('python', {
    triggerCharacters: ['.'],
    async provideCompletionItems(model, position) {
      const answer = await language.ask({ type: 'complete', ...where(model, position) });
      const word = model.getWordUntilPosition(position);
      const range = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);
      return { suggestions: (answer?.items ?? []).map((item) => suggestion(item, range)) };
    },
  });
  monaco.languages.registerSignatureHelpProvider('python', {
    signatureHelpTriggerCharacters: ['(', ','],
    signatureHelpRetriggerCharacters: [')'],
    async provideSignatureHelp(model, position) {
      const signature = (await language.ask({ type: 'signature', ...where(model, position) }))?.signature;
      if (!signature) return null;
      return {
        value: {
          signatures: [{
            label: signature.label,
            documentation: signature.documentation || undefined,
            parameters: signature.parameters.map((offsets) => ({ label: offsets })),
          }],
          activeSignature: 0,
          activeParameter: signature.activeParameter,
        },
        dispose() {},
      };
    },
  });
  monaco.languages.registerHoverProvider('python', {
    async provideHover(model, position) {
      const hover = (await language.ask({ type: 'hover', ...where(model, position) }))?.hover;
      if (!hover) return null;
      return {
        contents: [{ value: hover.contents }],
        range: new monaco.Range(position.lineNumber, hover.startColumn, position.lineNumber, hover.endColumn),
      };
    },
  });
}

/** Marks the model's syntax errors a moment after each edit (and once the worker is ready); returns a stop function. */
export function markSyntaxErrors(model: monaco.editor.ITextModel): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  const diagnose = async () => {
    const version = model.getVersionId();
    const mine = ++asked;
    const answer = await language.ask({ type: 'diagnose', code: model.getValue(), filename: 'main.py' });
    if (!answer || mine !== asked || model.isDisposed() || model.getVersionId() !== version) return;
    monaco.editor.setModelMarkers(model, SYNTAX_MARKER_OWNER, answer.diagnostics.map((diagnostic) => errorMarker(model, diagnostic)));
  };
  const changes = model.onDidChangeContent(() => {
    clearTimeout(timer);
    timer = setTimeout(() => void diagnose(), DIAGNOSE_DELAY_MS);
  });
  const stopWaiting = language.onReady(() => void diagnose());
  return () => {
    clearTimeout(timer);
    stopWaiting();
    changes.dispose();
  };
}

// A Python error as a Monaco marker: a run's error (ErrorLocation) or a syntax error found while typing (Diagnostic).

import { monaco } from './monaco-setup';

export interface MarkedError {
  line: number;
  column?: number | null;
  endLine?: number;
  endColumn?: number | null;
  kind: string;
  message: string;
}

/** The error's line, kept inside the model (a traceback can point past the end). */
export function markedLine(model: monaco.editor.ITextModel, error: MarkedError): number {
  return Math.min(Math.max(error.line, 1), model.getLineCount());
}

export function errorMarker(model: monaco.editor.ITextModel, error: MarkedError): monaco.editor.IMarkerData {
  const line = markedLine(model, error);
  const lineEnd = model.getLineMaxColumn(line);
  const given = error.column && error.column > 0 ? error.column : model.getLineFirstNonWhitespaceColumn(line) || 1;
  // Python often points just past the line's end ("expected ':'"); mark its last character so the squiggle shows.
  const startColumn = given >= lineEnd ? Math.max(1, lineEnd - 1) : given;
  const endLine = Math.min(Math.max(error.endLine ?? line, line), model.getLineCount());
  const endColumn = error.endColumn ?? model.getLineMaxColumn(endLine);
  return {
    severity: monaco.MarkerSeverity.Error,
    message: `${error.kind}: ${error.message}`,
    startLineNumber: line,
    startColumn,
    endLineNumber: endLine,
    endColumn: endLine === line ? Math.max(endColumn, startColumn + 1) : endColumn,
  };
}

// The editor's language help: what the renderer asks the language worker and what
// buildpath._language answers. Lines and columns are 1-based, as in Monaco.

import type { LearnerObjects } from './learner-objects';

export type CompletionKind = 'function' | 'class' | 'variable' | 'parameter' | 'module' | 'constant' | 'keyword';

export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  /** A signature ("sqrt(x, /)") or the kind of name. */
  detail: string;
  documentation?: string;
  /** Where the name comes from: the learner's file first, then a module's members, builtins, keywords. */
  origin: 'file' | 'module' | 'builtin' | 'keyword';
}

export interface SignatureInfo {
  label: string;
  /** [start, end) offsets of each parameter in the label. */
  parameters: [number, number][];
  activeParameter: number;
  documentation: string;
}

export interface HoverInfo {
  /** Markdown: the signature in a python code block, then the docstring. */
  contents: string;
  startColumn: number;
  endColumn: number;
}

/** A syntax error as a Run reports it (same message and kind), found by compile() alone. */
export interface Diagnostic {
  line: number;
  column: number | null;
  endLine: number;
  endColumn: number | null;
  message: string;
  kind: string;
}

interface AtCursor {
  code: string;
  line: number;
  column: number;
}

export type LanguageRequest =
  | ({ type: 'complete' } & AtCursor)
  | ({ type: 'signature' } & AtCursor)
  | ({ type: 'hover' } & AtCursor)
  | { type: 'diagnose'; code: string; filename: string };

export interface LanguageAnswers {
  complete: { items: CompletionItem[] };
  signature: { signature: SignatureInfo | null };
  hover: { hover: HoverInfo | null };
  diagnose: { diagnostics: Diagnostic[] };
}

export type LanguageAnswer<K extends LanguageRequest['type']> = LanguageAnswers[K];

export type ToLanguageWorker =
  | { type: 'init'; indexURL: string }
  | { type: 'ask'; id: number; request: LanguageRequest }
  /** After each Run: the attributes of what it left in its globals, offered after `name.` until the next Run. */
  | { type: 'learner-objects'; objects: LearnerObjects };

export type FromLanguageWorker =
  | { type: 'ready'; loadMs: number }
  | { type: 'answer'; id: number; answer: LanguageAnswers[keyof LanguageAnswers] }
  | { type: 'failed'; id: number | null; message: string };

// Python source as HTML spans for the exported page, which has no script to run a
// highlighter. A line-oriented tokenizer is enough for colouring: keywords, builtins,
// strings (triple-quoted ones across lines), comments, numbers, decorators and the
// names after def and class. Everything is escaped; unknown text stays plain.

import { escapeHtml } from './html-text';

const KEYWORDS = new Set(
  ('False None True and as assert async await break class continue def del elif else except finally for from ' +
    'global if import in is lambda nonlocal not or pass raise return try while with yield match case').split(' '),
);

const BUILTINS = new Set(
  ('abs all any bool dict enumerate filter float int isinstance len list map max min print range round set ' +
    'sorted str sum tuple type zip open super object iter next reversed format repr hasattr getattr').split(' '),
);

export type TokenKind = 'keyword' | 'builtin' | 'string' | 'comment' | 'number' | 'decorator' | 'definition' | 'text';

export interface Token {
  kind: TokenKind;
  text: string;
}

// One alternative per token kind, tried left to right at each position.
const TOKEN =
  /(#[^\n]*)|([rRbBuUfF]{0,2}(?:"""[\s\S]*?(?:"""|(?![\s\S]))|'''[\s\S]*?(?:'''|(?![\s\S]))|"(?:\\.|[^"\\\n])*"?|'(?:\\.|[^'\\\n])*'?))|(\b(?:0[xXoObB][\da-fA-F_]+|\d[\d_]*\.?[\d_]*(?:[eE][+-]?\d+)?j?|\.\d[\d_]*(?:[eE][+-]?\d+)?j?))|(^[ \t]*@[\w.]+)|([A-Za-z_]\w*)/gm;

export function tokenizePython(source: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  let previousWord = '';
  const plain = (text: string) => text && tokens.push({ kind: 'text', text });
  for (const match of source.matchAll(TOKEN)) {
    plain(source.slice(position, match.index));
    const [text, comment, string, number, decorator, word] = match;
    if (comment) tokens.push({ kind: 'comment', text });
    else if (string) tokens.push({ kind: 'string', text });
    else if (number) tokens.push({ kind: 'number', text });
    else if (decorator) tokens.push({ kind: 'decorator', text });
    else if (word) {
      const kind: TokenKind =
        previousWord === 'def' || previousWord === 'class'
          ? 'definition'
          : KEYWORDS.has(word)
            ? 'keyword'
            : BUILTINS.has(word)
              ? 'builtin'
              : 'text';
      tokens.push({ kind, text });
    }
    previousWord = word ?? '';
    position = match.index + text.length;
  }
  plain(source.slice(position));
  return tokens;
}

/** The source as escaped HTML with `<span class="py-…">` around every coloured token. */
export function highlightPython(source: string): string {
  return tokenizePython(source)
    .map((token) => (token.kind === 'text' ? escapeHtml(token.text) : `<span class="py-${token.kind}">${escapeHtml(token.text)}</span>`))
    .join('');
}

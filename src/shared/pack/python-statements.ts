// Splits a Python module into its top-level statements, the way Python's `ast`
// sees `module.body`: a decorated def or class starts at its first decorator, and a
// statement ends at its last line of code (trailing comments and blank lines are not
// part of it). Strings (triple-quoted, f-strings with nested quotes), brackets and
// backslash continuations are followed, so only real statement starts count.
// tests/packs/python-statements.test.ts compares the result with CPython's `ast`
// on every .py file of the packs.

export type StatementKind = 'def' | 'class' | 'assign' | 'import' | 'other';

export interface TopLevelStatement {
  kind: StatementKind;
  /** The name a def, class or single-name assignment binds. */
  name?: string;
  /** 1-based, inclusive. */
  startLine: number;
  endLine: number;
  text: string;
}

/** Words that continue the compound statement above them rather than start one. */
const CONTINUATIONS = /^(else|elif|except|finally)\b/;
const IDENTIFIER = String.raw`[\p{L}_][\p{L}\p{N}_]*`;
const DEF = new RegExp(String.raw`^(?:async\s+)?def\s+(${IDENTIFIER})`, 'u');
const CLASS = new RegExp(String.raw`^class\s+(${IDENTIFIER})`, 'u');
const ASSIGN = new RegExp(String.raw`^(${IDENTIFIER})\s*(?::|=(?!=))`, 'u');
const IMPORT = /^(?:import|from)\s/;
/** `try:` or `else:` is not an annotated name. */
const KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(' '),
);

export function splitTopLevelStatements(source: string): TopLevelStatement[] {
  const lines = source.split(/\r?\n/);
  const starts = logicalLineStarts(source, lines.length);
  const statements: { start: number; head: number; end: number }[] = [];
  let inDecorators = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const codeLine = isCode(line);
    if (starts[index] && codeLine && !/^\s/.test(line) && !CONTINUATIONS.test(line)) {
      const decorator = line.startsWith('@');
      if (inDecorators) statements.at(-1)!.head = index;
      else statements.push({ start: index, head: index, end: index });
      inDecorators = decorator;
    }
    // Comment and blank lines between logical lines do not extend a statement; inside a string or brackets they do.
    const current = statements.at(-1);
    if (current && (codeLine || !starts[index])) current.end = index;
  }
  return statements.map(({ start, head, end }) => ({
    ...classify(lines[head]!),
    startLine: start + 1,
    endLine: end + 1,
    text: lines.slice(start, end + 1).join('\n'),
  }));
}

/** What a statement is, from its first line after any decorators. */
function classify(head: string): { kind: StatementKind; name?: string } {
  for (const [kind, pattern] of [['def', DEF], ['class', CLASS], ['assign', ASSIGN]] as const) {
    const match = pattern.exec(head);
    if (match && !KEYWORDS.has(match[1]!)) return { kind, name: match[1]! };
  }
  return { kind: IMPORT.test(head) ? 'import' : 'other' };
}

/** A line holding something besides blanks and a comment (judged before string tracking). */
function isCode(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && !trimmed.startsWith('#');
}

type Mode =
  | { kind: 'code'; depth: number; inFormatField: boolean }
  | { kind: 'string'; quote: string; formatted: boolean }
  | { kind: 'format-spec' };

/** For each line: whether it begins a logical line (not inside brackets, a string or a continuation). */
function logicalLineStarts(source: string, lineCount: number): boolean[] {
  const starts = new Array<boolean>(lineCount).fill(false);
  starts[0] = true;
  const stack: Mode[] = [{ kind: 'code', depth: 0, inFormatField: false }];
  let line = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    const mode = stack.at(-1)!;
    if (char === '\n') {
      line++;
      const atTop = stack.length === 1 && mode.kind === 'code' && mode.depth === 0;
      starts[line] = atTop;
      continue;
    }
    if (char === '\\') {
      i++; // the escaped character, or the newline of a continuation (whose next line starts nothing)
      if (source[i] === '\r') i++;
      if (source[i] === '\n') line++;
      continue;
    }
    if (mode.kind === 'string') {
      if (source.startsWith(mode.quote, i)) {
        stack.pop();
        i += mode.quote.length - 1;
      } else if (mode.formatted && char === '{') {
        if (source[i + 1] === '{') i++;
        else stack.push({ kind: 'code', depth: 0, inFormatField: true });
      } else if (mode.formatted && char === '}' && source[i + 1] === '}') {
        i++;
      }
      continue;
    }
    if (mode.kind === 'format-spec') {
      if (char === '}') stack.pop(), stack.pop(); // the spec and its replacement field
      else if (char === '{') stack.push({ kind: 'code', depth: 0, inFormatField: true });
      continue;
    }
    if (char === '#') {
      const end = source.indexOf('\n', i);
      i = (end === -1 ? source.length : end) - 1;
      continue;
    }
    const quote = stringStart(source, i);
    if (quote) {
      i = quote.bodyStart - 1;
      stack.push({ kind: 'string', quote: quote.quote, formatted: quote.formatted });
      continue;
    }
    if ('([{'.includes(char)) mode.depth++;
    else if (')]}'.includes(char)) {
      if (mode.inFormatField && mode.depth === 0 && char === '}') stack.pop();
      else mode.depth = Math.max(0, mode.depth - 1);
    } else if (char === ':' && mode.inFormatField && mode.depth === 0) {
      stack.push({ kind: 'format-spec' });
    } else if (char === '!' && mode.inFormatField && mode.depth === 0 && source[i + 1] !== '=') {
      i++; // the conversion letter of {value!r}
    }
  }
  return starts;
}

/** A string literal starting at `i` (with its prefix), or undefined. */
function stringStart(source: string, i: number): { quote: string; formatted: boolean; bodyStart: number } | undefined {
  const match = /^([rRbBuUfFtT]{0,2})('''|"""|'|")/.exec(source.slice(i, i + 5));
  if (!match) return undefined;
  // A prefix letter is only a prefix when it does not end a longer name (`elif"` is not a string).
  if (match[1] && i > 0 && /[\p{L}\p{N}_]/u.test(source[i - 1]!)) return undefined;
  return { quote: match[2]!, formatted: /[fFtT]/.test(match[1]!), bodyStart: i + match[0].length };
}

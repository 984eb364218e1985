// How error messages show what a caller sent. A refusal must say what was wrong without
// handing back whatever arrived: at most a short prefix, with every control, format and
// non-ASCII character written as an escape, so a message can be logged or shown safely.

const SHOWN_CHARS = 40;

function escapeForMessage(text: string): string {
  return text.replace(/[^\x20-\x7e]|["\\]/g, (char) => {
    if (char === '"' || char === '\\') return `\\${char}`;
    if (char === '\n') return '\\n';
    if (char === '\t') return '\\t';
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** A quoted glimpse of a string argument, or what kind of value it was. */
export function quoteInput(value: unknown): string {
  if (typeof value === 'string') {
    if (value.length <= SHOWN_CHARS) return `"${escapeForMessage(value)}"`;
    return `"${escapeForMessage(value.slice(0, SHOWN_CHARS))}…" (${value.length} characters)`;
  }
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  const kind = typeof value;
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
}

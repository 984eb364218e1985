// Text from learner code or a pack, made safe to print to a terminal: control
// characters (which move the cursor, clear the screen, set the title or write the
// clipboard through escape sequences) and invisible direction overrides are shown
// as `\xNN` / `\uNNNN` escapes instead of acting. `--json` output is not passed
// through this: JSON escapes control characters itself.

// C0 controls but tab and newline, DEL, C1 controls; bidirectional overrides and isolates.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escapeCharacter(character: string): string {
  const code = character.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Multi-line text (messages): newlines and tabs stay, every other control character is shown. */
export function visible(text: string): string {
  return text.replace(UNSAFE, escapeCharacter);
}

/** One-line text (names, titles, paths): newlines and tabs are shown too. */
export function visibleLine(text: string): string {
  return text.replace(UNSAFE_IN_LINE, escapeCharacter);
}

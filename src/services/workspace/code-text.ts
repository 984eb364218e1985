// How the bytes of a learner's .py file become the editor's text. Most files are UTF-8
// (a leading byte-order mark is dropped: Python refuses U+FEFF in source text). A file
// that is not, written by an editor set to Latin-1 or Windows-1252, is read as
// Windows-1252, which gives every byte a character (Latin-1's letters included), so
// nothing turns into U+FFFD; saving writes UTF-8, and code-files.ts keeps the original.

import { readBytesIfPresent } from '../storage/atomic-write';

export type CodeEncoding = 'UTF-8' | 'Windows-1252';

export interface CodeText {
  text: string;
  encoding: CodeEncoding;
  /** The file exactly as it is on disk. */
  bytes: Uint8Array;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Windows-1252's characters for bytes 0x80-0x9F, from the WHATWG Encoding Standard's
 * index (the five bytes it leaves to C1 controls included); every other byte is the
 * code point of the same number. Written out because Node 20's TextDecoder decodes
 * 'windows-1252' as Latin-1 (nodejs/node#56542), which would turn € into U+0080.
 */
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_C1[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

export function decodeCode(bytes: Uint8Array): CodeText {
  try {
    return { text: utf8.decode(bytes), encoding: 'UTF-8', bytes };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'Windows-1252', bytes };
  }
}

/** The file's code, or null when it does not exist. */
export async function readCodeIfPresent(file: string): Promise<CodeText | null> {
  const bytes = await readBytesIfPresent(file);
  return bytes === null ? null : decodeCode(bytes);
}

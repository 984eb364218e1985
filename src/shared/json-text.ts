// JSON as files hold it. Many Windows editors start a UTF-8 file with a byte-order mark,
// which JSON.parse refuses; a file that says nothing else wrong must still read.

const BYTE_ORDER_MARK = '\uFEFF';

export function parseJsonText(text: string): unknown {
  return JSON.parse(text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text);
}

// Writes one stream's text into the page as small chunks of complete lines, so the
// browser lays out only the lines that just arrived. One growing text node made each
// frame of a printing loop re-lay out all the output so far (up to 200,000 characters,
// hundreds of milliseconds on two busy cores).
//
// Chunks are `inline-block` boxes a full line wide (styles.css): the page looks the same
// as one text, and unlike blocks they add no line breaks of their own to `innerText` or a
// copied selection. With `content-visibility: auto` a chunk out of view is not laid out
// at all. Chunks are grouped in pages so no parent holds thousands of them. The line
// still being printed (no newline yet) stays plain text after the last chunk, so text
// that continues it joins it on the same line.

/** Characters in one chunk at most; a longer batch is split at a line break. */
const CHUNK_CHARS = 4_096;
/** Chunks in one page. */
const CHUNKS_PER_PAGE = 64;

export class StreamTextView {
  private page: HTMLElement | null = null;
  private chunksInPage = 0;
  private readonly tail: Text;
  private tailText = '';

  constructor(private readonly element: HTMLElement) {
    element.textContent = '';
    this.tail = element.ownerDocument.createTextNode('');
    element.appendChild(this.tail);
  }

  append(text: string): void {
    const combined = this.tailText + text;
    const lastBreak = combined.lastIndexOf('\n');
    if (lastBreak >= 0) {
      for (const lines of splitAtLineBreaks(combined.slice(0, lastBreak + 1), CHUNK_CHARS)) this.addChunk(lines);
    }
    let tail = combined.slice(lastBreak + 1);
    // A line printed without end would grow into one long text again: it goes into chunks too.
    for (; tail.length > CHUNK_CHARS; tail = tail.slice(CHUNK_CHARS)) this.addChunk(tail.slice(0, CHUNK_CHARS));
    this.tailText = tail;
    this.tail.data = tail;
  }

  private addChunk(lines: string): void {
    const document = this.element.ownerDocument;
    if (!this.page || this.chunksInPage >= CHUNKS_PER_PAGE) {
      this.page = document.createElement('span');
      this.page.className = 'output-page';
      this.element.insertBefore(this.page, this.tail);
      this.chunksInPage = 0;
    }
    const chunk = document.createElement('span');
    chunk.className = 'output-chunk';
    // Its height until it is first laid out (when it arrives out of view): one line per line break.
    chunk.style.setProperty('--lines', String(countLineBreaks(lines)));
    chunk.textContent = lines;
    this.page.appendChild(chunk);
    this.chunksInPage++;
  }
}

/** `text` (ending with a line break) in pieces of at most `limit` characters, each ending with one where it can. */
export function splitAtLineBreaks(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > limit) {
    const lastBreak = text.lastIndexOf('\n', start + limit - 1);
    const end = lastBreak >= start ? lastBreak + 1 : start + limit;
    pieces.push(text.slice(start, end));
    start = end;
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces;
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++;
  return count;
}

// Collects what Python writes and hands it on in batches, in order, so a program
// that prints without end neither floods the host with messages nor its memory.

import type { Stream } from './protocol';

const FLUSH_INTERVAL_MS = 30;
const FLUSH_SIZE = 16_384;
/** Complete lines sent at once per interval; beyond that, output waits for the next batch. */
const EAGER_FLUSHES_PER_INTERVAL = 8;
/** Characters one run may send in all; the rest is dropped with a note. */
export const OUTPUT_LIMIT_CHARS = 2_000_000;

export class OutputBatcher {
  private pending: Array<{ stream: Stream; text: string }> = [];
  private pendingSize = 0;
  private sent = 0;
  private lastFlush = 0;
  private eagerFlushes = 0;
  private cutListener: () => void = () => {};
  private readonly decoders = { stdout: new TextDecoder(), stderr: new TextDecoder() };
  droppedChars = 0;

  constructor(private readonly send: (stream: Stream, text: string) => void) {}

  onCut(listener: () => void): void {
    this.cutListener = listener;
  }

  reset(): void {
    this.pending = [];
    this.pendingSize = 0;
    this.sent = 0;
    this.droppedChars = 0;
    this.lastFlush = 0;
    this.eagerFlushes = 0;
  }

  write(stream: Stream, bytes: Uint8Array): number {
    const text = this.decoders[stream].decode(bytes, { stream: true });
    this.add(stream, text);
    return bytes.length;
  }

  add(stream: Stream, text: string): void {
    const room = OUTPUT_LIMIT_CHARS - this.sent - this.pendingSize;
    if (room <= 0) {
      if (this.droppedChars === 0) this.cutListener();
      this.droppedChars += text.length;
      return;
    }
    const kept = text.length > room ? text.slice(0, room) : text;
    if (kept.length < text.length) {
      this.droppedChars += text.length - kept.length;
      this.cutListener();
    }
    const last = this.pending[this.pending.length - 1];
    if (last && last.stream === stream) last.text += kept;
    else this.pending.push({ stream, text: kept });
    this.pendingSize += kept.length;
    // Python holds the worker's thread while it runs, so timers cannot fire:
    // flushing is decided here, on each write. A finished line goes out at once
    // (a print before a long computation must show), unless lines are flooding in.
    const now = Date.now();
    if (now - this.lastFlush >= FLUSH_INTERVAL_MS) this.eagerFlushes = 0;
    if (this.pendingSize >= FLUSH_SIZE || now - this.lastFlush >= FLUSH_INTERVAL_MS) this.flush();
    else if (kept.endsWith('\n') && this.eagerFlushes < EAGER_FLUSHES_PER_INTERVAL) {
      this.eagerFlushes++;
      this.flush(false);
    }
  }

  /** Sends what is pending; `startsInterval` is false for the eager flush of a finished line. */
  flush(startsInterval = true): void {
    for (const { stream, text } of this.pending) if (text) this.send(stream, text);
    this.sent += this.pendingSize;
    this.pending = [];
    this.pendingSize = 0;
    if (startsInterval) this.lastFlush = Date.now();
  }
}

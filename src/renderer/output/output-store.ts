// Holds what the running program printed. Chunks arrive from the worker far faster
// than React should re-render, so they are queued and applied once per animation
// frame; past MAX_OUTPUT_CHARS further text is dropped and the pane says so.
//
// React only sees the structure (which stream, note or picture comes next). Text that
// extends the current stream is appended to that stream's element here, outside
// React's commit (stream-text-view.ts): a program printing every step costs one small
// chunk per frame, not a re-render of the pane.

import type { DisplayRecord } from '../../shared/display';
import { keepRecentDisplays } from '../display/display-cap';
import type { Stream } from '../../shared/python/protocol';
import { StreamTextView } from './stream-text-view';

export const MAX_OUTPUT_CHARS = 200_000;
/**
 * Characters of text put on the page per frame at most. Laying out new text is the cost
 * of a frame while a program prints (about 3 ms per 1,000 characters on two busy cores);
 * a flood of output drains over a few frames instead of stalling one.
 */
const FRAME_CHARS = 2_048;

export type NoteTone = 'info' | 'success' | 'warning' | 'error';

/** A stream entry's text is held by the store and written to the page by `attachText`. */
export type OutputEntry =
  | { id: number; kind: Stream }
  | { id: number; kind: 'note'; tone: NoteTone; text: string }
  | { id: number; kind: 'display'; record: DisplayRecord };

type PendingEntry =
  | { kind: Stream; text: string }
  | { kind: 'note'; tone: NoteTone; text: string }
  | { kind: 'display'; record: DisplayRecord };

export interface OutputSnapshot {
  entries: readonly OutputEntry[];
  /** True once some of the program's output was dropped. */
  cut: boolean;
  /** Older pictures dropped to keep the most recent ones (display/display-cap.ts). */
  droppedDisplays: number;
}

interface StreamText {
  chunks: string[];
  view: StreamTextView | null;
}

export class OutputStore {
  private snapshot: OutputSnapshot = { entries: [], cut: false, droppedDisplays: 0 };
  private pending: PendingEntry[] = [];
  private readonly texts = new Map<number, StreamText>();
  private chars = 0;
  private nextId = 1;
  private cutRequested = false;
  private frame: number | null = null;
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): OutputSnapshot => this.snapshot;

  /** Writes a stream entry's text into `element` and keeps appending to it until the returned detach is called. */
  attachText(id: number, element: HTMLElement): () => void {
    const text = this.texts.get(id);
    if (!text) return () => {};
    const view = new StreamTextView(element);
    view.append(text.chunks.join(''));
    text.view = view;
    return () => {
      if (text.view === view) text.view = null;
    };
  }

  clear(): void {
    this.pending = [];
    this.texts.clear();
    this.chars = 0;
    this.cancelFrame();
    this.publish({ entries: [], cut: false, droppedDisplays: 0 });
  }

  appendStream(stream: Stream, text: string): void {
    const room = MAX_OUTPUT_CHARS - this.chars;
    if (room <= 0) return this.markCut();
    const kept = text.length > room ? text.slice(0, room) : text;
    this.chars += kept.length;
    const last = this.pending.at(-1);
    if (last && last.kind === stream) last.text += kept;
    else this.pending.push({ kind: stream, text: kept });
    if (kept.length < text.length) this.markCut();
    this.schedule();
  }

  appendDisplay(record: DisplayRecord): void {
    this.pending.push({ kind: 'display', record });
    this.schedule();
  }

  note(tone: NoteTone, text: string): void {
    this.pending.push({ kind: 'note', tone, text });
    this.schedule();
  }

  markCut(): void {
    this.cutRequested = true;
    this.schedule();
  }

  /**
   * Applies queued output now (e.g. when a run ends, so its last lines are not a frame
   * late), up to a frame's worth of text: the rest follows in the next frames, in order.
   */
  flush(): void {
    this.cancelFrame();
    if (this.pending.length === 0 && !this.cutRequested) return;
    let entries: OutputEntry[] | null = null;
    let last = this.snapshot.entries.at(-1);
    const apply = (item: PendingEntry): void => {
      if ((item.kind === 'stdout' || item.kind === 'stderr') && last?.kind === item.kind) {
        this.extendText(last.id, item.text);
        return;
      }
      entries ??= [...this.snapshot.entries];
      const id = this.nextId++;
      if (item.kind === 'stdout' || item.kind === 'stderr') this.texts.set(id, { chunks: [item.text], view: null });
      last = { ...item, id } as OutputEntry;
      entries.push(last);
    };
    let budget = FRAME_CHARS;
    let applied = 0;
    for (; applied < this.pending.length; applied++) {
      const item = this.pending[applied]!;
      if (item.kind === 'stdout' || item.kind === 'stderr') {
        const now = takeAtMost(item.text, budget);
        if (now.length === 0) break;
        budget -= now.length;
        if (now.length < item.text.length) {
          item.text = item.text.slice(now.length); // the rest stays queued, in front
          apply({ kind: item.kind, text: now });
          break;
        }
      }
      apply(item);
    }
    this.pending.splice(0, applied);
    if (this.pending.length > 0) this.schedule();
    // The cut is shown after the last text kept, not before it.
    const cutChanged = this.pending.length === 0 && this.cutRequested && !this.snapshot.cut;
    if (this.pending.length === 0) this.cutRequested = false;
    if (!entries && !cutChanged) return;
    const recent = keepRecentDisplays(entries ?? [...this.snapshot.entries]);
    this.publish({ entries: recent.entries, cut: this.snapshot.cut || cutChanged, droppedDisplays: this.snapshot.droppedDisplays + recent.dropped });
  }

  private extendText(id: number, chunk: string): void {
    const text = this.texts.get(id);
    if (!text) return;
    text.chunks.push(chunk);
    text.view?.append(chunk);
  }

  private schedule(): void {
    if (this.frame === null) this.frame = requestAnimationFrame(() => this.flush());
  }

  private cancelFrame(): void {
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
  }

  private publish(snapshot: OutputSnapshot): void {
    this.snapshot = snapshot;
    for (const listener of this.listeners) listener();
  }
}

/** The start of `text`, at most `limit` characters, ending at a line break when there is one in reach and never inside a surrogate pair. */
function takeAtMost(text: string, limit: number): string {
  if (text.length <= limit) return text;
  if (limit <= 0) return '';
  const lastBreak = text.lastIndexOf('\n', limit - 1);
  if (lastBreak >= 0) return text.slice(0, lastBreak + 1);
  const code = text.charCodeAt(limit - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit);
}

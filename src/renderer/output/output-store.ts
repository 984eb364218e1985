// Holds what the running program printed. Chunks arrive from the worker far faster
// than React should re-render, so they are queued and applied once per animation
// frame; past MAX_OUTPUT_CHARS further text is dropped and the pane says so.

import type { DisplayRecord } from '../../shared/display';
import { keepRecentDisplays } from '../display/display-cap';
import type { Stream } from '../../shared/python/protocol';

export const MAX_OUTPUT_CHARS = 200_000;

export type NoteTone = 'info' | 'success' | 'warning' | 'error';

export type OutputEntry =
  | { id: number; kind: Stream; text: string }
  | { id: number; kind: 'note'; tone: NoteTone; text: string }
  | { id: number; kind: 'display'; record: DisplayRecord };

type WithoutId<Entry> = Entry extends OutputEntry ? Omit<Entry, 'id'> : never;
type PendingEntry = WithoutId<OutputEntry>;

export interface OutputSnapshot {
  entries: readonly OutputEntry[];
  /** True once some of the program's output was dropped. */
  cut: boolean;
  /** Older pictures dropped to keep the most recent ones (display/display-cap.ts). */
  droppedDisplays: number;
}

export class OutputStore {
  private snapshot: OutputSnapshot = { entries: [], cut: false, droppedDisplays: 0 };
  private pending: PendingEntry[] = [];
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

  clear(): void {
    this.pending = [];
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

  /** Applies queued output now (e.g. when a run ends, so its last lines are not a frame late). */
  flush(): void {
    this.cancelFrame();
    if (this.pending.length === 0 && !this.cutRequested) return;
    const entries = [...this.snapshot.entries];
    for (const item of this.pending) {
      const last = entries.at(-1);
      if ((item.kind === 'stdout' || item.kind === 'stderr') && last && last.kind === item.kind) {
        entries[entries.length - 1] = { ...last, text: last.text + item.text };
      } else {
        entries.push({ ...item, id: this.nextId++ } as OutputEntry);
      }
    }
    this.pending = [];
    const cut = this.snapshot.cut || this.cutRequested;
    this.cutRequested = false;
    const recent = keepRecentDisplays(entries);
    this.publish({ entries: recent.entries, cut, droppedDisplays: this.snapshot.droppedDisplays + recent.dropped });
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

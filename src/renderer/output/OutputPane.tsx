import { memo, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { DisplayView, droppedDisplaysNote } from '../display';
import type { OutputEntry, OutputStore } from './output-store';

// React renders an empty span once; the store writes the stream's text into it as it arrives.
function StreamText({ store, entry }: { store: OutputStore; entry: OutputEntry & { kind: 'stdout' | 'stderr' } }) {
  const span = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => (span.current ? store.attachText(entry.id, span.current) : undefined), [store, entry.id]);
  return <span className={`output-${entry.kind}`} ref={span} />;
}

// Entries are immutable: a new entry renders once and is never re-rendered.
const OutputLine = memo(function OutputLine({ store, entry }: { store: OutputStore; entry: OutputEntry }) {
  switch (entry.kind) {
    case 'stdout':
    case 'stderr':
      return <StreamText store={store} entry={entry} />;
    case 'note':
      return <div className={`output-note output-note-${entry.tone}`}>{entry.text}</div>;
    case 'display':
      return <DisplayView record={entry.record} />;
  }
});

// The scroller is a reversed flex column, so the browser keeps it at the bottom while
// output grows (and leaves it alone once the learner scrolls up): no height is read per frame.
export const OutputPane = memo(function OutputPane({ store }: { store: OutputStore }) {
  const { entries, cut, droppedDisplays } = useSyncExternalStore(store.subscribe, store.getSnapshot);

  return (
    <section className="output-pane" aria-label="Output">
      <header className="pane-header">Output</header>
      <div className="output-scroller" data-testid="output">
        <div className="output-content">
          {droppedDisplays > 0 && (
            <div className="output-note output-note-info" role="status">
              {droppedDisplaysNote(droppedDisplays)}
            </div>
          )}
          {entries.length === 0 && !cut ? (
            <p className="output-empty">Run your program to see what it prints.</p>
          ) : (
            <pre className="output-text">
              {entries.map((entry) => (
                <OutputLine key={entry.id} store={store} entry={entry} />
              ))}
            </pre>
          )}
          {cut && (
            <div className="output-cut" role="status" data-testid="output-cut">
              Output was cut: the program printed more than can be shown, so the rest was dropped. The program itself
              kept running.
            </div>
          )}
        </div>
      </div>
    </section>
  );
});

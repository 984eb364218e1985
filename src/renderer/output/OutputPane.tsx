import { memo, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { DisplayView, droppedDisplaysNote } from '../display';
import type { OutputEntry, OutputStore } from './output-store';

/** Within this many pixels of the bottom, new output keeps the pane scrolled to the end. */
const STICK_TO_BOTTOM_PX = 40;

// Entries are immutable: while a program prints, only the entry being extended re-renders.
const OutputLine = memo(function OutputLine({ entry }: { entry: OutputEntry }) {
  switch (entry.kind) {
    case 'stdout':
    case 'stderr':
      return <span className={`output-${entry.kind}`}>{entry.text}</span>;
    case 'note':
      return <div className={`output-note output-note-${entry.tone}`}>{entry.text}</div>;
    case 'display':
      return <DisplayView record={entry.record} />;
  }
});

export function OutputPane({ store }: { store: OutputStore }) {
  const { entries, cut, droppedDisplays } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const scroller = useRef<HTMLDivElement>(null);
  const stuckToBottom = useRef(true);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && stuckToBottom.current) element.scrollTop = element.scrollHeight;
  }, [entries, cut]);

  const onScroll = () => {
    const element = scroller.current;
    if (!element) return;
    stuckToBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < STICK_TO_BOTTOM_PX;
  };

  return (
    <section className="output-pane" aria-label="Output">
      <header className="pane-header">Output</header>
      <div className="output-scroller" ref={scroller} onScroll={onScroll} data-testid="output">
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
              <OutputLine key={entry.id} entry={entry} />
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
    </section>
  );
}

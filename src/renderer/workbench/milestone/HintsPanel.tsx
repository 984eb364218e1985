import { shortcutKeys } from '../shortcuts';
import { Markdown } from './Instructions';

export interface HintsPanelProps {
  hints: readonly string[];
  revealed: number;
  onRevealNext(): void;
}

/** Hints unfold one at a time, from a nudge to nearly the answer. */
export function HintsPanel({ hints, revealed, onRevealNext }: HintsPanelProps) {
  if (hints.length === 0) return null;
  const shown = Math.min(revealed, hints.length);
  return (
    <section className="hints" aria-label="Hints">
      <h2 className="section-title">
        Hints <span className="muted">({shown} of {hints.length})</span>
      </h2>
      <ol className="hint-list">
        {hints.slice(0, shown).map((hint, index) => (
          <li key={index} className="hint" data-testid="hint">
            <span className="hint-number">{index + 1}</span>
            <Markdown source={hint} className="hint-text" />
          </li>
        ))}
      </ol>
      {shown < hints.length && (
        <button type="button" className="button" onClick={onRevealNext} title={`Show the next hint (${shortcutKeys('nextHint')})`}>
          {shown === 0 ? 'Show a hint' : `Show hint ${shown + 1} of ${hints.length}`}
        </button>
      )}
    </section>
  );
}

import { SHORTCUTS } from './shortcuts';

export function ShortcutsList() {
  return (
    <dl className="shortcuts-list" aria-label="Keyboard shortcuts">
      {SHORTCUTS.map((shortcut) => (
        <div key={shortcut.action} className="shortcuts-row">
          <dt>
            {shortcut.keys.split('+').map((key, index) => (
              <kbd key={index}>{key}</kbd>
            ))}
          </dt>
          <dd>{shortcut.label}</dd>
        </div>
      ))}
    </dl>
  );
}

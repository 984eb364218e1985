// Monaco needs its theme set in JavaScript; the rest of the UI follows
// prefers-color-scheme in CSS.

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function isDarkScheme(): boolean {
  return window.matchMedia(DARK_QUERY).matches;
}

/** Themes defined in monaco-setup.ts. */
export function monacoThemeNow(): 'buildpath-light' | 'buildpath-dark' {
  return isDarkScheme() ? 'buildpath-dark' : 'buildpath-light';
}

export function onColorSchemeChange(listener: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

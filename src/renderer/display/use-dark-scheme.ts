import { useSyncExternalStore } from 'react';
import { onColorSchemeChange } from '../editor/color-scheme';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Whether the page is in its dark colour scheme; re-renders when that changes. */
export function useDarkScheme(): boolean {
  return useSyncExternalStore(onColorSchemeChange, () => window.matchMedia(DARK_QUERY).matches);
}

import { useSyncExternalStore } from 'react';
import { isDarkScheme, onColorSchemeChange } from '../editor/color-scheme';

/** Whether the page is in its dark colour scheme; re-renders when that changes. */
export function useDarkScheme(): boolean {
  return useSyncExternalStore(onColorSchemeChange, isDarkScheme);
}

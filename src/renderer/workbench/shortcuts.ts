// The workbench's keyboard shortcuts: one table drives both the key handling and the
// list shown in the app, so the two cannot disagree.

import { IS_MAC } from '../platform';

const MOD = IS_MAC ? '⌘' : 'Ctrl';
const ALT = IS_MAC ? '⌥' : 'Alt';

export type ShortcutAction = 'run' | 'check' | 'save' | 'nextMilestone' | 'previousMilestone' | 'nextHint';

export interface Shortcut {
  action: ShortcutAction;
  label: string;
  keys: string;
  matches(event: KeyboardEvent): boolean;
}

const mod = (event: KeyboardEvent) => (IS_MAC ? event.metaKey : event.ctrlKey);

export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'run', label: 'Run the program', keys: `${MOD}+Enter`, matches: (e) => mod(e) && !e.shiftKey && !e.altKey && e.key === 'Enter' },
  { action: 'check', label: 'Check the milestone', keys: `${MOD}+Shift+Enter`, matches: (e) => mod(e) && e.shiftKey && !e.altKey && e.key === 'Enter' },
  { action: 'save', label: 'Save now (saving is automatic)', keys: `${MOD}+S`, matches: (e) => mod(e) && !e.shiftKey && !e.altKey && e.code === 'KeyS' },
  { action: 'nextHint', label: 'Show the next hint', keys: `${MOD}+Shift+H`, matches: (e) => mod(e) && e.shiftKey && !e.altKey && e.code === 'KeyH' },
  { action: 'nextMilestone', label: 'Next milestone', keys: `${ALT}+PageDown`, matches: (e) => e.altKey && !mod(e) && e.key === 'PageDown' },
  { action: 'previousMilestone', label: 'Previous milestone', keys: `${ALT}+PageUp`, matches: (e) => e.altKey && !mod(e) && e.key === 'PageUp' },
];

export function shortcutKeys(action: ShortcutAction): string {
  return SHORTCUTS.find((shortcut) => shortcut.action === action)?.keys ?? '';
}

export function shortcutFor(event: KeyboardEvent): ShortcutAction | null {
  return SHORTCUTS.find((shortcut) => shortcut.matches(event))?.action ?? null;
}

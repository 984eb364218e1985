// The window may only show the app itself: no navigation away, no new windows,
// no webviews, no permission grants (the rules are in window-policy.ts).

import { app, session } from 'electron';
import { installWindowGuards, type GuardedApp, type GuardedSession } from './window-policy';

export function guardAllWebContents(): void {
  installWindowGuards(app as unknown as GuardedApp, session.defaultSession as unknown as GuardedSession);
}

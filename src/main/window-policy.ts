// What every web contents of the app may do, written against the few Electron
// methods it uses so tests can drive it without Electron: show only app:// pages,
// open no windows, attach no webviews, and get no permission (camera, notifications
// from web content, clipboard reads, …) whether asked for or merely checked.

import { isAppUrl } from './app-origin';

interface PreventableEvent {
  preventDefault(): void;
}

export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', listener: (event: PreventableEvent & { url?: string }, url?: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface GuardedApp {
  on(event: 'web-contents-created', listener: (event: unknown, contents: GuardedContents) => void): unknown;
}

export interface GuardedSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
}

/** Navigation events carry the URL as the second argument or (will-frame-navigate) on the event. */
function refuseForeign(event: PreventableEvent & { url?: string }, url?: string): void {
  if (!isAppUrl(url ?? event.url ?? '')) event.preventDefault();
}

export function installWindowGuards(app: GuardedApp, session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', refuseForeign);
    contents.on('will-redirect', refuseForeign);
    contents.on('will-frame-navigate', refuseForeign);
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

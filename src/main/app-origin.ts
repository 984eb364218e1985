// The app's own origin and the decisions that depend on it, kept free of Electron
// imports so they can be unit-tested (tests/hardening/electron-guards.test.ts).

export const APP_SCHEME = 'app';
export const APP_HOST = 'buildpath';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * Compares scheme and host, not `origin`: the main process parses with Node's URL,
 * which gives every non-special scheme such as app: the opaque origin "null" (only
 * Chromium knows app: was registered as standard), so an origin test refused the app.
 */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** The part of an IPC sender frame the trust decision looks at. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/** Only the top frame showing the app may call the host: no subframes, no other pages. */
export function isTrustedFrame(frame: SenderFrame | null | undefined): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url);
}

/** The window's renderer settings: isolated, sandboxed, no Node, web security on. */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} as const;

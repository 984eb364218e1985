// Electron's security checklist, as far as it can be shown without the Electron
// binary (not downloadable here): the pure decisions the main process makes, the
// guards driven through stand-ins for app/session/webContents, the window's
// preferences, the headers app:// sends, and the fuses in the packaging config.

import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, APP_START_URL, isAppUrl, isTrustedFrame, SECURE_WEB_PREFERENCES } from '../../src/main/app-origin';
import { installWindowGuards, type GuardedContents } from '../../src/main/window-policy';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../src/services/static-files';

const FOREIGN_URLS = [
  'https://example.com/', 'http://127.0.0.1:4870/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<h1>x',
  'app://other/index.html', 'app://buildpath.evil.example/', 'app://evil.example/buildpath', 'about:blank', 'chrome://settings',
  'devtools://devtools/bundled/inspector.html', 'blob:https://example.com/uuid', 'not a url', '',
  'app://buildpath@evil.example/', 'app://user:pw@buildpath/', 'app://buildpath:8080/', 'app:buildpath/index.html', 'null',
];

describe('the app origin', () => {
  it('accepts the app’s own pages', () => {
    expect(isAppUrl(APP_START_URL)).toBe(true);
    expect(isAppUrl(`${APP_ORIGIN}/assets/index.js?x=1#y`)).toBe(true);
    // Node's URL (the main process) gives app: the opaque origin "null": the check must not rely on it.
    expect(new URL(APP_START_URL).origin).toBe('null');
  });

  it.each(FOREIGN_URLS)('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('refuses every generated web URL (fast-check, 500 cases)', () => {
    fc.assert(fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => !isAppUrl(url)), { numRuns: 500 });
  });
});

describe('IPC senders', () => {
  it('trusts only the top frame showing the app', () => {
    expect(isTrustedFrame({ url: APP_START_URL, parent: null })).toBe(true);
    expect(isTrustedFrame({ url: APP_START_URL, parent: { url: APP_START_URL } })).toBe(false); // a subframe
    expect(isTrustedFrame({ url: 'https://example.com/', parent: null })).toBe(false);
    expect(isTrustedFrame(null)).toBe(false); // the frame was already gone
    expect(isTrustedFrame(undefined)).toBe(false);
  });
});

describe('the window', () => {
  it('isolates the renderer: context isolation, sandbox, no Node anywhere, no webviews', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('the main process builds its window from those preferences', () => {
    const main = readFileSync('src/main/index.ts', 'utf8');
    expect(main).toMatch(/webPreferences: \{ \.\.\.SECURE_WEB_PREFERENCES, preload: preloadPath \}/);
    expect(main).not.toMatch(/loadURL\((?!APP_START_URL)/); // no remote content
  });

  it('the preload exposes one call, not ipcRenderer itself', () => {
    const preload = readFileSync('src/preload/index.ts', 'utf8');
    expect(preload.match(/exposeInMainWorld/g)).toHaveLength(1);
    expect(preload).toMatch(/call: \(method: HostMethod, args: unknown\[\]\) => ipcRenderer\.invoke\(HOST_CALL_CHANNEL, method, args\)/);
  });
});

function guardedWorld() {
  const app = new EventEmitter();
  let requestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
  let checkHandler: ((contents: unknown, permission: string) => boolean) | undefined;
  installWindowGuards(app as never, {
    setPermissionRequestHandler: (handler) => (requestHandler = handler),
    setPermissionCheckHandler: (handler) => (checkHandler = handler),
  });
  const contents = Object.assign(new EventEmitter(), {
    openHandler: undefined as undefined | ((details: { url: string }) => { action: string }),
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
      this.openHandler = handler;
    },
  });
  app.emit('web-contents-created', {}, contents as unknown as GuardedContents);
  /** Emits a navigation event and says whether the guard prevented it. */
  const navigate = (event: string, url: string, urlOnEvent = false): boolean => {
    let prevented = false;
    const payload = { preventDefault: () => (prevented = true), ...(urlOnEvent ? { url } : {}) };
    contents.emit(event, payload, urlOnEvent ? undefined : url);
    return prevented;
  };
  return { contents, navigate, requestHandler: requestHandler!, checkHandler: checkHandler! };
}

describe('the guards on every web contents', () => {
  it.each(['will-navigate', 'will-redirect'])('%s: stays on app:// and refuses everything else', (event) => {
    const { navigate } = guardedWorld();
    expect(navigate(event, `${APP_ORIGIN}/index.html#/projects`)).toBe(false);
    for (const url of FOREIGN_URLS) expect(navigate(event, url)).toBe(true);
  });

  it('will-frame-navigate (URL on the event): refuses foreign pages in any frame', () => {
    const { navigate } = guardedWorld();
    expect(navigate('will-frame-navigate', APP_START_URL, true)).toBe(false);
    for (const url of FOREIGN_URLS) expect(navigate('will-frame-navigate', url, true)).toBe(true);
  });

  it('opens no new windows and attaches no webviews', () => {
    const { contents, navigate } = guardedWorld();
    expect(contents.openHandler?.({ url: APP_START_URL })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(navigate('will-attach-webview', APP_START_URL)).toBe(true);
  });

  it('grants no permission, asked for or checked', () => {
    const { requestHandler, checkHandler } = guardedWorld();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'serial']) {
      let granted: boolean | undefined;
      requestHandler({}, permission, (answer) => (granted = answer));
      expect(granted).toBe(false);
      expect(checkHandler({}, permission)).toBe(false);
    }
  });
});

describe('what app:// and browser mode send with every file', () => {
  it('a CSP that allows only the app’s own code and connections', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((directive) => [directive.split(' ')[0], directive]));
    expect(directives.get('default-src')).toBe("default-src 'self'");
    expect(directives.get('script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'"); // no eval, no inline script
    expect(directives.get('connect-src')).toBe("connect-src 'self'");
    expect(directives.get('object-src')).toBe("object-src 'none'");
    expect(directives.get('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directives.get('base-uri')).toBe("base-uri 'none'");
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('the packaging configuration (electron-builder.json)', () => {
  const config = JSON.parse(readFileSync('electron-builder.json', 'utf8')) as { asar: boolean; files: string[]; electronFuses: Record<string, boolean> };

  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['onlyLoadAppFromAsar', true],
    ['grantFileProtocolExtraPrivileges', false],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['enableCookieEncryption', true],
  ])('fuse %s is %s', (fuse, value) => {
    expect(config.electronFuses[fuse]).toBe(value);
  });

  it('packs the app into an asar archive holding the built app and the projects', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', 'projects/**/*', 'package.json']));
  });
});

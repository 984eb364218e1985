// Electron main process: one window showing the renderer through app://.

import { app, BrowserWindow, Notification } from 'electron';
import { fileURLToPath } from 'node:url';
import { createHostServices } from '../services/host-services';
import { resolveWorkspaceDir } from '../services/workspace-dir';
import { APP_START_URL, handleAppScheme, registerAppSchemePrivileges } from './app-scheme';
import { SECURE_WEB_PREFERENCES } from './app-origin';
import { serveHostApiOverIpc } from './host-ipc';
import { guardAllWebContents } from './window-guards';

const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

registerAppSchemePrivileges();

function createMainWindow(): void {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    title: 'Buildpath',
    show: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_START_URL);
}

app.whenReady().then(async () => {
  guardAllWebContents();
  handleAppScheme(rendererDir);
  serveHostApiOverIpc(
    createHostServices({
      mode: 'desktop',
      version: app.getVersion(),
      workspaceDir: await resolveWorkspaceDir(),
      notify: (title, body) => Notification.isSupported() && new Notification({ title, body }).show(),
    }),
  );
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

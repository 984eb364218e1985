// Electron main process: one window showing the renderer through app://.

import { app, BrowserWindow, ipcMain, Notification, type IpcMainEvent } from 'electron';
import { fileURLToPath } from 'node:url';
import { createHostServices } from '../services/host-services';
import { resolveWorkspaceDir } from '../services/workspace-dir';
import { handleAppScheme, registerAppSchemePrivileges } from './app-scheme';
import { APP_START_URL, isTrustedFrame, SECURE_WEB_PREFERENCES } from './app-origin';
import { SAVE_BEFORE_CLOSE_CHANNEL, SAVED_BEFORE_CLOSE_CHANNEL } from '../shared/host-api';
import { saveBeforeClose, SaveRequests } from './close-guard';
import { serveHostApiOverIpc } from './host-ipc';
import { printPageToPdf } from './print-to-pdf';
import { guardAllWebContents } from './window-guards';

const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

registerAppSchemePrivileges();

/** A quit (Cmd+Q, the app menu) held back by saveBeforeClose resumes once the window is gone. */
let quitting = false;
app.on('before-quit', () => {
  quitting = true;
});

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

  // Closing: the renderer saves what is pending first (close-guard.ts).
  const contents = window.webContents;
  const requests = new SaveRequests();
  const onSaved = (event: IpcMainEvent, id: unknown) => {
    if (event.sender === contents && isTrustedFrame(event.senderFrame)) requests.answer(id);
  };
  ipcMain.on(SAVED_BEFORE_CLOSE_CHANNEL, onSaved);
  saveBeforeClose(window, () => requests.ask((id) => contents.send(SAVE_BEFORE_CLOSE_CHANNEL, id)));
  window.on('closed', () => {
    ipcMain.removeListener(SAVED_BEFORE_CLOSE_CHANNEL, onSaved);
    if (quitting) app.quit();
  });

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
      printToPdf: printPageToPdf,
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

// The renderer's only way to the main process: window.buildpath.call(method, args),
// and, when the window closes, one request to save what is pending
// (src/main/close-guard.ts asks, src/renderer/workbench/save-before-close.ts answers).

import { contextBridge, ipcRenderer } from 'electron';
import {
  HOST_CALL_CHANNEL,
  SAVE_BEFORE_CLOSE_CHANNEL,
  SAVED_BEFORE_CLOSE_CHANNEL,
  type BuildpathBridge,
  type HostMethod,
} from '../shared/host-api';

let saveBeforeClose: (() => Promise<void>) | null = null;

// Always answered, even with nothing subscribed or a failed save: the window must close.
ipcRenderer.on(SAVE_BEFORE_CLOSE_CHANNEL, (_event, id: unknown) => {
  void Promise.resolve()
    .then(() => saveBeforeClose?.())
    .catch(() => undefined)
    .then(() => ipcRenderer.send(SAVED_BEFORE_CLOSE_CHANNEL, id));
});

const bridge: BuildpathBridge = {
  call: (method: HostMethod, args: unknown[]) => ipcRenderer.invoke(HOST_CALL_CHANNEL, method, args),
  onSaveBeforeClose: (save) => {
    saveBeforeClose = typeof save === 'function' ? save : null;
  },
};

contextBridge.exposeInMainWorld('buildpath', bridge);

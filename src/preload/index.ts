// The renderer's only way to the main process: window.buildpath.call(method, args).

import { contextBridge, ipcRenderer } from 'electron';
import { HOST_CALL_CHANNEL, type HostMethod, type HostTransport } from '../shared/host-api';

const bridge: HostTransport = {
  call: (method: HostMethod, args: unknown[]) => ipcRenderer.invoke(HOST_CALL_CHANNEL, method, args),
};

contextBridge.exposeInMainWorld('buildpath', bridge);

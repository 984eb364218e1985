// The host API over IPC: one channel, answered only for frames showing the app.

import { ipcMain } from 'electron';
import { HOST_CALL_CHANNEL, type HostApi } from '../shared/host-api';
import { dispatchHostCall } from '../services/host-services';
import { isTrustedFrame } from './app-origin';

export function serveHostApiOverIpc(services: HostApi): void {
  ipcMain.handle(HOST_CALL_CHANNEL, (event, method: unknown, args: unknown) => {
    if (!isTrustedFrame(event.senderFrame)) throw new Error('Host API refused: the caller is not the app');
    return dispatchHostCall(services, method, args);
  });
}

// The host API over IPC: one channel, answered only for frames showing the app.

import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { HOST_CALL_CHANNEL, type HostApi } from '../shared/host-api';
import { dispatchHostCall } from '../services/host-services';
import { isTrustedFrame } from './app-origin';

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  return isTrustedFrame(event.senderFrame);
}

export function serveHostApiOverIpc(services: HostApi): void {
  ipcMain.handle(HOST_CALL_CHANNEL, (event, method: unknown, args: unknown) => {
    if (!isTrustedSender(event)) throw new Error('Host API refused: the caller is not the app');
    return dispatchHostCall(services, method, args);
  });
}

// Every hostile-input test also asserts that nothing was left as an unhandled
// rejection: a crash waiting to happen in the Electron main process or the server.

/** Starts recording; call the returned function to read what was recorded so far. */
export function recordUnhandledRejections(): () => unknown[] {
  const seen: unknown[] = [];
  process.on('unhandledRejection', (reason) => seen.push(reason));
  return () => [...seen];
}

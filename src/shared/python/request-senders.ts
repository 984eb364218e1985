// Learner code reaches the worker's global scope through Pyodide's `js` module. In
// browser mode the page's API token is one GET away, so a worker that can send
// requests can call the host API; a worker that can write Cache Storage can plant
// the start-up snapshot the next worker loads. Once Pyodide has started (the last
// time the runtime itself needs either), both go.

export const REQUEST_SENDERS = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebTransport',
  'EventSource',
  'Worker',
  'SharedWorker',
  'importScripts',
  'caches',
] as const;

/** Deletes the globals above from `scope`; returns the names that could not be removed. */
export function removeRequestSenders(scope: object = globalThis): string[] {
  const kept: string[] = [];
  for (const name of REQUEST_SENDERS) {
    // Constructors are own properties of the global object; operations such as fetch and
    // attributes such as caches live on its prototypes (WorkerGlobalScope.prototype, …).
    for (let holder: object | null = scope; holder !== null; holder = Reflect.getPrototypeOf(holder)) {
      if (Object.hasOwn(holder, name)) Reflect.deleteProperty(holder, name);
    }
    if (name in scope) kept.push(name);
  }
  return kept;
}

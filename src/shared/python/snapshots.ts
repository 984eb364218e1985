// Pyodide can save its memory after start-up and load it again instead of
// starting from scratch (a private API: `_makeSnapshot` / `_loadSnapshot`). The
// first start in a place makes a snapshot with Buildpath's library imported; later
// starts load it. Any failure falls back to a plain start.

/** Where a platform keeps snapshots: files in Node, Cache Storage in the browser. */
export interface SnapshotStore {
  load(key: string): Promise<Uint8Array | null>;
  save(key: string, bytes: Uint8Array): Promise<void>;
  discard(key: string): Promise<void>;
}

/** Snapshots are only valid for the Pyodide version and library sources they were made with. */
export async function snapshotKey(pyodideVersion: string, pythonSources: Record<string, string>): Promise<string> {
  const text = Object.keys(pythonSources)
    .sort()
    .map((path) => `${path}\0${pythonSources[path]}`)
    .join('\0');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${pyodideVersion}\0${text}`));
  const hex = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `pyodide-${pyodideVersion}-${hex.slice(0, 16)}`;
}

/** Cache Storage, for module workers in the browser and the Electron window. */
export function cacheStorageSnapshots(cacheName = 'buildpath-python-snapshots'): SnapshotStore | undefined {
  if (typeof caches === 'undefined') return undefined;
  const url = (key: string) => new URL(`/__snapshots/${key}`, self.location.href).href;
  return {
    async load(key) {
      const response = await (await caches.open(cacheName)).match(url(key));
      return response ? new Uint8Array(await response.arrayBuffer()) : null;
    },
    async save(key, bytes) {
      const cache = await caches.open(cacheName);
      for (const old of await cache.keys()) await cache.delete(old); // one snapshot is enough
      await cache.put(url(key), new Response(bytes as unknown as BodyInit));
    },
    async discard(key) {
      await (await caches.open(cacheName)).delete(url(key));
    },
  };
}

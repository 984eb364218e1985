// The HTTP contract between browser mode's server (src/server) and the renderer (src/renderer/host.ts).

export const API_PREFIX = '/api/';
/** Header carrying the per-launch secret on every API call. */
export const TOKEN_HEADER = 'x-buildpath-token';
/** The server puts the secret into the served index.html in a meta tag of this name. */
export const TOKEN_META_NAME = 'buildpath-api-token';

export type ApiReply = { ok: true; value: unknown } | { ok: false; error: string };

// What the parent accepts from a sandboxed child: its secret, then for a reply a known
// type, a sane size and, for results, the check-result schema. (Kept apart from
// ipc.ts so the child's bundle does not carry the schema library.)

import type { FromWorker } from '../../../shared/python/protocol';
import { SNAPSHOT_KEY, type FromSandbox } from './ipc';
import { checkResultSchema, testResultSchema } from '../../../shared/check-result';

/** A reply larger than this (in JSON) is refused: output is capped long before. */
export const MAX_REPLY_CHARS = 2_000_000;

const REPLY_TYPES = new Set([
  'progress', 'ready', 'stream', 'display', 'output-cut', 'check-started', 'check-progress', 'run-done', 'check-done', 'checks-listed', 'failed',
]);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A reply the client may see, or why it is dropped. */
export function validateReply(message: unknown): { ok: true; message: FromWorker } | { ok: false; reason: string } {
  if (!isObject(message) || typeof message.type !== 'string' || !REPLY_TYPES.has(message.type)) return { ok: false, reason: 'unknown reply type' };
  if ('id' in message && message.id !== null && !Number.isSafeInteger(message.id)) return { ok: false, reason: 'bad id' };
  let size: number;
  try {
    size = JSON.stringify(message).length;
  } catch {
    return { ok: false, reason: 'not JSON data' };
  }
  if (size > MAX_REPLY_CHARS) return { ok: false, reason: `over ${MAX_REPLY_CHARS} characters` };
  if (message.type === 'check-done' && !checkResultSchema.safeParse(message.result).success) return { ok: false, reason: 'malformed check result' };
  if (message.type === 'check-progress' && message.test !== null && !testResultSchema.safeParse(message.test).success) {
    return { ok: false, reason: 'malformed test result' };
  }
  if (message.type === 'stream' && (typeof message.text !== 'string' || (message.stream !== 'stdout' && message.stream !== 'stderr'))) {
    return { ok: false, reason: 'malformed stream' };
  }
  if (message.type === 'check-started' && (typeof message.name !== 'string' || typeof message.budgetSeconds !== 'number' || !(message.budgetSeconds > 0))) {
    return { ok: false, reason: 'malformed check start' };
  }
  if (message.type === 'failed' && typeof message.message !== 'string') return { ok: false, reason: 'malformed failure' };
  return { ok: true, message: message as unknown as FromWorker };
}

export function isFromSandbox(value: unknown, token: string): value is FromSandbox {
  if (!isObject(value) || value.token !== token) return false;
  if (value.kind === 'reply') return true;
  if (value.kind === 'discard-snapshot') return typeof value.key === 'string' && SNAPSHOT_KEY.test(value.key);
  if (value.kind === 'save-snapshot') return typeof value.key === 'string' && SNAPSHOT_KEY.test(value.key) && value.bytes instanceof Uint8Array;
  return false;
}

// POST /api/<method> with a JSON array of arguments → { ok, value } or { ok, error }.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { HostApi } from '../shared/host-api';
import { dispatchHostCall, InvalidHostArgumentsError, isHostMethod } from '../services/host-services';
import { PackLookupError } from '../services/packs';
import { SECURITY_HEADERS } from '../services/static-files';
import { API_PREFIX, TOKEN_HEADER, type ApiReply } from '../shared/browser-api';

/**
 * Room for the largest call: saveCode with MAX_CODE_CHARS characters, each of which
 * JSON may spell as a six-byte escape, plus the rest of the call.
 */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

class BodyTooLargeError extends Error {}

function sendJson(response: ServerResponse, status: number, payload: ApiReply): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(payload));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function tokenMatches(received: string | string[] | undefined, secret: string): boolean {
  if (typeof received !== 'string') return false;
  const expected = Buffer.from(secret);
  const given = Buffer.from(received);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The caller's mistake (4xx) or ours (500). */
function statusOfRefusal(error: unknown): number {
  if (error instanceof InvalidHostArgumentsError) return 400;
  if (error instanceof PackLookupError) return 404;
  return 500;
}

export async function handleApiRequest(
  request: IncomingMessage,
  response: ServerResponse,
  services: HostApi,
  secret: string,
): Promise<void> {
  if (request.method !== 'POST') return sendJson(response, 405, { ok: false, error: 'Use POST' });
  if (!tokenMatches(request.headers[TOKEN_HEADER], secret)) {
    return sendJson(response, 403, { ok: false, error: 'Missing or wrong token' });
  }
  if (!request.headers['content-type']?.startsWith('application/json')) {
    return sendJson(response, 415, { ok: false, error: 'Send application/json' });
  }
  const method = (request.url ?? '').slice(API_PREFIX.length).split('?', 1)[0];
  if (!isHostMethod(services, method)) return sendJson(response, 404, { ok: false, error: 'Unknown method' });

  let args: unknown;
  try {
    const body = await readBody(request);
    args = body.trim() === '' ? [] : JSON.parse(body);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return sendJson(response, 413, { ok: false, error: 'Body too large' });
    return sendJson(response, 400, { ok: false, error: 'Body is not JSON' });
  }
  if (!Array.isArray(args)) return sendJson(response, 400, { ok: false, error: 'Body must be a JSON array' });

  try {
    const value = await dispatchHostCall(services, method, args);
    sendJson(response, 200, { ok: true, value });
  } catch (error) {
    sendJson(response, statusOfRefusal(error), { ok: false, error: error instanceof Error ? error.message : String(error) });
  }
}

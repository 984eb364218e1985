// Property-based: malformed messages on both sides of the Python worker protocol.
// The real worker runtime (Node worker thread, real Pyodide) gets junk requests and
// must keep answering; the client gets junk replies and must keep its jobs' promises.

import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PythonClient, type WorkerLike } from '../../src/shared/python/python-client';
import type { FromWorker, ToWorker } from '../../src/shared/python/protocol';
import { pyodideDirectory } from '../../src/services/python/node-python';
import { recordUnhandledRejections } from './support/unhandled';

export const WORKER_MESSAGE_RUNS = { toWorker: 200, toClient: 300 };
const unhandled = recordUnhandledRejections();
afterAll(() => expect(unhandled()).toEqual([]));

const REPLY_TYPES = new Set(['progress', 'ready', 'stream', 'display', 'output-cut', 'check-started', 'check-progress', 'run-done', 'check-done', 'checks-listed', 'failed']);

/** Junk shaped like requests often enough to get past the first checks. */
const junkRequest = fc.oneof(
  fc.anything({ withNullPrototype: true, withSparseArray: true }),
  fc.record(
    {
      type: fc.oneof(fc.constantFrom('run', 'check', 'list-checks', 'project-files', 'init', 'stop', ''), fc.string()),
      id: fc.oneof(fc.integer(), fc.anything()),
      request: fc.oneof(
        fc.anything(),
        fc.record({ code: fc.oneof(fc.string(), fc.anything()), filename: fc.anything(), project: fc.anything() }, { requiredKeys: [] }),
        fc.record({ project: fc.record({ slug: fc.anything(), files: fc.anything() }), milestone: fc.anything(), checks: fc.oneof(fc.string(), fc.anything()), code: fc.string() }, { requiredKeys: [] }),
      ),
    },
    { requiredKeys: [] },
  ),
);

describe('the worker runtime, sent junk requests', () => {
  let worker: Worker;
  const replies: FromWorker[] = [];
  let waiters: Array<() => void> = [];
  let crashes = 0;

  function nextReplyTo(id: number): Promise<FromWorker> {
    return new Promise((resolve) => {
      const look = () => {
        const found = replies.find((reply) => 'id' in reply && reply.id === id && ['run-done', 'check-done', 'failed'].includes(reply.type));
        if (found) resolve(found);
        else waiters.push(look);
      };
      look();
    });
  }

  beforeAll(async () => {
    worker = new Worker(new URL('../../src/services/python/node-worker.mjs', import.meta.url));
    worker.on('error', () => (crashes += 1));
    worker.on('exit', () => (crashes += 1));
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<FromWorker>) => {
      replies.push(event.data);
      const pending = waiters;
      waiters = [];
      for (const look of pending) look();
    };
    const ready = new Promise<void>((resolve) => waiters.push(function look() {
      if (replies.some((reply) => reply.type === 'ready')) resolve();
      else waiters.push(look);
    }));
    const init: ToWorker = { type: 'init', indexURL: pyodideDirectory(), interruptBuffer: null, replyPort: channel.port2 as never };
    worker.postMessage(init, [channel.port2 as never]);
    await ready;
  });

  afterAll(async () => {
    await worker?.terminate();
  });

  it(`answers ${WORKER_MESSAGE_RUNS.toWorker} junk requests without dying, and still runs programs`, async () => {
    let nextId = 1_000_000;
    await fc.assert(
      fc.asyncProperty(junkRequest, async (junk) => {
        worker.postMessage(junk);
        nextId += 1;
        worker.postMessage({ type: 'run', id: nextId, request: { code: `print(${nextId})`, filename: 'main.py' } } satisfies ToWorker);
        const reply = await nextReplyTo(nextId);
        expect(reply).toMatchObject({ type: 'run-done', outcome: { status: 'ok' } });
      }),
      { numRuns: WORKER_MESSAGE_RUNS.toWorker },
    );
    expect(crashes).toBe(0);
    for (const reply of replies) expect(REPLY_TYPES.has(reply.type)).toBe(true);
    // Junk with a numeric id that reached the runtime was answered with a plain failure.
    for (const reply of replies.filter((r) => r.type === 'failed')) expect((reply as { message: string }).message).not.toBe('');
  });
});

/** A stand-in worker that answers every request with junk before (maybe) the real reply. */
function junkWorker(junk: unknown[], finish: boolean): WorkerLike {
  let port: MessagePort | null = null;
  return {
    postMessage(message: ToWorker) {
      if (message.type === 'init') {
        port = message.replyPort;
        for (const item of junk) port.postMessage(item);
        port.postMessage({ type: 'ready', loadMs: 1, pythonVersion: '3.14.0', startedFrom: 'fresh' } satisfies FromWorker);
        return;
      }
      if (message.type === 'project-files') return;
      const id = message.id;
      for (const item of junk) port?.postMessage(item);
      for (const item of junk) if (item && typeof item === 'object') port?.postMessage({ ...item, id });
      if (finish) port?.postMessage({ type: 'run-done', id, outcome: { status: 'ok', durationMs: 1, droppedChars: 0 } } satisfies FromWorker);
    },
    onError: () => undefined,
    terminate: () => port?.close(),
  };
}

const junkReply = fc.oneof(
  fc.anything({ withNullPrototype: true }),
  fc.record({ type: fc.constantFrom(...REPLY_TYPES, 'nonsense'), id: fc.oneof(fc.nat(5), fc.anything()), message: fc.anything(), text: fc.anything(), stream: fc.anything(), fatal: fc.constant(false) }, { requiredKeys: ['type'] }),
).filter((item) => !(item && typeof item === 'object' && ['run-done', 'check-done', 'failed', 'ready'].includes((item as { type?: unknown }).type as string)));

describe('the Python client, sent junk replies', () => {
  it(`keeps ${WORKER_MESSAGE_RUNS.toClient} runs' promises through junk and finishes each on the real reply`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(junkReply, { maxLength: 8 }), async (junk) => {
        const client = new PythonClient(() => junkWorker(junk, true), { indexURL: '/' });
        const seen: string[] = [];
        const outcome = await client.run({ code: 'pass', filename: 'main.py' }, { onStream: (_stream, text) => seen.push(String(text)) });
        expect(outcome).toMatchObject({ status: 'ok' });
        client.dispose();
      }),
      { numRuns: WORKER_MESSAGE_RUNS.toClient },
    );
  });
});

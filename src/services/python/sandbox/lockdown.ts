// Runs in the sandboxed Python process before any learner code: Node's permission
// model already denies the host's files (but the allowed reads), child processes,
// worker threads, native addons and the inspector. What it does not cover on Node
// 20-22 is closed here: sockets and DNS, signals to other processes (SIGUSR1 would
// open the CLI's inspector), heap snapshots, V8 flags, and evaluating JavaScript in
// this realm (the Function constructors, vm), which is how Python would reach
// `process` through any JavaScript object Pyodide hands it.

import { constants as fsConstants } from 'node:fs';
import { constants as osConstants } from 'node:os';
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import inspector from 'node:inspector';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';
import v8 from 'node:v8';
import vm from 'node:vm';
import { refuseMembers, refusal } from './refusals';

type Holder = Record<string, unknown>;

function closeNetwork(): void {
  const what = 'network access';
  refuseMembers(net, ['connect', 'createConnection', 'createServer'], what);
  refuseMembers(net.Socket.prototype, ['connect'], what);
  refuseMembers(net.Server.prototype, ['listen'], what);
  refuseMembers(dgram, ['createSocket'], what);
  refuseMembers(dgram.Socket.prototype, ['bind', 'send', 'connect'], what);
  refuseMembers(tls, ['connect', 'createServer'], what);
  for (const module of [http, https]) refuseMembers(module, ['request', 'get', 'createServer'], what);
  refuseMembers(http2, ['connect', 'createServer', 'createSecureServer'], what);
  const lookups = ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveTxt', 'reverse'];
  refuseMembers(dns, lookups, 'DNS lookups');
  refuseMembers(dns.promises, lookups, 'DNS lookups');
  refuseMembers(dns.Resolver.prototype, lookups, 'DNS lookups');
}

/**
 * Emscripten's NODEFS reads file-flag constants through process.binding, which the
 * permission model denies; every Pyodide that starts here (one per job) gets those
 * constants and nothing else.
 */
export function constantsOnlyBinding(name: string): unknown {
  if (name === 'constants') return { fs: fsConstants, os: osConstants };
  throw refusal('native code');
}

function closeProcess(): void {
  const holder = process as unknown as Holder;
  refuseMembers(holder, ['kill', '_kill', '_debugProcess', '_debugEnd'], 'signals to other processes');
  refuseMembers(holder, ['dlopen', '_linkedBinding'], 'native code');
  Object.defineProperty(holder, 'binding', { value: constantsOnlyBinding, writable: false, configurable: false, enumerable: false });
  refuseMembers(holder, ['getBuiltinModule'], "Node's built-in modules");
  refuseMembers(holder, ['chdir', 'setuid', 'setgid', 'seteuid', 'setegid', 'setgroups', 'initgroups'], 'changing the process');
  for (const key of Object.keys(process.env)) delete process.env[key];
  refuseMembers(inspector, ['open', 'url', 'waitForDebugger'], 'the inspector');
  refuseMembers(inspector.Session?.prototype, ['connect', 'connectToMainThread', 'post'], 'the inspector');
  refuseMembers(v8, ['getHeapSnapshot', 'writeHeapSnapshot', 'setFlagsFromString', 'setHeapSnapshotNearHeapLimit'], 'V8 internals');
  refuseMembers(vm, ['runInThisContext', 'runInNewContext', 'runInContext', 'compileFunction', 'createContext'], 'evaluating JavaScript');
  refuseMembers(vm.Script.prototype, ['runInThisContext', 'runInNewContext', 'runInContext'], 'evaluating JavaScript');
}

/**
 * Every function's `constructor` is the Function constructor, which compiles source in
 * this realm, where `process` is global. `.constructor` now answers a stand-in that
 * refuses to be called; reading its name or prototype still works.
 */
function closeFunctionConstructors(): void {
  const kinds = [function () {}, async function () {}, function* () {}, async function* () {}];
  for (const sample of kinds) {
    const prototype = Object.getPrototypeOf(sample) as { constructor: Function };
    const original = prototype.constructor;
    const what = `the ${original.name} constructor (evaluating JavaScript)`;
    const guard = new Proxy(original, {
      apply() {
        throw refusal(what);
      },
      construct() {
        throw refusal(what);
      },
    });
    Object.defineProperty(prototype, 'constructor', { value: guard, writable: false, configurable: false, enumerable: false });
  }
}

/**
 * Emscripten grows WebAssembly memory through Memory.prototype.grow; past the limit
 * the process ends with a code the parent reports as "used more than N MB".
 */
export function capWasmMemory(limitBytes: number, onExceeded: () => never): void {
  const grow = WebAssembly.Memory.prototype.grow;
  Object.defineProperty(WebAssembly.Memory.prototype, 'grow', {
    value: function (this: WebAssembly.Memory, pages: number) {
      if (this.buffer.byteLength + pages * 65536 > limitBytes) onExceeded();
      return grow.call(this, pages);
    },
    writable: false,
    configurable: false,
  });
}

/** Built-in objects whose methods the runtime relies on, frozen so no learner can swap them. */
function freezeIntrinsics(): void {
  for (const value of [JSON, Reflect, Math]) Object.freeze(value);
}

export function lockDown(): void {
  closeNetwork();
  closeProcess();
  closeFunctionConstructors();
  freezeIntrinsics();
  syncBuiltinESMExports();
}

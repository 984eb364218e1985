// Run by sandbox-escapes.test.ts in a child process started exactly as the
// sandboxed Python is (same permission arguments, same lockdown), to try what
// learner code could do if it ever got hold of this realm's globals: each attempt
// is reported as "refused: <why>" or "ALLOWED: <what happened>".

import { spawnSync } from 'node:child_process';
import dgram from 'node:dgram';
import dns from 'node:dns';
import fs from 'node:fs';
import http from 'node:http';
import inspector from 'node:inspector';
import net from 'node:net';
import v8 from 'node:v8';
import vm from 'node:vm';
import { WASI } from 'node:wasi';
import { Worker } from 'node:worker_threads';
import { lockDown } from '../../../src/services/python/sandbox/lockdown';

const [, , secretFile, writeTarget, port] = process.argv;
lockDown();

type Attempt = () => unknown;
const attempts: Record<string, Attempt> = {
  'read a host file': () => fs.readFileSync(secretFile!, 'utf8'),
  'read /etc/passwd': () => fs.readFileSync('/etc/passwd', 'utf8'),
  'write a host file': () => fs.writeFileSync(writeTarget!, 'written by the sandbox'),
  'create a folder': () => fs.mkdirSync(`${writeTarget}-dir`),
  'start a process': () => {
    const result = spawnSync('/bin/sh', ['-c', `echo hi > ${writeTarget}`]);
    if (result.error) throw result.error;
    return result.status;
  },
  'start a worker thread': () => new Worker('setTimeout(() => {}, 10)', { eval: true }),
  'load a native addon': () => process.dlopen({ exports: {} } as never, '/nonexistent/addon.node'),
  'process.binding': () => (process as unknown as { binding(name: string): unknown }).binding('fs'),
  'open a TCP socket': () => net.connect(Number(port), '127.0.0.1'),
  'listen on a port': () => net.createServer().listen(0),
  'send an HTTP request': () => http.get(`http://127.0.0.1:${port}/`),
  'send a UDP datagram': () => dgram.createSocket('udp4').send('x', Number(port), '127.0.0.1'),
  'look up a host name': () => dns.lookup('localhost', () => undefined),
  'signal the parent (SIGUSR1 opens its inspector)': () => process.kill(process.ppid, 'SIGUSR1'),
  'start the parent’s debugger': () => (process as unknown as { _debugProcess(pid: number): void })._debugProcess(process.ppid),
  'open the inspector': () => inspector.open(0),
  'connect an inspector session': () => new inspector.Session().connect(),
  'connect to the main thread’s inspector': () => (new inspector.Session() as unknown as { connectToMainThread(): void }).connectToMainThread(),
  'take a heap snapshot': () => v8.getHeapSnapshot(),
  'set V8 flags': () => v8.setFlagsFromString('--allow-natives-syntax'),
  'evaluate JavaScript with vm': () => vm.runInThisContext('1 + 1'),
  'the Function constructor': () => (function () {}).constructor('return 1')(),
  'the AsyncFunction constructor': () => (async function () {}).constructor('return 1')(),
  'Node built-ins through process.getBuiltinModule': () => (process as unknown as { getBuiltinModule(name: string): unknown }).getBuiltinModule('fs'),
  'run WebAssembly with WASI': () => new WASI({ version: 'preview1', preopens: { '/': '/' } }),
  'read the host environment': () => {
    const keys = Object.keys(process.env);
    if (keys.length > 0) return keys.join(',');
    throw new Error('empty environment');
  },
};

const report: Record<string, string> = {};
for (const [name, attempt] of Object.entries(attempts)) {
  try {
    const value = attempt();
    report[name] = `ALLOWED: ${String(value).slice(0, 80)}`;
  } catch (error) {
    report[name] = `refused: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
  }
}
// fetch fails asynchronously (its sockets go through net).
fetch(`http://127.0.0.1:${port}/`).then(
  () => (report['fetch'] = 'ALLOWED: answered'),
  (error: Error) => (report['fetch'] = `refused: ${(error.cause as Error)?.message ?? error.message}`),
).finally(() => {
  process.stdout.write(JSON.stringify(report));
  process.exit(0);
});

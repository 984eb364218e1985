// Run in a fresh process by the benchmark: how long Python takes to start in
// Node, bare loadPyodide() against Buildpath's worker, first (cold) and second
// (warm) time in the same process. Prints one JSON line.

import { loadPyodide } from 'pyodide';
import { createNodePythonClient, pyodideDirectory } from '../../src/services/python/node-python';
import { timed } from './stats';

const which = process.argv[2];

async function bare(): Promise<number> {
  return (await timed(() => loadPyodide({ indexURL: pyodideDirectory() }))).ms;
}

async function ours(): Promise<number> {
  const started = performance.now();
  const client = createNodePythonClient();
  await client.ready();
  const ms = performance.now() - started;
  client.dispose();
  return ms;
}

const measure = which === 'bare' ? bare : ours;
const cold = await measure();
const warm = await measure();
process.stdout.write(`${JSON.stringify({ cold, warm })}\n`);
process.exit(0);

// Starts a writer script (run with tsx) that saves in an endless loop and prints a
// line after each save; once it has saved at least once, kills it with SIGKILL after
// a random pause, so the kill lands at an arbitrary point of a later save.

import { spawn } from 'node:child_process';

export async function runWriterAndKill(script: string, args: string[], maxPauseMs = 40): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', () => reject(new Error(`writer exited before saving: ${stderr}`)));
  });
  await new Promise((resolve) => setTimeout(resolve, Math.random() * maxPauseMs));
  child.kill('SIGKILL');
  return exited;
}

// `npm run web`: serves the built app in browser mode until Ctrl+C.
// Usage: node --import tsx src/server/cli.ts [--port N]   (BUILDPATH_PORT also works)

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createHostServices } from '../services/host-services';
import { resolveWorkspaceDir } from '../services/workspace-dir';
import { DEFAULT_PORT, startServer } from './server';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const rendererDir = path.join(repoRoot, 'out', 'renderer');

function requestedPort(argv: string[]): number {
  const flag = argv.indexOf('--port');
  const text = flag >= 0 ? argv[flag + 1] : process.env.BUILDPATH_PORT;
  if (text === undefined || text === '') return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Not a port number: ${text}`);
    process.exit(2);
  }
  return port;
}

async function main(): Promise<void> {
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    console.error('The app is not built yet: run `npm run build` (or `npm run web`, which builds first).');
    process.exit(1);
  }
  const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  const services = createHostServices({ mode: 'browser', version, workspaceDir: await resolveWorkspaceDir() });
  const server = await startServer({ rendererDir, services, port: requestedPort(process.argv.slice(2)) });
  console.log(`Buildpath is running in browser mode at ${server.url}  (open it in Chrome, Edge or Firefox; Ctrl+C stops it)`);
  const stop = (): void => {
    server.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

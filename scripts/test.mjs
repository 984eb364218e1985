// `npm test`: build the app (the end-to-end tests drive the built renderer), then
// run every Vitest project: unit, packs and e2e.
import { fileURLToPath } from 'node:url';
import { buildApp, runStep } from './run-step.mjs';

const built = await buildApp();
if (built !== 0) process.exit(built);
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
process.exit(await runStep(process.execPath, [vitest, 'run', ...process.argv.slice(2)]));

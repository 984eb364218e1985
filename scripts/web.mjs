// `npm run web`: build, then serve the app in browser mode on http://127.0.0.1:PORT.
// Options after `--` go to the server, e.g. `npm run web -- --port 5000`.
import { buildApp, serveBrowserMode } from './run-step.mjs';

const built = await buildApp();
process.exit(built === 0 ? await serveBrowserMode(process.argv.slice(2)) : built);

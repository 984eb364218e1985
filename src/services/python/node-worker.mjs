// Worker threads do not inherit tsx's loader, so this plain-JS entry registers it
// before loading the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./node-worker.ts');

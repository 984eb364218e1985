// The language worker: a second, light Pyodide that only reads the learner's source
// (buildpath._language). It never runs learner code, so it can answer while a
// program keeps the Python worker busy.

import { loadPyodide } from 'pyodide';
import { removeRequestSenders } from '../../shared/python/request-senders';
import { prepareLibrary } from '../../shared/python/worker-runtime';
import type { FromLanguageWorker, ToLanguageWorker } from '../../shared/language/protocol';

const pythonSources = import.meta.glob<string>('../../python/**/*.py', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const scope = self as unknown as DedicatedWorkerGlobalScope;
let answer: ((requestJson: string) => string) | null = null;
let learnObjects: ((objectsJson: string) => void) | null = null;

function reply(message: FromLanguageWorker): void {
  scope.postMessage(message);
}

async function start(indexURL: string): Promise<void> {
  const started = performance.now();
  const py = await loadPyodide({ indexURL });
  prepareLibrary(py, pythonSources);
  removeRequestSenders();
  const language = py.pyimport('buildpath._language');
  answer = (requestJson) => language.answer(requestJson) as string;
  learnObjects = (objectsJson) => void language.set_learner_objects(objectsJson);
  reply({ type: 'ready', loadMs: Math.round(performance.now() - started) });
}

scope.onmessage = (event: MessageEvent<ToLanguageWorker>) => {
  const message = event.data;
  if (message.type === 'init') {
    if (answer) return;
    start(message.indexURL).catch((error: unknown) => reply({ type: 'failed', id: null, message: String(error) }));
    return;
  }
  if (message.type === 'learner-objects') {
    learnObjects?.(JSON.stringify(message.objects)); // before ready the client keeps them and sends them again
    return;
  }
  if (!answer) {
    reply({ type: 'failed', id: message.id, message: 'the language worker is not ready' });
    return;
  }
  try {
    reply({ type: 'answer', id: message.id, answer: JSON.parse(answer(JSON.stringify(message.request))) });
  } catch (error) {
    reply({ type: 'failed', id: message.id, message: error instanceof Error ? error.message : String(error) });
  }
};

// A project's data files go to the Python worker once per project and worker, not
// with every request: real Pyodide in a Node worker, watched at the message level.

import { afterAll, describe, expect, it } from 'vitest';
import { pyodideDirectory, spawnNodeWorker } from '../../src/services/python/node-python';
import { PythonClient, type WorkerLike } from '../../src/shared/python/python-client';
import type { ProjectFiles, ToWorker } from '../../src/shared/python/protocol';

const sent: ToWorker['type'][] = [];
const asked: string[] = [];

function watchedWorker(): WorkerLike {
  const worker = spawnNodeWorker();
  return {
    ...worker,
    postMessage: (message, transfer) => {
      sent.push(message.type);
      worker.postMessage(message, transfer);
    },
  };
}

async function projectFiles(slug: string): Promise<ProjectFiles> {
  asked.push(slug);
  return { slug, files: { 'data/rows.csv': `x\n${slug.length}\n` } };
}

const python = new PythonClient(watchedWorker, { indexURL: pyodideDirectory(), graceMs: 500, projectFiles });
afterAll(() => python.dispose());

async function run(code: string, project?: string): Promise<string> {
  let stdout = '';
  const outcome = await python.run({ code, filename: 'main.py', ...(project ? { project } : {}) }, { onStream: (_stream, text) => (stdout += text) });
  return `${outcome.status}:${stdout}`;
}

const READ_ROWS = 'print(open("data/rows.csv").read().split()[1])';

describe('data files once per project', () => {
  it('sends a project\'s files before its first job only', async () => {
    expect(await run(READ_ROWS, 'alpha')).toBe('ok:5\n');
    expect(await run(READ_ROWS, 'alpha')).toBe('ok:5\n');
    const checked = await python.check({
      project: 'alpha',
      milestone: '01-rows',
      filename: '01-rows.py',
      code: 'ROWS = open("data/rows.csv").read()\n',
      starter: '',
      checks: 'from buildpath.checking import check, fail\n@check(task=1)\ndef rows_are_read(learner):\n    if not learner.variable("ROWS").startswith("x"):\n        fail("ROWS does not hold the file")\n',
      solution: '',
      defaultBudgetSeconds: 5,
      revealExpected: false,
    });
    expect(checked.status, JSON.stringify(checked)).toBe('pass');
    expect(await run(READ_ROWS, 'beta-project')).toBe('ok:12\n');
    expect(sent.filter((type) => type === 'project-files')).toHaveLength(2);
    expect(asked).toEqual(['alpha', 'beta-project']);
  });

  it('sends them again to a worker that replaced a stuck one', async () => {
    const stuck = run('while True:\n    try:\n        while True:\n            pass\n    except KeyboardInterrupt:\n        pass\n', 'alpha');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await python.stop()).toBe('restarted');
    await stuck;
    expect(await run(READ_ROWS, 'alpha')).toBe('ok:5\n');
    expect(asked).toEqual(['alpha', 'beta-project', 'alpha']);
  });

  it('says so when a request names a project no files can be found for', async () => {
    const bare = new PythonClient(spawnNodeWorker, { indexURL: pyodideDirectory() });
    try {
      const outcome = await bare.run({ code: 'print(1)', filename: 'main.py', project: 'alpha' });
      expect(outcome).toMatchObject({ status: 'error', traceback: expect.stringContaining('no data files can be sent for project "alpha"') });
    } finally {
      bare.dispose();
    }
  });
});

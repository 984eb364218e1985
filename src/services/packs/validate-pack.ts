// The full validation of a pack, for `buildpath validate` and the test suites:
// everything loadPack checks, then what Python reports about checks.py.

import type { PackLoadResult } from '../../shared/pack/types';
import type { PythonClient } from '../../shared/python/python-client';
import { checkDeclarationProblems } from './check-declarations';
import { loadPack, type LoadPackOptions } from './load-pack';

/** `python` is asked for only when the pack loads, so a broken pack costs no Python start. */
export async function validatePack(dir: string, python: () => PythonClient, options: LoadPackOptions = {}): Promise<PackLoadResult> {
  const result = await loadPack(dir, options);
  if (!result.ok) return result;
  const problems = await checkDeclarationProblems(result.pack, python());
  return problems.length === 0 ? result : { ok: false, problems, title: result.pack.manifest.title };
}

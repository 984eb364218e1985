import type { CheckBundle } from '../pack/types';
import type { CheckRequest } from './protocol';

/** The file name the learner's code carries in tracebacks and in the workspace. */
export function learnerFilename(milestoneId: string): string {
  return `${milestoneId}.py`;
}

/** What the worker needs to check `code` against a milestone. */
export function toCheckRequest(bundle: CheckBundle, code: string): CheckRequest {
  const { meta: _meta, ...request } = bundle;
  return { ...request, code, filename: learnerFilename(bundle.milestone) };
}

// Check: the milestone's checks run in the Python worker against the learner's code;
// verdicts arrive one by one, and the outcome is recorded in the progress file.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { CheckResult, TestResult } from '../../../shared/check-result';
import type { CheckBundle } from '../../../shared/pack/types';
import type { ProgressEvent } from '../../../shared/progress/events';
import { toCheckRequest } from '../../../shared/python/check-request';
import { host } from '../../host';
import { python } from '../../python/python-session';

export interface Checker {
  checking: boolean;
  /** Verdicts so far during a check, or all of them after it. */
  tests: TestResult[];
  result: CheckResult | null;
  check(code: string): Promise<CheckResult | null>;
}

export function useChecker(slug: string, milestoneId: string, record: (event: ProgressEvent) => Promise<void>): Checker {
  const [checking, setChecking] = useState(false);
  const [tests, setTests] = useState<TestResult[]>([]);
  const [result, setResult] = useState<CheckResult | null>(null);
  const cached = useRef<Promise<CheckBundle> | null>(null);

  useEffect(() => {
    cached.current = null;
    setTests([]);
    setResult(null);
  }, [slug, milestoneId]);

  const bundle = useCallback(() => {
    cached.current ??= host.getCheckBundle(slug, milestoneId).catch((failure: unknown) => {
      cached.current = null;
      throw failure;
    });
    return cached.current;
  }, [slug, milestoneId]);

  const check = useCallback(
    async (code: string) => {
      setChecking(true);
      setTests([]);
      setResult(null);
      try {
        const request = toCheckRequest(await bundle(), code);
        const outcome = await python.check(request, { onTest: (test) => setTests((earlier) => [...earlier, test]) });
        setTests(outcome.tests);
        setResult(outcome);
        await record({
          type: 'check_completed',
          project: slug,
          milestone: milestoneId,
          status: outcome.status,
          tests: outcome.tests.map(({ task_id, status }) => ({ task_id, status })),
        });
        return outcome;
      } finally {
        setChecking(false);
      }
    },
    [slug, milestoneId, bundle, record],
  );

  return { checking, tests, result, check };
}

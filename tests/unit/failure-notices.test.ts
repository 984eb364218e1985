// The workbench's error notices, keyed by kind: a success of the same kind takes its
// notice down (the disk had room again), and leaves the other notices alone.

import { describe, expect, it } from 'vitest';
import { failureMessages, withFailure, withSuccess, type FailureNotices } from '../../src/renderer/workbench/failure-notices';
import { saveEverythingNow, trackSave } from '../../src/renderer/workbench/save-before-close';

type Kind = 'load' | 'save' | 'reset';
const ORDER: Kind[] = ['load', 'save', 'reset'];

describe('failure notices', () => {
  it('clears a save notice once a save succeeds again, keeping the others', () => {
    let notices: FailureNotices<Kind> = {};
    notices = withFailure(notices, 'load', 'Your progress could not be loaded: EIO');
    notices = withFailure(notices, 'save', 'Your progress could not be saved: the disk is full (ENOSPC).');
    expect(failureMessages(notices, ORDER)).toEqual(['Your progress could not be loaded: EIO', 'Your progress could not be saved: the disk is full (ENOSPC).']);
    notices = withSuccess(notices, 'save');
    expect(failureMessages(notices, ORDER)).toEqual(['Your progress could not be loaded: EIO']);
  });

  it('keeps one notice per kind, the latest failure', () => {
    let notices = withFailure<Kind>({}, 'save', 'Your code could not be saved: ENOSPC');
    notices = withFailure(notices, 'save', 'Your code could not be saved: EROFS');
    expect(failureMessages(notices, ORDER)).toEqual(['Your code could not be saved: EROFS']);
  });

  it('does not clear a notice of another kind', () => {
    const notices: FailureNotices<Kind> = withFailure<Kind>({}, 'reset', 'The starter code could not be restored: EACCES');
    expect(withSuccess(notices, 'save')).toBe(notices); // unchanged, the same object (no re-render)
    expect(failureMessages(withSuccess<Kind>(notices, 'load'), ORDER)).toEqual(['The starter code could not be restored: EACCES']);
  });

  it('returns the same object when nothing changes', () => {
    const notices = withFailure<Kind>({}, 'save', 'x');
    expect(withFailure(notices, 'save', 'x')).toBe(notices);
    const empty: FailureNotices<Kind> = {};
    expect(withSuccess(empty, 'save')).toBe(empty);
  });
});

describe('saving everything before the window closes', () => {
  it('waits for the saves under way, failed ones included, and never rejects', async () => {
    const settled: string[] = [];
    let finishCode!: () => void;
    void trackSave(new Promise<void>((resolve) => (finishCode = resolve))).then(() => settled.push('code'));
    void trackSave(Promise.reject(new Error('ENOSPC'))).catch(() => settled.push('progress (failed)'));
    const everything = saveEverythingNow().then(() => settled.push('all saved'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).toEqual(['progress (failed)']);
    finishCode();
    await everything;
    expect(settled).toEqual(['progress (failed)', 'code', 'all saved']);
  });
});

// The learner's code for one milestone: loaded from the workspace, saved as they type
// (debounced) and whenever asked (run, check, switch), based on the version last
// loaded so a change made in another editor is offered rather than overwritten.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { LoadedCode, ResetCodeResult } from '../../../shared/host-api';
import { errorMessage } from '../../error-message';
import { host } from '../../host';
import { failureMessages, withFailure, withSuccess, type FailureNotices } from '../failure-notices';
import { trackSave, useSaveBeforeClose } from '../save-before-close';

const SAVE_DELAY_MS = 600;

export type SaveState = 'loading' | 'saved' | 'pending' | 'saving' | 'conflict' | 'failed';

/** The file on disk differs from what the editor was based on. */
export interface DiskChange {
  diskCode: string;
  diskHash: string;
}

export interface CodeFile {
  /** Set once loaded; `editorKey` changes whenever the editor must show new content. */
  file: LoadedCode | null;
  editorKey: number;
  saveState: SaveState;
  diskChange: DiskChange | null;
  /** What went wrong opening, saving or resetting; each goes once the same kind of work succeeds. */
  errors: string[];
  /** The editor's content right now. */
  current(): string;
  onEdit(code: string): void;
  flush(): Promise<void>;
  /** Resolve a disk change by taking the disk's version, or by saving the editor's over it. */
  takeDiskVersion(): void;
  keepEditorVersion(): Promise<void>;
  resetToStarter(): Promise<ResetCodeResult | null>;
  /** Look for a change made outside the app (on window focus). */
  lookForOutsideChange(): Promise<void>;
}

type CodeFailure = 'open' | 'save' | 'reset';

export function useCodeFile(slug: string, milestoneId: string, onFirstEdit: () => void): CodeFile {
  const [file, setFile] = useState<LoadedCode | null>(null);
  const [editorKey, setEditorKey] = useState(0);
  const [saveState, setSaveState] = useState<SaveState>('loading');
  const [diskChange, setDiskChange] = useState<DiskChange | null>(null);
  const [failures, setFailures] = useState<FailureNotices<CodeFailure>>({});
  const failed = useCallback((kind: CodeFailure, message: string) => setFailures((notices) => withFailure(notices, kind, message)), []);
  const succeeded = useCallback((kind: CodeFailure) => setFailures((notices) => withSuccess(notices, kind)), []);

  const code = useRef('');
  const saved = useRef({ code: '', hash: '' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const blocked = useRef(true); // no saving before loading, nor while a disk change awaits a decision
  const edited = useRef(false);
  const firstEdit = useRef(onFirstEdit);
  firstEdit.current = onFirstEdit;

  const adopt = useCallback((text: string, hash: string) => {
    code.current = text;
    saved.current = { code: text, hash };
    setEditorKey((key) => key + 1);
  }, []);

  const saveNow = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    // Saves run one after another, each based on the hash the previous one returned.
    chain.current = chain.current.then(async () => {
      const text = code.current;
      if (blocked.current || text === saved.current.code) return;
      setSaveState('saving');
      try {
        const result = await host.saveCode(slug, milestoneId, text, saved.current.hash);
        if (result.ok) {
          saved.current = { code: text, hash: result.hash };
          succeeded('save');
          setSaveState(code.current === text ? 'saved' : 'pending');
        } else {
          blocked.current = true;
          setDiskChange({ diskCode: result.diskCode, diskHash: result.diskHash });
          setSaveState('conflict');
        }
      } catch (failure) {
        failed('save', `Your code could not be saved: ${errorMessage(failure)}`);
        setSaveState('failed');
      }
    });
    return trackSave(chain.current);
  }, [slug, milestoneId, failed, succeeded]);

  useEffect(() => {
    let current = true;
    blocked.current = true;
    edited.current = false;
    setFile(null);
    setSaveState('loading');
    setDiskChange(null);
    host.loadCode(slug, milestoneId).then(
      (loaded) => {
        if (!current) return;
        adopt(loaded.code, loaded.hash);
        setFile(loaded);
        succeeded('open');
        blocked.current = false;
        setSaveState('saved');
      },
      (failure: unknown) => current && failed('open', `Your code could not be opened: ${errorMessage(failure)}`),
    );
    return () => {
      current = false;
      // Leaving the milestone: whatever was typed is saved.
      void saveNow();
    };
  }, [slug, milestoneId, adopt, saveNow, failed, succeeded]);

  const onEdit = useCallback(
    (text: string) => {
      code.current = text;
      if (blocked.current) return;
      if (!edited.current && text !== saved.current.code) {
        edited.current = true;
        firstEdit.current();
      }
      setSaveState('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), SAVE_DELAY_MS);
    },
    [saveNow],
  );

  const takeDiskVersion = useCallback(() => {
    if (!diskChange) return;
    adopt(diskChange.diskCode, diskChange.diskHash);
    setDiskChange(null);
    blocked.current = false;
    setSaveState('saved');
  }, [diskChange, adopt]);

  const keepEditorVersion = useCallback(async () => {
    if (!diskChange) return;
    saved.current = { code: diskChange.diskCode, hash: diskChange.diskHash };
    setDiskChange(null);
    blocked.current = false;
    await saveNow();
  }, [diskChange, saveNow]);

  const resetToStarter = useCallback(async () => {
    await saveNow(); // what was typed goes to disk first, so the reset keeps it in the history
    try {
      const result = await host.resetCode(slug, milestoneId);
      adopt(result.code, result.hash);
      setDiskChange(null);
      blocked.current = false;
      setSaveState('saved');
      succeeded('reset');
      return result;
    } catch (failure) {
      failed('reset', `The starter code could not be restored: ${errorMessage(failure)}`);
      return null;
    }
  }, [slug, milestoneId, saveNow, adopt, failed, succeeded]);

  const lookForOutsideChange = useCallback(async () => {
    await chain.current;
    if (blocked.current || code.current !== saved.current.code) return;
    const disk = await host.loadCode(slug, milestoneId).catch(() => null);
    if (!disk || disk.hash === saved.current.hash || code.current !== saved.current.code) return;
    blocked.current = true;
    setDiskChange({ diskCode: disk.code, diskHash: disk.hash });
    setSaveState('conflict');
  }, [slug, milestoneId]);

  useEffect(() => {
    // Saving on the way out: the debounce may not have fired yet.
    const onHide = () => void saveNow();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [saveNow]);

  // Closing the desktop window: the main process waits for this save (close-guard.ts).
  useSaveBeforeClose(saveNow);

  return {
    file,
    editorKey,
    saveState,
    diskChange,
    errors: failureMessages(failures, ['open', 'save', 'reset']),
    current: () => code.current,
    onEdit,
    flush: saveNow,
    takeDiskVersion,
    keepEditorVersion,
    resetToStarter,
    lookForOutsideChange,
  };
}

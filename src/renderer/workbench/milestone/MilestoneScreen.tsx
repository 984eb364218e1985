// One milestone: instructions with task verdicts, hints and the solution on the left;
// the learner's code with Run / Check / Stop and the output or check results on the right.

import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { ProgressSnapshot } from '../../../shared/host-api';
import type { ProjectSummary } from '../../../shared/pack/types';
import type { ProgressEvent } from '../../../shared/progress/events';
import { milestoneProgressOf, taskVerdicts } from '../../../shared/progress/reducer';
import { emptyProgress, isPassed } from '../../../shared/progress/schema';
import { learnerFilename } from '../../../shared/python/check-request';
import { CodeEditor } from '../../editor/CodeEditor';
import { OutputPane } from '../../output/OutputPane';
import { OutputStore } from '../../output/output-store';
import { python } from '../../python/python-session';
import { useProgramRunner } from '../../run/useProgramRunner';
import { ConfirmDialog } from '../ConfirmDialog';
import type { TaskVerdict } from '../markdown/render-markdown';
import { Notice } from '../Notice';
import { useActivityHeartbeat } from '../use-activity-heartbeat';
import { useShortcuts } from '../use-shortcuts';
import { CheckResults } from './CheckResults';
import { HintsPanel } from './HintsPanel';
import { Instructions } from './Instructions';
import { MilestoneNav } from './MilestoneNav';
import { MilestoneToolbar } from './MilestoneToolbar';
import { useChecker } from './use-checker';
import { useCodeFile } from './use-code-file';
import { useMilestoneView } from './use-milestone-view';

// Monaco's diff editor loads with the editor's chunk, only when the solution is shown.
const SolutionCompare = lazy(() => import('./SolutionCompare').then((module) => ({ default: module.SolutionCompare })));

type WorkingProject = Extract<ProjectSummary, { status: 'ok' }>;

export interface MilestoneScreenProps {
  project: WorkingProject;
  milestoneId: string;
  progress: ProgressSnapshot | null;
  record(event: ProgressEvent): Promise<void>;
  onOpenMilestone(milestoneId: string): void;
  onCatalogue(): void;
}

type Dialog = 'solution' | 'reset' | null;

export function MilestoneScreen({ project, milestoneId, progress, record, onOpenMilestone, onCatalogue }: MilestoneScreenProps) {
  const slug = project.slug;
  const where = useMemo(() => ({ project: slug, milestone: milestoneId }), [slug, milestoneId]);
  const state = useMilestoneView(slug, milestoneId);
  const code = useCodeFile(slug, milestoneId, () => void record({ type: 'code_edited', ...where }));
  const output = useMemo(() => new OutputStore(), []);
  const runner = useProgramRunner(output);
  const checker = useChecker(slug, milestoneId, record);
  const [tab, setTab] = useState<'output' | 'check'>('output');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [showSolution, setShowSolution] = useState(false);
  const [resetNote, setResetNote] = useState<string | null>(null);

  const current = progress?.progress ?? emptyProgress(new Date(0));
  const mine = milestoneProgressOf(current, slug, milestoneId);
  const view = state.kind === 'ready' ? state.view : null;
  const index = project.milestones.findIndex((milestone) => milestone.id === milestoneId);

  useEffect(() => {
    output.clear();
    setTab('output');
    setShowSolution(false);
    setResetNote(null);
    void record({ type: 'milestone_opened', ...where });
  }, [where, output, record]);

  useActivityHeartbeat(slug, milestoneId, record);

  useEffect(() => {
    const onFocus = () => void code.lookForOutsideChange();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [code.lookForOutsideChange]);

  const busy = runner.phase !== 'idle' || checker.checking;

  const run = useCallback(async () => {
    if (busy) return;
    setTab('output');
    await code.flush();
    await runner.run(code.current(), learnerFilename(milestoneId), slug);
    void record({ type: 'activity', ...where });
  }, [busy, code, runner, slug, milestoneId, record, where]);

  const check = useCallback(async () => {
    if (busy) return;
    setTab('check');
    await code.flush();
    await checker.check(code.current());
  }, [busy, code, checker]);

  const stop = useCallback(() => {
    if (checker.checking) void python.stop();
    else void runner.stop();
  }, [checker.checking, runner]);

  const hints = view?.hints ?? [];
  const revealNextHint = useCallback(() => {
    if (mine.hints_used < hints.length) void record({ type: 'hint_revealed', ...where, hint_index: mine.hints_used });
  }, [mine.hints_used, hints.length, record, where]);

  const lastCheckStatus = checker.result?.status ?? mine.last_check?.status;
  const solutionOffered = mine.solution_seen || (hints.length > 0 && mine.hints_used >= hints.length) || lastCheckStatus === 'fail' || lastCheckStatus === 'error';

  const openSolution = useCallback(() => {
    if (mine.solution_seen) setShowSolution(true);
    else setDialog('solution');
  }, [mine.solution_seen]);

  const confirmSolution = useCallback(async () => {
    setDialog(null);
    await code.flush();
    await record({ type: 'solution_seen', ...where });
    setShowSolution(true);
  }, [code, record, where]);

  const confirmReset = useCallback(async () => {
    setDialog(null);
    setShowSolution(false);
    const result = await code.resetToStarter();
    if (result) {
      output.clear();
      setResetNote(result.keptAt ? `The starter code is back. Your previous code was kept in ${result.keptAt}.` : 'The starter code is back.');
    }
  }, [code, output]);

  const neighbour = (offset: number) => project.milestones[index + offset]?.id;
  const go = (milestone: string | undefined) => {
    if (milestone) onOpenMilestone(milestone);
  };

  useShortcuts({
    run: () => void run(),
    check: () => void check(),
    save: () => void code.flush(),
    nextHint: revealNextHint,
    nextMilestone: () => go(neighbour(1)),
    previousMilestone: () => go(neighbour(-1)),
  });

  const verdicts = useMemo<Record<string, TaskVerdict>>(() => {
    if (checker.checking) return {};
    if (checker.result) return taskVerdicts(checker.result.tests);
    return mine.last_check?.tasks ?? {};
  }, [checker.checking, checker.result, mine.last_check]);

  const title = project.milestones[index]?.title ?? milestoneId;
  const passedNow = isPassed(mine.status);

  return (
    <div className="milestone-screen" data-testid="milestone-screen">
      <header className="milestone-head">
        <div className="breadcrumbs">
          <button type="button" className="link-button" onClick={onCatalogue}>
            Projects
          </button>
          <span aria-hidden="true">›</span>
          <span className="muted">{project.title}</span>
        </div>
        <MilestoneNav
          milestones={project.milestones}
          current={milestoneId}
          statusOf={(id) => milestoneProgressOf(current, slug, id).status}
          onOpen={onOpenMilestone}
        />
      </header>

      {/* What to do before this milestone is the workbench's banner (RecommendBefore). */}
      <div className="notices">
        {code.diskChange && (
          <Notice tone="warning" testId="disk-change">
            This milestone's file was changed outside Buildpath.
            <span className="notice-actions">
              <button type="button" className="button" onClick={code.takeDiskVersion}>
                Load the version on disk
              </button>
              <button type="button" className="button" onClick={() => void code.keepEditorVersion()}>
                Keep the version in the editor
              </button>
            </span>
          </Notice>
        )}
        {code.file?.recoveredFrom && <Notice tone="info">Your file was missing, so its last backup was restored ({code.file.recoveredFrom}).</Notice>}
        {code.file?.convertedFrom && (
          <Notice tone="warning" testId="encoding-notice">
            This file was not UTF-8 text, so Buildpath read it as {code.file.convertedFrom.encoding} (Latin-1): check that its accented letters look
            right. From your first change it is saved as UTF-8; the file as it was is kept in {code.file.convertedFrom.originalKeptAt}.
          </Notice>
        )}
        {resetNote && (
          <Notice tone="info" onDismiss={() => setResetNote(null)} testId="reset-note">
            {resetNote}
          </Notice>
        )}
        {code.errors.map((message) => (
          <Notice key={message} tone="error">
            {message}
          </Notice>
        ))}
      </div>

      <div className="milestone-body">
        <aside className="guide-pane" aria-label="Instructions">
          <div className="guide-scroll">
            <div className="milestone-title-row">
              <span className="milestone-number">Milestone {index + 1}</span>
              {passedNow && (
                <span className={`status-pill status-pill-${mine.status}`} data-testid="milestone-status">
                  {mine.status === 'passed' ? 'Passed' : 'Passed · solution seen'}
                </span>
              )}
            </div>
            <h1 className="milestone-title">{title}</h1>
            {state.kind === 'loading' && <p className="muted">Loading…</p>}
            {state.kind === 'failed' && <p className="error-text">{state.message}</p>}
            {view && <Instructions source={view.instructions} verdicts={verdicts} />}
            {view && <HintsPanel hints={view.hints} revealed={mine.hints_used} onRevealNext={revealNextHint} />}
            {view && (
              <section className="solution-offer" aria-label="Solution">
                <h2 className="section-title">Reference solution</h2>
                {solutionOffered ? (
                  <button type="button" className="button" onClick={openSolution}>
                    {mine.solution_seen ? 'Compare with the solution' : 'Show the solution…'}
                  </button>
                ) : (
                  <p className="muted">Offered after the last hint or after a check that fails. Try the hints first.</p>
                )}
              </section>
            )}
            {passedNow && neighbour(1) && (
              <button type="button" className="button button-primary next-milestone" onClick={() => go(neighbour(1))}>
                Next milestone ›
              </button>
            )}
          </div>
        </aside>

        <section className="work-pane" aria-label="Your code">
          <MilestoneToolbar
            runPhase={runner.phase}
            checking={checker.checking}
            saveState={code.saveState}
            filePath={code.file?.path}
            onRun={() => void run()}
            onCheck={() => void check()}
            onStop={stop}
            onReset={() => setDialog('reset')}
          />
          <div className="work-split">
            <div className="editor-pane">
              {showSolution && view ? (
                <Suspense fallback={<div className="editor-placeholder muted">Opening the solution…</div>}>
                  <SolutionCompare learnerCode={code.current()} solution={view.solution} onClose={() => setShowSolution(false)} />
                </Suspense>
              ) : code.file ? (
                <CodeEditor key={`${slug}/${milestoneId}/${code.editorKey}`} initialValue={code.current()} onChange={code.onEdit} onRun={() => void run()} error={runner.error} />
              ) : (
                <div className="editor-placeholder muted">Opening your file…</div>
              )}
            </div>
            <div className="results-pane">
              <div className="tabs" role="tablist">
                <button type="button" role="tab" aria-selected={tab === 'output'} className="tab" onClick={() => setTab('output')}>
                  Output
                </button>
                <button type="button" role="tab" aria-selected={tab === 'check'} className="tab" onClick={() => setTab('check')}>
                  Check results
                  {checker.result && <span className={`tab-badge tab-badge-${checker.result.status}`}>{checker.result.status === 'pass' ? '✓' : '•'}</span>}
                </button>
                <span className="tabs-end muted" title="Where this milestone's code is saved">
                  {code.file?.path}
                </span>
              </div>
              <div className="tab-body">
                {tab === 'output' ? <OutputPane store={output} /> : <CheckResults checking={checker.checking} tests={checker.tests} result={checker.result} />}
              </div>
            </div>
          </div>
        </section>
      </div>

      {dialog === 'solution' && (
        <ConfirmDialog title="Show the reference solution?" confirmLabel="Show the solution" tone="caution" onConfirm={() => void confirmSolution()} onCancel={() => setDialog(null)}>
          <p>Working it out yourself is what makes it stick. If you look now, this milestone will count as <strong>passed with the solution seen</strong> once your code passes.</p>
        </ConfirmDialog>
      )}
      {dialog === 'reset' && (
        <ConfirmDialog title="Reset to the starter code?" confirmLabel="Reset" tone="caution" onConfirm={() => void confirmReset()} onCancel={() => setDialog(null)}>
          <p>Your code will be replaced by the starter code. Your current version is kept in the workspace's history folder, so nothing is lost.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

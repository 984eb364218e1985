import type { LoadStage } from '../../shared/python/protocol';

const STAGES: readonly LoadStage[] = ['starting', 'runtime', 'buildpath', 'ready'];

const STAGE_LABELS: Record<LoadStage, string> = {
  starting: 'Starting Python…',
  runtime: 'Loading the Python runtime and standard library…',
  buildpath: 'Preparing Buildpath’s helpers…',
  ready: 'Python ready',
};

export function LoadProgress({ stage }: { stage: LoadStage }) {
  const step = STAGES.indexOf(stage) + 1;
  return (
    <span className="load-progress">
      <progress max={STAGES.length} value={step} aria-label="Python loading progress" />
      <span>{STAGE_LABELS[stage]}</span>
    </span>
  );
}

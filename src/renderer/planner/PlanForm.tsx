// The plan form: hours per week, target path and weekly study blocks. Saving
// appends a new plan to the history; the old plans stay.

import { useState, type FormEvent } from 'react';
import { formatMinutes, WEEKDAY_NAMES } from '../../shared/planner/format';
import type { Weekday } from '../../shared/planner/local-time';
import type { StudyBlock, StudyPlan, StudyPlanDraft } from '../../shared/planner/plan';
import type { CertificationPath } from '../../shared/pack/schema';
import type { CertificationPathInfo } from '../../shared/roadmap/paths-file';

const WEEKDAYS = Object.entries(WEEKDAY_NAMES).map(([number, name]) => ({ number: Number(number) as Weekday, name }));
const NEW_BLOCK: StudyBlock = { weekday: 1, start: '19:00', minutes: 60 };

function draftFrom(current: StudyPlan | null, paths: readonly CertificationPathInfo[]): StudyPlanDraft {
  if (current) {
    return { hours_per_week: current.hours_per_week, target_path: current.target_path, blocks: current.blocks, reminders: current.reminders };
  }
  return { hours_per_week: 7, target_path: paths[0]?.id ?? 'machine-learning', blocks: [] };
}

export function PlanForm(props: {
  paths: readonly CertificationPathInfo[];
  current: StudyPlan | null;
  /** Only the desktop app can show reminders. */
  remindersAvailable: boolean;
  onSave: (draft: StudyPlanDraft) => Promise<void>;
}) {
  const [draft, setDraft] = useState(() => draftFrom(props.current, props.paths));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const blockMinutes = draft.blocks.reduce((sum, block) => sum + block.minutes, 0);

  const setBlock = (index: number, change: Partial<StudyBlock>) =>
    setDraft({ ...draft, blocks: draft.blocks.map((block, at) => (at === index ? { ...block, ...change } : block)) });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await props.onSave(draft);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="plan-form" onSubmit={submit} aria-label="Study plan">
      <label>
        Hours per week
        <input
          type="number"
          required
          min={0}
          max={100}
          step={0.5}
          value={draft.hours_per_week}
          onChange={(event) => setDraft({ ...draft, hours_per_week: Number(event.target.value) })}
        />
      </label>
      <label>
        Target path
        <select value={draft.target_path} onChange={(event) => setDraft({ ...draft, target_path: event.target.value as CertificationPath })}>
          {props.paths.map((path) => (
            <option key={path.id} value={path.id}>
              {path.title}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="plan-blocks">
        <legend>Study blocks</legend>
        {draft.blocks.map((block, index) => (
          <div className="plan-block" key={index}>
            <select aria-label="Day" value={block.weekday} onChange={(event) => setBlock(index, { weekday: Number(event.target.value) })}>
              {WEEKDAYS.map((day) => (
                <option key={day.number} value={day.number}>
                  {day.name}
                </option>
              ))}
            </select>
            <input aria-label="Start" type="time" required value={block.start} onChange={(event) => setBlock(index, { start: event.target.value })} />
            <input
              aria-label="Minutes"
              type="number"
              required
              min={5}
              max={600}
              step={5}
              value={block.minutes}
              onChange={(event) => setBlock(index, { minutes: Number(event.target.value) })}
            />
            <span>min</span>
            <button type="button" className="button" onClick={() => setDraft({ ...draft, blocks: draft.blocks.filter((_, at) => at !== index) })}>
              Remove
            </button>
          </div>
        ))}
        <button type="button" className="button" onClick={() => setDraft({ ...draft, blocks: [...draft.blocks, NEW_BLOCK] })}>
          Add a block
        </button>
        <p className="plan-note">
          Blocks add up to {formatMinutes(blockMinutes)} a week
          {blockMinutes !== draft.hours_per_week * 60 && ` (plan: ${formatMinutes(draft.hours_per_week * 60)})`}.
        </p>
      </fieldset>
      {props.remindersAvailable && (
        <label className="plan-reminders">
          <input type="checkbox" checked={draft.reminders === true} onChange={(event) => setDraft({ ...draft, reminders: event.target.checked })} />
          Remind me when a block starts
        </label>
      )}
      <div className="plan-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {props.current ? 'Change plan' : 'Save plan'}
        </button>
        {error && (
          <span role="alert" className="plan-error">
            {error}
          </span>
        )}
      </div>
    </form>
  );
}

// Desktop reminders: when a study block of the current plan starts and the learner
// asked for reminders, the desktop app shows a notification. Browser mode has none
// (the planner says so) and this does nothing there. Renders nothing.

import { useEffect } from 'react';
import { formatMinutes, WEEKDAY_NAMES } from '../../shared/planner/format';
import { systemTimeZone } from '../../shared/planner/local-time';
import { currentPlan, type StudyPlan } from '../../shared/planner/plan';
import { blocksStartingBetween } from '../../shared/planner/reminders';
import { host } from '../host';

const LOOK_EVERY_MS = 30_000;
/** A block missed while the computer slept longer than this is not announced late. */
const LATEST_REMINDER_MS = 5 * 60_000;
/** Fired by the planner after a plan is saved, so reminders follow it at once. */
export const PLAN_CHANGED_EVENT = 'buildpath:plan-changed';

export function BlockReminders() {
  useEffect(() => {
    let plan: StudyPlan | null = null;
    let lastLook = Date.now();
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;

    const loadPlan = async () => {
      plan = currentPlan((await host.getProgress()).progress.plans);
    };
    const look = async () => {
      const now = Date.now();
      const since = Math.max(lastLook, now - LATEST_REMINDER_MS);
      lastLook = now;
      if (!plan?.reminders) return;
      for (const due of blocksStartingBetween(plan, since, now, systemTimeZone())) {
        await host.showReminder('Time to study', `Your ${WEEKDAY_NAMES[due.block.weekday as keyof typeof WEEKDAY_NAMES]} block starts now: ${formatMinutes(due.block.minutes)}.`);
      }
    };
    const onPlanChanged = () => void loadPlan().catch(() => undefined);

    void host.appInfo().then(async (info) => {
      if (info.mode !== 'desktop' || stopped) return;
      await loadPlan();
      window.addEventListener(PLAN_CHANGED_EVENT, onPlanChanged);
      timer = setInterval(() => void look().catch(() => undefined), LOOK_EVERY_MS);
    });
    return () => {
      stopped = true;
      clearInterval(timer);
      window.removeEventListener(PLAN_CHANGED_EVENT, onPlanChanged);
    };
  }, []);
  return null;
}

// A program that draws in a loop can show thousands of pictures; only the most
// recent ones are kept so the window stays responsive and memory stays bounded.

export const MAX_KEPT_DISPLAYS = 200;

/** The entries without the oldest `kind: 'display'` ones beyond `max`, and how many went. */
export function keepRecentDisplays<Entry extends { kind: string }>(
  entries: Entry[],
  max = MAX_KEPT_DISPLAYS,
): { entries: Entry[]; dropped: number } {
  const excess = entries.filter((entry) => entry.kind === 'display').length - max;
  if (excess <= 0) return { entries, dropped: 0 };
  let toDrop = excess;
  const kept = entries.filter((entry) => !(entry.kind === 'display' && toDrop-- > 0));
  return { entries: kept, dropped: excess };
}

export function droppedDisplaysNote(dropped: number): string {
  const pictures = dropped === 1 ? 'picture was' : 'pictures were';
  return `${dropped.toLocaleString('en-US')} earlier ${pictures} left out; the last ${MAX_KEPT_DISPLAYS} are shown.`;
}

// Counts the records of a CSV text, so a manifest's `rows` can be checked
// against its file. Quoted fields may hold commas and line breaks.

/** Records in the text (the header line included); blank lines are not records. */
export function countCsvRecords(text: string): number {
  let records = 0;
  let inQuotes = false;
  let recordHasContent = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') inQuotes = !inQuotes; // a doubled "" toggles twice: no net change
    if (!inQuotes && (char === '\n' || char === '\r')) {
      if (recordHasContent) records++;
      recordHasContent = false;
      continue;
    }
    recordHasContent = true;
  }
  return recordHasContent ? records + 1 : records;
}

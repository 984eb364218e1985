// The scratchpad's program survives reloads in localStorage. (Milestone code is
// saved to the workspace folder through the host API instead.)

const STORAGE_KEY = 'buildpath.scratch.v1';

const STARTER_PROGRAM = `# Welcome to Buildpath. Write Python here and press Run (Ctrl+Enter).
numbers = [3, 1, 4, 1, 5, 9, 2, 6]
print("sum:", sum(numbers))
print("mean:", sum(numbers) / len(numbers))
`;

export function loadScratch(): string {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? STARTER_PROGRAM;
  } catch {
    return STARTER_PROGRAM;
  }
}

export function saveScratch(code: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // Storage full or disabled: the code stays in the editor.
  }
}

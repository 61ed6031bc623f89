/**
 * Runs of text between spaces, for detectors whose targets never hold a space (links, meeting
 * links): on a long message they look only at the runs that hold a seed of what they seek, instead of
 * running their patterns over the whole text. A run starts and ends at a "cut" — a space, tab, line
 * break or no-break space — or at an end of the text, so a pattern that may not match across a space
 * sees at a window's edge what it would see in the whole text (a space, or nothing).
 */

/** Space, tab, line break or no-break space. */
export function isCut(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
}

function runStart(text: string, i: number): number {
  while (i > 0 && !isCut(text.charCodeAt(i - 1))) i--;
  return i;
}

function runEnd(text: string, i: number): number {
  while (i < text.length && !isCut(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Windows `[from, to)` of `text` covering every run that holds a match of `seed` (a global regex),
 * runs closer than `gap` characters joined into one window (fewer, larger windows). Linear: each
 * run is walked once.
 */
export function seedWindows(text: string, seed: RegExp, gap: number): [number, number][] {
  const windows: [number, number][] = [];
  seed.lastIndex = 0;
  for (let m = seed.exec(text); m; m = seed.exec(text)) {
    const start = runStart(text, m.index);
    const end = Math.max(runEnd(text, m.index + m[0].length), m.index + 1);
    const last = windows[windows.length - 1];
    if (last && start - last[1] <= gap) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
    seed.lastIndex = end; // the rest of this run is in the window already
  }
  return windows;
}

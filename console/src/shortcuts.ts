/**
 * Single-key shortcuts for the moderator's common actions. Keys never fire while the moderator is
 * typing (inputs, text areas, selects), when a modal is open, or with a modifier held, so Ctrl+R
 * still reloads and typing "x" in a note never rejects a message.
 */
import { useEffect, useRef } from 'react';

/** True when a key press should be left to the focused control. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/** Bind `keys` (e.g. `{ j: next, k: previous }`) to the window while the component is mounted. */
export function useShortcuts(keys: Record<string, () => void>, enabled = true): void {
  const ref = useRef(keys);
  ref.current = keys;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
      if (isTypingTarget(e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const fn = ref.current[e.key];
      if (fn) {
        e.preventDefault();
        fn();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}

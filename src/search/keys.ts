/** Keyboard shortcuts that open search. Pure, so the rules are tested without a browser. */

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
}

/**
 * Ctrl-K and ⌘-K open search from anywhere; `/` only when the reader is not typing into a field
 * (so `/` still types in forms and in the search field itself).
 */
export function opensSearch(e: KeyLike, typing: boolean): boolean {
  if (e.isComposing || e.altKey) return false;
  if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') return true;
  return e.key === '/' && !e.ctrlKey && !e.metaKey && !typing;
}

/** The next position when moving through `count` results with the arrow keys; -1 is the search field. */
export function moveSelection(current: number, key: string, count: number): number | undefined {
  if (key === 'ArrowDown') return count ? Math.min(current + 1, count - 1) : undefined;
  if (key === 'ArrowUp') return current >= 0 ? current - 1 : undefined;
  return undefined;
}

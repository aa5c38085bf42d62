// Brings an annotation's passage into view and marks it for a moment: its highlight when it is
// drawn, or else the row of its first segment (an orphaned or deleted one has no highlight).
const flashMs = 2000;

/** Below this width the side panel is a drawer over the bottom of the text (see annotations.css). */
export const drawerMedia = '(max-width: 63.99rem)';

export const marksOf = (id: string) => document.querySelectorAll<HTMLElement>(`mark[data-annotation-ids~="${CSS.escape(id)}"]`);

function inView(element: HTMLElement): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  return bottom > 0 && top < innerHeight;
}

/** `segmentId`: where the annotation begins, for one that draws no highlight. */
export function revealAnnotation(annotation: { id: string; segmentId?: string }): void {
  // After the panel has re-rendered, so that a layout change does not undo the scroll.
  requestAnimationFrame(() => {
    const marks = [...marksOf(annotation.id)];
    const { segmentId } = annotation;
    const target = marks[0] ?? (segmentId ? document.getElementById(segmentId) : null);
    if (!target) return;
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    // With the drawer over the bottom of the screen, the passage goes to the top, above it.
    const block = window.matchMedia(drawerMedia).matches ? 'start' : 'center';
    target.scrollIntoView({ block, behavior: smooth ? 'smooth' : 'auto' });
    // Passages not drawn yet scroll by an estimated height (content-visibility in reader.css);
    // those drawn on the way can leave the target out of view: once this scroll ends, it is put in
    // view again. Only this one: any input of the reader's own (a wheel, a key, a touch, a click on
    // the scroll bar) ends the correction, so that it never pulls the page back from where they went.
    const scrolling = new AbortController();
    const { signal } = scrolling;
    addEventListener(
      'scrollend',
      () => {
        scrolling.abort();
        if (!inView(target)) target.scrollIntoView({ block });
      },
      { signal },
    );
    for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const)
      addEventListener(type, () => scrolling.abort(), { signal, capture: true, passive: true });
    const flashed = marks.length ? marks : [target];
    for (const element of flashed) element.setAttribute('data-flash', '');
    setTimeout(() => {
      scrolling.abort();
      for (const element of flashed) element.removeAttribute('data-flash');
    }, flashMs);
  });
}

/**
 * Focuses the element `id` inside `root` now, or when it appears (a view whose code is still on
 * its way), unless focus has moved meanwhile. Returns what stops the waiting.
 */
export function focusWhenShown(root: HTMLElement, id: string): () => void {
  const present = document.getElementById(id);
  if (present) {
    present.focus();
    return () => {};
  }
  const focusedBefore = document.activeElement;
  const observer = new MutationObserver(() => {
    const element = document.getElementById(id);
    if (!element) return;
    observer.disconnect();
    if (document.activeElement === focusedBefore || document.activeElement === document.body) element.focus();
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}

/**
 * Cooperative slicing for work on the page's main thread: run `step` until it reports done,
 * yielding whenever a slice has used its budget so no task gets near the 50 ms long-task mark.
 */
export const SLICE_BUDGET_MS = 8;

export function yieldToPage(): Promise<void> {
  // setTimeout(0) lets input, rendering and the page's own tasks run between our slices.
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves after the next frame has been drawn, so the style and layout our DOM changes cause are
 * paid in that frame and the next changes start a fresh one (setTimeout alone can let several of our
 * tasks pile their layout work into one long frame). Hidden tabs draw no frames: a timer stands in.
 */
export function afterNextFrame(win: Window | null): Promise<void> {
  if (!win?.requestAnimationFrame) return yieldToPage();
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    win.requestAnimationFrame(() => setTimeout(finish, 0));
    setTimeout(finish, 100);
  });
}
